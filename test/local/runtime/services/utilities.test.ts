/** Utilities: the two the add-on calls. */
import { script } from "../fixtures/script";

test("getUuid gives a fresh version-4 UUID each time; sleep returns at once", () => {
  const { fn } = script(`function ids() { var t = Date.now(); Utilities.sleep(60000); return [Utilities.getUuid(), Utilities.getUuid(), Date.now() - t]; }`);
  const [a, b, waited] = fn.ids();
  expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(b).not.toBe(a);
  expect(waited).toBeLessThan(1000);
});
