/** Number formats come from workbooks, so from users: long runs of brackets and commas must not hang. */
import { formatNumberWith, isDateFormat } from "../../../src/local/runtime";
import { finishes } from "../../hang-guard";

const N = 50_000;

test("ordinary formats still read as before", () => {
  expect(formatNumberWith(1234.5, "#,##0.00")).toBe("1,234.50");
  expect(formatNumberWith(1234567, "#,##0,")).toBe("1,235");
  expect(formatNumberWith(12.5, "[$¥-804]#,##0.00")).toBe("¥12.50");
  expect(formatNumberWith(-3, "[Red]0;[Blue](0)")).toBe("(3)");
  expect(isDateFormat("[h]:mm")).toBe(true);
  expect(isDateFormat("[Red]0.00")).toBe(false);
});

test("a format with 50,000 unclosed brackets, or a long run of commas, is read in one pass", () => {
  expect(finishes(() => isDateFormat(`${"[".repeat(N)}0`))).toBe(false);
  expect(typeof finishes(() => formatNumberWith(1234.5, `${"[".repeat(N)}0.00`))).toBe("string");
  expect(typeof finishes(() => formatNumberWith(1234.5, `${"[$".repeat(N)}0.00`))).toBe("string");
  expect(finishes(() => formatNumberWith(1234.5, `0${",".repeat(N)}`))).toBe("0");
  expect(finishes(() => formatNumberWith(1234567, `#,${"0".repeat(N)}`)).length).toBeGreaterThan(N);
});

test("a date format of thousands of minute tokens is written in one pass", () => {
  const text = finishes(() => formatNumberWith(46000.5, `h${" m".repeat(N / 2)}`));
  // 2025-12-09 12:00: the first m after h is minutes, the others months.
  expect(text.startsWith("12 0 12 12 ")).toBe(true);
});
