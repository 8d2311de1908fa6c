/** The script's console: what it writes is kept for the host. */
import { script } from "../fixtures/script";

test("console.error lines are kept in order, an Error as 'name: message' and an object as JSON", () => {
  const { fn, rt } = script(`function fail() {
    console.error('rows:', 3);
    try { null.x; } catch (e) { console.error(e); }
    console.error({ sheet: '赞助记录' });
    var loop = {}; loop.self = loop; console.error(loop);
  }`);
  fn.fail();
  expect(rt.logs).toEqual([
    { level: "error", message: "rows: 3" },
    { level: "error", message: "TypeError: Cannot read properties of null (reading 'x')" },
    { level: "error", message: '{"sheet":"赞助记录"}' },
    { level: "error", message: "[object Object]" },
  ]);
});
