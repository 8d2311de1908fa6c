/** `--accounts` among the command line's options: what goes with it and what is refused, in one line. */
import { parseArgs } from "../../src/local/cli";

const refusal = (argv: string[]) => {
  try {
    parseArgs(argv);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`accepted: ${argv.join(" ")}`);
};

describe("parseArgs: --accounts", () => {
  test("goes with --workbook, --month, --lang and --json", () => {
    const o = parseArgs(["--workbook", "外联部.xlsx", "--accounts", "--month", "2026-11", "--lang", "en", "--json"]);
    expect(o).toMatchObject({ accounts: true, workbook: "外联部.xlsx", month: "2026-11", lang: "en", json: true });
    expect(parseArgs(["--accounts"]).month).toBeUndefined();
    expect(parseArgs(["--month", "2026-11"]).accounts).toBe(false);
  });

  test("with another action: refused, naming the actions there are and the two given", () => {
    expect(refusal(["--accounts", "--import-signin", "签到.csv", "--meeting", "2026-11-04"])).toBe(
      "use only one of --setup, --check, --statement, --handover, --self-check, --import-signin, --accounts, --recap, --reminders, not --import-signin with --accounts",
    );
    expect(refusal(["--statement", "张伟", "--accounts"])).toMatch(/, not --statement with --accounts$/);
    expect(refusal(["--check", "--handover"])).toMatch(/^use only one of .*, not --check with --handover$/);
  });

  test("--month must be YYYY-MM, said with what was given", () => {
    expect(refusal(["--accounts", "--month", "2026-13"])).toBe('--month must look like 2026-11, not "2026-13"');
    expect(refusal(["--accounts", "--month=11月"])).toBe('--month must look like 2026-11, not "11月"');
    expect(refusal(["--accounts", "--month", "2026-11-30"])).toBe('--month must look like 2026-11, not "2026-11-30"');
  });

  test("it writes no file and is as of a month: --out and --year are refused, with what was given", () => {
    expect(refusal(["--accounts", "--out", "账目.xlsx"])).toBe('--accounts only prints, so --out "账目.xlsx" does not go with it');
    expect(refusal(["--accounts", "--year", "2026"])).toBe('--accounts is as of a month, so --year "2026" does not go with it: use --month such as 2026-11');
    expect(refusal(["--accounts=yes"])).toBe('--accounts takes no value, not "yes"');
  });

  test("the sign-in import's own options stay its own, and an unknown option lists --accounts among the known", () => {
    expect(refusal(["--accounts", "--replace"])).toBe("--replace only goes with --import-signin");
    expect(refusal(["--acounts"])).toBe(
      "unknown option --acounts; known options: --workbook, --month, --out, --lang, --statement, --year, --json, --setup, --check, --help, --handover, --self-check, --accounts, --summary-png, --import-signin, --meeting, --name-column, --time-column, --absent-rest, --replace, --recap, --event, --reminders, --date",
    );
  });
});
