/** How a run of rows (or columns) moves and shrinks when rows are inserted or deleted around it. */
import { shiftForDelete, shiftForInsert } from "../../../../src/local/runtime/model/spans";

test("rows inserted before a span move it; inside it grow it; after it leave it alone", () => {
  // A span of rows 5–7 ([start, size] = [5, 3]); two rows inserted so the first new one is `at`.
  expect(shiftForInsert(5, 3, 5, 2)).toEqual([7, 3]);
  expect(shiftForInsert(5, 3, 6, 2)).toEqual([5, 5]);
  expect(shiftForInsert(5, 3, 7, 2)).toEqual([5, 5]);
  expect(shiftForInsert(5, 3, 8, 2)).toEqual([5, 3]);
});

test("rows deleted before a span move it up; through it shrink it; all of it leave nothing", () => {
  expect(shiftForDelete(5, 3, 1, 2)).toEqual([3, 3]);
  expect(shiftForDelete(5, 3, 4, 2)).toEqual([4, 2]);
  expect(shiftForDelete(5, 3, 6, 1)).toEqual([5, 2]);
  expect(shiftForDelete(5, 3, 7, 5)).toEqual([5, 2]);
  expect(shiftForDelete(5, 3, 5, 3)[1]).toBe(0);
  expect(shiftForDelete(5, 3, 9, 2)).toEqual([5, 3]);
});
