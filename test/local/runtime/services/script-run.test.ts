/** google.script.run: what a sidebar page may send and call, and what it receives back. */
import { createRuntime, loadBundle, type Runtime } from "../../../../src/local/runtime/runtime";
import { pageFunctions, runFromPage } from "../../../../src/local/runtime/services/script-run";
import { newWorkbook } from "../../../../src/local/runtime/workbook";

const code = `
  var TOLD = [];
  function echo(x) { return x; }
  function note(o) { TOLD.push(o); return TOLD.length; }
  function told() { return TOLD.length; }
  function kinds(a, b) { return [Array.isArray(a), a instanceof Array, b instanceof Object, typeof b.when]; }
  function touch(o) { o.changed = true; return o; }
  function today() { return { ok: true, day: new Date(2026, 10, 4) }; }
  function deepDate() { return { rows: [["甲", 1, new Date()]] }; }
  function counts() { return [1, undefined, NaN, Infinity]; }
  function fields() { return { a: 1, gone: undefined, nested: { b: undefined, c: null } }; }
  function nothing() {}
  function answersMap() { return { lists: new Map([["a", 1]]) }; }
  function answersFunction() { return { then: function () {} }; }
  function answersCircular() { var o = { name: "x" }; o.self = o; return o; }
  function answersInstance() { function Money(f) { this.fen = f; } return { total: new Money(100) }; }
  function fails() { throw new Error("赞助商不能为空"); }
  function secret_() { return "private"; }
  var assigned = function () { return "not declared"; };
  this.globalAssigned = function () { return "not declared either"; };
  function outer() { function inner() { return 1; } return inner(); }
`;

function page(): Runtime {
  const rt = createRuntime(newWorkbook());
  loadBundle(code, rt);
  return rt;
}

describe("arguments a page sends", () => {
  const rt = page();

  test("primitives, plain objects and arrays arrive as copies made in the script's own realm", () => {
    expect(runFromPage(rt, "echo", { name: "博文书店", cash: 1200, paid: false, note: null, members: ["王浩然", ["李欣怡"]] })).toEqual({
      name: "博文书店",
      cash: 1200,
      paid: false,
      note: null,
      members: ["王浩然", ["李欣怡"]],
    });
    expect(runFromPage(rt, "kinds", [1], { when: "2026-11-04" })).toEqual([true, true, true, "string"]);
  });

  test("the script works on a copy: what it changes never reaches the page's object", () => {
    const form = { sponsor: "博文书店" };
    expect(runFromPage(rt, "touch", form)).toEqual({ sponsor: "博文书店", changed: true });
    expect(form).toEqual({ sponsor: "博文书店" });
  });

  test("undefined inside an array becomes null; an undefined field vanishes", () => {
    expect(runFromPage(rt, "echo", [1, undefined, 3])).toEqual([1, null, 3]);
    expect(runFromPage(rt, "echo", { a: 1, b: undefined })).toStrictEqual({ a: 1 });
  });

  test.each([
    ["a Date", { date: new Date(2026, 10, 4) }, "date"],
    ["a Date in an array", { members: ["王浩然", new Date()] }, "1"],
    ["a function", { onDone: () => 1 }, "onDone"],
    ["a Map", { owners: new Map() }, "owners"],
    ["a Set", { members: new Set(["王浩然"]) }, "members"],
    ["a BigInt", { fen: BigInt(120000) }, "fen"],
    ["a symbol", { tag: Symbol("x") }, "tag"],
    ["a class instance", { when: new URL("https://example.edu") }, "when"],
  ])("%s anywhere in an argument makes the call fail, and the script never runs", (_what, arg, property) => {
    const before = runFromPage(rt, "told");
    expect(() => runFromPage(rt, "note", arg)).toThrow(`Failed due to illegal value in property: ${property}`);
    expect(runFromPage(rt, "told")).toBe(before);
  });

  test("a Date as the argument itself names its position", () => {
    expect(() => runFromPage(rt, "echo", "ok", new Date())).toThrow("Failed due to illegal value in property: 1");
  });

  test("a circular object fails; the same object twice (not a cycle) is fine", () => {
    const loop: Record<string, unknown> = { name: "x" };
    loop.self = loop;
    expect(() => runFromPage(rt, "echo", loop)).toThrow("Failed due to illegal value in property: self");
    const shared = { name: "王浩然" };
    expect(runFromPage(rt, "echo", { a: shared, b: shared })).toEqual({ a: { name: "王浩然" }, b: { name: "王浩然" } });
  });
});

describe("what the page receives back", () => {
  const rt = page();

  test("a Date anywhere in the answer turns the whole answer into null", () => {
    expect(runFromPage(rt, "today")).toBeNull();
    expect(runFromPage(rt, "deepDate")).toBeNull();
  });

  test("undefined and non-finite numbers in arrays arrive as null; undefined fields vanish; no answer is null", () => {
    expect(runFromPage(rt, "counts")).toEqual([1, null, null, null]);
    expect(runFromPage(rt, "fields")).toStrictEqual({ a: 1, nested: { c: null } });
    expect(runFromPage(rt, "nothing")).toBeNull();
  });

  test.each([
    ["answersMap", "lists"],
    ["answersFunction", "then"],
    ["answersCircular", "self"],
    ["answersInstance", "total"],
  ])("%s: an answer that cannot cross fails the call", (fn, property) => {
    expect(() => runFromPage(rt, fn)).toThrow(`Failed due to illegal value in property: ${property}`);
  });

  test("an error the script throws is what the failure handler receives", () => {
    expect(() => runFromPage(rt, "fails")).toThrow("赞助商不能为空");
  });
});

describe("which functions a page may call", () => {
  const rt = page();

  test("only top-level function declarations whose names do not end in _", () => {
    expect(pageFunctions(rt)).toEqual(expect.arrayContaining(["echo", "kinds", "outer"]));
    expect(pageFunctions(rt)).not.toEqual(expect.arrayContaining(["secret_"]));
    for (const name of ["secret_", "assigned", "globalAssigned", "inner", "TOLD", "SpreadsheetApp", "nope"]) {
      expect(pageFunctions(rt)).not.toContain(name);
      expect(() => runFromPage(rt, name)).toThrow(`Script function not found: ${name}`);
    }
    expect(runFromPage(rt, "outer")).toBe(1);
  });

  test("a runtime with no script loaded cannot be called", () => {
    expect(() => runFromPage(createRuntime(newWorkbook()), "echo", 1)).toThrow(/loadBundle/);
  });
});
