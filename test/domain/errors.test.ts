import { UserError } from "../../src/domain/errors";
import { render } from "../../src/domain/messages";

describe("UserError", () => {
  const e = new UserError({ key: "badMonth", params: { value: "11/2026" } });

  test("is an Error whose message a reader of either language understands", () => {
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("UserError");
    expect(e.message).toBe('无法识别的月份“11/2026”：请写成 2026-11 | "11/2026" is not a month: write it as 2026-11');
  });

  test("keeps the message itself, so a page can show it in its reader's language only", () => {
    expect(render(e.msg, "en")).toBe('"11/2026" is not a month: write it as 2026-11');
  });

  test("thrown and caught like any error", () => {
    expect(() => {
      throw new UserError({ key: "busy" });
    }).toThrow("另一位成员正在修改表格（如生成月报或保存记录），请稍后再试 | Someone else is changing the sheet right now");
  });
});
