import { activeOwner, pitchedByOthers } from "../../src/domain/ownership";

describe("ownership", () => {
  const members = new Set(["张三", "李四"]);
  test("an owner in 成员 whose sponsor did not decline, left out of the credit", () => {
    expect(activeOwner({ owner: "张三", stage: "signed" }, members)).toBe("张三");
    expect(activeOwner({ owner: "张三", stage: null }, members)).toBe("张三");
    expect(activeOwner({ owner: "张三", stage: "declined" }, members)).toBeNull();
    expect(activeOwner({ owner: "路人", stage: "signed" }, members)).toBeNull();
    expect(activeOwner(undefined, members)).toBeNull();
    expect(pitchedByOthers("张三", ["李四"])).toBe(true);
    expect(pitchedByOthers("张三", ["李四", "张三"])).toBe(false);
    expect(pitchedByOthers("张三", [])).toBe(false);
    expect(pitchedByOthers(null, ["李四"])).toBe(false);
  });

  test("a sponsor with no owner written belongs to nobody; a long-term partner keeps its owner at every stage but declined", () => {
    expect(activeOwner({ owner: "", stage: "signed" }, members)).toBeNull();
    for (const stage of ["potential", "contacting", "negotiating", "signed", "partner"] as const) {
      expect(activeOwner({ owner: "李四", stage }, members)).toBe("李四");
    }
  });

  test("the owner is matched as 成员 spells it: another spelling is nobody's", () => {
    expect(activeOwner({ owner: "李四 ", stage: "signed" }, members)).toBeNull();
    expect(activeOwner({ owner: "李四", stage: "signed" }, new Set<string>())).toBeNull();
  });

  test("a group pitch that includes the owner is the owner's own work", () => {
    expect(pitchedByOthers("李四", ["张三", "李四", "王五"])).toBe(false);
    expect(pitchedByOthers("李四", ["张三", "王五"])).toBe(true);
  });
});
