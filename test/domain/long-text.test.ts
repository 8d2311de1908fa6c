/**
 * Each text pattern the add-on applies to what members type, on the input that made its earlier
 * regular expression retry from every position: a cell may hold 50,000 characters.
 */
import { formatRate } from "../../src/domain/commission";
import { parseCredit } from "../../src/domain/credit";
import { parseMonth } from "../../src/domain/dates";
import { trimZeros } from "../../src/domain/decimal";
import { emailsIn } from "../../src/domain/followups";
import { render } from "../../src/domain/messages";
import { NameIndex } from "../../src/domain/names";
import { finishes } from "../hang-guard";

const N = 50_000;

describe("trailing zeros (rates, weights, exact yuan)", () => {
  test("a long run of zeros before another digit is left alone, and a long zero tail is dropped", () => {
    const inner = `1${"0".repeat(N)}1`;
    expect(finishes(() => trimZeros(inner))).toBe(inner);
    expect(finishes(() => trimZeros(`12.5${"0".repeat(N)}`))).toBe("12.5");
    expect(trimZeros("12.000")).toBe("12");
    expect(trimZeros("100")).toBe("1");
    expect(trimZeros("1.5")).toBe("1.5");
  });

  test("a rate typed with 50,000 decimals is written back exactly", () => {
    const rate = { units: BigInt(`1${"0".repeat(N)}1`), scale: N + 4 };
    const text = finishes(() => formatRate(rate));
    expect(text).toBe(`0.1${"0".repeat(N)}1%`);
    expect(formatRate({ units: BigInt(125), scale: 3 })).toBe("12.5%");
  });
});

describe("the month typed at a prompt", () => {
  test("spaces around the parts are fine; a long run of spaces before rubbish is refused", () => {
    expect(parseMonth(" 2026 年 11 月 ")).toEqual({ ok: true, value: "2026-11" });
    const res = finishes(() => parseMonth(`2026-11${" ".repeat(N)}x`));
    expect(res.ok).toBe(false);
    expect(finishes(() => parseMonth(`2026-11${"\u3000".repeat(N)}月x`)).ok).toBe(false);
  });
});

describe("email addresses in a contact cell", () => {
  test("a long run of address characters with no address in it gives none", () => {
    expect(finishes(() => emailsIn(`${"%".repeat(N)}x`))).toEqual([]);
    expect(finishes(() => emailsIn(`${"a".repeat(N)}@`))).toEqual([]);
    expect(finishes(() => emailsIn(`${"a".repeat(N)}@b`))).toEqual([]);
  });

  test("ordinary addresses are still found beside Chinese text", () => {
    expect(emailsIn("邮箱li@x.edu。微信 zhang_wei")).toEqual(["li@x.edu"]);
    expect(emailsIn("A.B@Mail.Example.COM, c@d.cn")).toEqual(["a.b@mail.example.com", "c@d.cn"]);
  });
});

describe("did you mean", () => {
  test("a name as long as a cell allows is not compared character by character with another", () => {
    const index = new NameIndex([`张${"三".repeat(N)}`, "张三丰"]);
    expect(finishes(() => index.suggest(`李${"三".repeat(N)}`))).toBeNull();
    expect(index.suggest("张三风")).toBe("张三丰");
  });
});

describe("messages quoting a cell", () => {
  test("a 50,000-character value is quoted by its start and end, so a note or a dialog stays short", () => {
    const value = `${"(".repeat(N)}两千`;
    const text = render({ key: "badAmount", params: { value } }, "zh");
    expect(text.length).toBeLessThan(300);
    expect(text).toContain("((((");
    expect(text).toContain("两千");
    expect(render({ key: "badAmount", params: { value: "两千" } }, "en")).toBe(
      '"两千" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)',
    );
  });
});

test("a credit cell of thousands of different names credits each of them once", () => {
  const cell = Array.from({ length: 16_667 }, (_, i) => `成员${i}`).join("、");
  const r = finishes(() => parseCredit(cell));
  expect(r.shares).toHaveLength(16_667);
  expect(r.problems).toEqual([]);
});
