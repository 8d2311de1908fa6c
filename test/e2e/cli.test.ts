/** The command line a newcomer runs: the built bundle on .xlsx files, no Google account. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadXlsx, saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { TENCENT_SAMPLE, writeWjxSample } from "../../src/local/sample/signin-exports";
import { sampleTabs } from "../../src/local/sample/workbook";
import { cliIn } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "outreach-cli-"));

const cli = cliIn(dir);

describe("npm start", () => {
  test("with no arguments: the sample's report, a summary table, and out/report-2026-10.xlsx", async () => {
    const r = await cli();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2026-10 月报");
    expect(r.stdout).toMatch(/姓名\s+小组\s+笔数\s+佣金/);
    const book = await loadXlsx(join(dir, "out", "report-2026-10.xlsx"));
    expect(book.getSheetByName("月报 2026-10")).toBeTruthy();
    expect(book.getSheetByName("赞助记录")).toBeTruthy();
  });

  test("--json prints only the report, and its numbers are the tab's", async () => {
    const r = await cli("--json", "--month", "2026-11", "--out", "nov.xlsx");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(["month", "currency", "totals", "members", "groups", "events", "sponsors", "problems"]));
    expect(report.month).toBe("2026-11");
    const tab = (await loadXlsx(join(dir, "nov.xlsx"))).getSheetByName("月报 2026-11")!.getDataRange().getValues();
    const summary = new Map(tab.map((row) => [row[0], row[1]]));
    expect(summary.get("本月到账现金")).toBe(report.totals.cashReceived);
    expect(summary.get("佣金合计")).toBe(report.totals.commission);
    expect(summary.get("罚款合计")).toBe(report.totals.penalty);
  });

  test("--lang en", async () => {
    const r = await cli("--lang", "en", "--month", "2026-10");
    expect(r.stdout).toContain("monthly report 2026-10");
    expect(r.stdout).toMatch(/Name\s+Group\s+Deals\s+Commission/);
  });

  test("--check --json prints [{sheet, cell, message}] with A1 cells", async () => {
    const file = join(dir, "sample.xlsx");
    await saveXlsx(workbookFromTabs(sampleTabs()), file);
    const r = await cli("--workbook", file, "--check", "--json");
    expect(r.code).toBe(0);
    const problems = JSON.parse(r.stdout);
    expect(problems.length).toBeGreaterThanOrEqual(5);
    for (const p of problems) expect(Object.keys(p).sort()).toEqual(["cell", "message", "sheet"]);
    expect(problems.find((p: any) => /两千/.test(p.message)).cell).toMatch(/^E\d+$/);
  });

  test("--setup on no workbook makes a new set-up workbook", async () => {
    const r = await cli("--setup", "--out", "new.xlsx");
    expect(r.code).toBe(0);
    const book = await loadXlsx(join(dir, "new.xlsx"));
    expect(book.getSheets().map((s) => s.getName())).toEqual(expect.arrayContaining(["成员", "赞助商", "活动", "赞助记录", "考勤", "设置"]));
  });

  test("--statement prints one member's lines; --json gives them as data", async () => {
    const r = await cli("--statement", "郑宇轩", "--month", "2026-10");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("郑宇轩（二组）2026-10 个人明细");
    expect(r.stdout).toMatch(/¥500\.50 × 15% = ¥75\.075 → ¥75\.08/);
    const j = JSON.parse((await cli("--statement", "郑宇轩", "--month", "2026-10", "--json")).stdout);
    expect(j.blocks[0].rows.length).toBeGreaterThan(0);
    const unknown = await cli("--statement", "郑宇宣");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe("error: 成员表中没有“郑宇宣”，是否是“郑宇轩”？");
  });

  test("--handover saves the workbook with the hand-over tab", async () => {
    const r = await cli("--handover", "--year", "2026", "--out", "handover.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("交接 2026：赞助商 32 家");
    const book = await loadXlsx(join(dir, "handover.xlsx"));
    const tab = book.getSheetByName("交接 2026")!.getDataRange().getValues();
    expect(tab.some((row) => row[0] === "新东方学校")).toBe(true);
  });

  test("one-line errors and a non-zero exit for a missing file, a non-xlsx file, and no ledger tab", async () => {
    const missing = await cli("--workbook", "nope.xlsx");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim()).toBe("error: no such file: nope.xlsx");

    const text = join(dir, "notes.xlsx");
    writeFileSync(text, "not a workbook");
    const bad = await cli("--workbook", text);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/is not an \.xlsx workbook/);

    const noLedger = join(dir, "members-only.xlsx");
    await saveXlsx(workbookFromTabs([{ name: "成员", rows: [["姓名"], ["张伟"]] }]), noLedger);
    const none = await cli("--workbook", noLedger, "--lang", "en");
    expect(none.code).not.toBe(0);
    expect(none.stderr.trim()).toMatch(/^error: No "Sponsorships" tab \(looked for: 赞助记录, Sponsorships/);
  });

  test("bad options are refused with the usage", async () => {
    const r = await cli("--month", "November");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--month must look like 2026-11");
  });
});

describe("npm start: what goes wrong is said in one line, and the input is never written over", () => {
  const oneLine = (r: { stderr: string }) => {
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    return lines[0];
  };
  const firstLine = (r: { stderr: string }) => r.stderr.split("\n")[0];

  test("an option's error names the option, what it must be and what was given", async () => {
    const lang = await cli("--lang", "fr");
    expect(lang.code).toBe(2);
    expect(firstLine(lang)).toBe('error: --lang must be zh or en, not "fr"');
    expect(firstLine(await cli("--month", "11/2026"))).toBe('error: --month must look like 2026-11, not "11/2026"');
    expect(firstLine(await cli("--year=26", "--handover"))).toBe('error: --year must look like 2026, not "26"');
    expect(firstLine(await cli("--json=yes"))).toBe('error: --json takes no value, not "yes"');
    expect(firstLine(await cli("--out"))).toBe("error: --out needs a value");
  });

  test("an unknown option or a stray word lists the options there are", async () => {
    const r = await cli("--mnth", "2026-11");
    expect(r.code).toBe(2);
    expect(firstLine(r)).toMatch(
      /^error: unknown option --mnth; known options: --workbook, --month, --out, --lang, --statement, --year, --json, --setup, --check, --help, --handover/,
    );
    const stray = await cli("report.xlsx");
    expect(stray.code).toBe(2);
    expect(firstLine(stray)).toMatch(/^error: unexpected argument "report.xlsx" \(options start with --; known options: --workbook, /);
  });

  test("a folder given as --workbook, or an --out whose folder is missing, is one line naming the path, exit 1", async () => {
    mkdirSync(join(dir, "a-folder.xlsx"), { recursive: true });
    const folder = await cli("--workbook", "a-folder.xlsx");
    expect(folder.code).toBe(1);
    expect(oneLine(folder)).toBe("error: --workbook a-folder.xlsx is a folder, not an .xlsx file");

    const missing = await cli("--month", "2026-10", "--out", "no-such-folder/r.xlsx");
    expect(missing.code).toBe(1);
    expect(oneLine(missing)).toBe("error: cannot write no-such-folder/r.xlsx: the folder no-such-folder does not exist");
    expect(existsSync(join(dir, "no-such-folder"))).toBe(false);
  });

  test("an --out the system will not let us write is one line naming the path, exit 1", async () => {
    writeFileSync(join(dir, "plain.txt"), "a file, not a folder");
    const notDir = await cli("--month", "2026-10", "--out", "plain.txt/r.xlsx");
    expect(notDir.code).toBe(1);
    expect(oneLine(notDir)).toBe("error: cannot write plain.txt/r.xlsx: a part of the path is not a folder");
    // /sys refuses new files even to root.
    const denied = await cli("--month", "2026-10", "--out", "/sys/r.xlsx");
    expect(denied.code).toBe(1);
    expect(oneLine(denied)).toBe("error: cannot write /sys/r.xlsx: permission denied");
    mkdirSync(join(dir, "a-folder.xlsx"), { recursive: true });
    const onFolder = await cli("--month", "2026-10", "--out", "a-folder.xlsx");
    expect(onFolder.code).toBe(1);
    expect(oneLine(onFolder)).toBe("error: cannot write a-folder.xlsx: it is a folder, not a file");
  }, 60000);

  test("--out naming the --workbook file, however it is spelled, is refused and the file is untouched", async () => {
    const file = join(dir, "dept.xlsx");
    await saveXlsx(workbookFromTabs(sampleTabs()), file);
    symlinkSync(file, join(dir, "link.xlsx"));
    const before = readFileSync(file);
    const spellings = [
      ["dept.xlsx", "dept.xlsx"],
      ["./dept.xlsx", "dept.xlsx"],
      ["dept.xlsx", join(dir, "dept.xlsx")],
      ["dept.xlsx", "link.xlsx"],
      ["link.xlsx", "./dept.xlsx"],
    ];
    const modes = [["--month", "2026-10"], ["--check"], ["--setup"], ["--handover", "--year", "2026"]];
    const runs = [...spellings.map((s) => [...s, ...modes[0]]), ...modes.slice(1).map((m) => ["dept.xlsx", "dept.xlsx", ...m])];
    for (const [workbook, out, ...mode] of runs) {
      const r = await cli("--workbook", workbook, ...mode, "--out", out);
      expect(r.code).toBe(1);
      expect(oneLine(r)).toBe(
        `error: --out ${out} is the --workbook file itself: the add-on never writes over its input, because saving locally does not keep every hyperlink, rich-text run and format of the original; give --out another file name`,
      );
      expect(r.stdout).toBe("");
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 60000);

  test("a default output that is the --workbook file is refused too", async () => {
    mkdirSync(join(dir, "out"), { recursive: true });
    const file = join(dir, "out", "report-2026-10.xlsx");
    await saveXlsx(workbookFromTabs(sampleTabs()), file);
    const before = readFileSync(file);
    const r = await cli("--workbook", "out/report-2026-10.xlsx", "--month", "2026-10");
    expect(r.code).toBe(1);
    expect(oneLine(r)).toMatch(/^error: the default output out\/report-2026-10\.xlsx is the --workbook file itself: .*; give --out another file name$/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("money in the terminal and in a statement always has thousands separators", async () => {
    const tabs = sampleTabs();
    const ledger = tabs.find((t) => t.name === "赞助记录")!.rows;
    ledger.push([new Date("2026-10-12T00:00:00+08:00"), "新东方学校", "考研经验讲座", "郑宇轩", 10000.1, "", "", "已到账", "", "", ""]);
    const file = join(dir, "big.xlsx");
    await saveXlsx(workbookFromTabs(tabs), file);
    const st = await cli("--workbook", file, "--statement", "郑宇轩", "--month", "2026-10");
    expect(st.code).toBe(0);
    expect(st.stdout).toContain("¥10,000.10 × 15% = ¥1,500.015 → ¥1,500.02");
    const en = await cli("--workbook", file, "--statement", "郑宇轩", "--month", "2026-10", "--lang", "en");
    expect(en.stdout).toMatch(/Commission ¥1,\d{3}\.\d{2} − penalties ¥\d+\.\d{2} = net ¥1,\d{3}\.\d{2}/);
    const report = await cli("--workbook", file, "--month", "2026-10", "--out", "big-report.xlsx");
    expect(report.stdout).toMatch(/本月到账现金\s+¥\d{1,3}(,\d{3})+\.\d{2}/);
    // No amount of four or more digits without a separator anywhere in the summary.
    expect(report.stdout).not.toMatch(/¥\d{4}/);
  }, 60000);
});

describe("npm start -- --import-signin: a sign-in export into one meeting of the grid", () => {
  const columnOf = async (file: string, col: number) =>
    Object.fromEntries(
      (await loadXlsx(join(dir, file)))
        .getSheetByName("考勤")!
        .getDataRange()
        .getValues()
        .slice(1)
        .map((r) => [r[0], r[col]]),
    );

  test("the 腾讯文档 CSV on a meeting the grid holds: the preview table, and nothing written while entries would be replaced", async () => {
    const r = await cli("--import-signin", TENCENT_SAMPLE, "--meeting", "2026-11-18", "--out", "tencent.xlsx");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("导入签到：例会 2026-11-18（考勤 M 列），19:00 开始（迟到宽限 5 分钟），20:30 结束");
    expect(r.stdout).toContain("读取 signin-tencent.csv：19 行提交；姓名 = D 列“姓名”、提交时间 = C 列“提交时间”");
    expect(r.stdout).toMatch(/赵一鸣\s+一组\s+迟到\s+19:12 签到\s+7, 8\s+出席 → 需确认/);
    expect(r.stdout).toMatch(/孙嘉豪\s+二组\s+早退\s+18:59 签到，20:05 签退\s+9, 18\s+出席 → 需确认/);
    expect(r.stdout).toContain("第 19 行：成员表中没有“林志朋”，是否是“林志鹏”？未计入");
    expect(r.stdout).toContain("2 人既没有签到也没有请假，留空：马骁、许梦瑶");
    expect(r.stdout).toContain("以下成员已有其他人填写的状态，未写入任何内容（加 --replace 覆盖）：\n  赵一鸣：出席 → 迟到\n  孙嘉豪：出席 → 早退");
    expect(existsSync(join(dir, "tencent.xlsx"))).toBe(false);
  });

  test("--replace --absent-rest writes them, in English with --lang en, and saves --out", async () => {
    const r = await cli("--import-signin", TENCENT_SAMPLE, "--meeting", "2026-11-18", "--absent-rest", "--replace", "--lang", "en", "--out", "replaced.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Import sign-ins: meeting 2026-11-18 (column M of the grid), starts 19:00 (5 minutes' grace), ends 20:30");
    expect(r.stdout).toContain("Written to column M of 考勤: 4 members");
    const m = await columnOf("replaced.xlsx", 12);
    expect([m.赵一鸣, m.孙嘉豪, m.马骁, m.许梦瑶, m.陈思远]).toEqual(["迟到", "早退", "缺席", "缺席", "出席"]);
  });

  test("a 问卷星 .xlsx on a new meeting with --json: the preview and the result as JSON on stdout, the new column in --out", async () => {
    await writeWjxSample(join(dir, "wjx.xlsx"));
    const r = await cli("--import-signin", "wjx.xlsx", "--meeting", "2026-11-25", "--json", "--out", "wjx-out.xlsx");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.preview.columns).toEqual({ name: 5, time: 1, kind: 6, signOut: null });
    expect(j.preview.preview.marks.find((m: { name: string }) => m.name === "林志鹏")).toMatchObject({
      status: ["leftEarly"],
      signedIn: "19:02",
      signedOut: "20:05",
    });
    expect(j.result).toEqual({ ok: true, sheet: "考勤", column: "N", created: true, written: 11, added: [] });
    expect(r.stderr).toContain("已写入“考勤” N 列：11 人（新建了这次例会的列）");
    const n = await columnOf("wjx-out.xlsx", 13);
    expect([n.黄诗涵, n.马骁, n.赵一鸣]).toEqual(["迟到", "迟到", ""]);
  });

  test("columns it cannot tell apart are asked for by letter", async () => {
    writeFileSync(
      join(dir, "ambiguous.csv"),
      // 提交者 and 姓名 each name two members, not the same ones: 陈思远 signed 王浩然 in (代签).
      ["提交时间,提交者,姓名", "2026-11-18 19:00:10,陈思远,陈思远", "2026-11-18 19:09:40,陈思远,王浩然", "2026-11-18 19:01:30,洋洋,赵一明"].join("\n"),
    );
    const unsure = await cli("--import-signin", "ambiguous.csv", "--meeting", "2026-11-18", "--out", "a.xlsx");
    expect(unsure.code).toBe(1);
    expect(unsure.stdout).toContain("不能确定哪一列是姓名（C 列“姓名”、B 列“提交者”）：请选择");
    expect(unsure.stdout).toContain("用 --name-column 和 --time-column 指定");
    const picked = await cli(
      "--import-signin",
      "ambiguous.csv",
      "--meeting",
      "2026-11-18",
      "--name-column",
      "c",
      "--time-column",
      "A",
      "--replace",
      "--out",
      "a.xlsx",
    );
    expect(picked.code).toBe(0);
    expect(picked.stdout).toContain("第 4 行：成员表中没有“赵一明”，是否是“赵一鸣”？未计入");
    expect((await columnOf("a.xlsx", 12)).王浩然).toBe("迟到");
  });

  test("wrong options are refused with exit 2, a file it cannot read with exit 1, in one line", async () => {
    const first = (r: { stderr: string }) => r.stderr.split("\n")[0];
    const noMeeting = await cli("--import-signin", TENCENT_SAMPLE);
    expect(noMeeting.code).toBe(2);
    expect(first(noMeeting)).toBe("error: --import-signin needs --meeting, the meeting's date such as 2026-11-04");
    expect(first(await cli("--import-signin", TENCENT_SAMPLE, "--meeting", "11/18"))).toBe('error: --meeting must look like 2026-11-04, not "11/18"');
    expect(first(await cli("--absent-rest"))).toBe("error: --absent-rest only goes with --import-signin");
    expect(first(await cli("--import-signin", TENCENT_SAMPLE, "--meeting", "2026-11-18", "--name-column", "C"))).toBe(
      "error: --name-column and --time-column go together",
    );
    const missing = await cli("--import-signin", "nope.csv", "--meeting", "2026-11-18");
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("error: no such file: nope.csv");
    writeFileSync(join(dir, "export.pdf"), "%PDF");
    const pdf = await cli("--import-signin", "export.pdf", "--meeting", "2026-11-18");
    expect(pdf.code).toBe(1);
    expect(pdf.stderr.trim()).toBe("error: --import-signin export.pdf must be an .xlsx or .csv file");
  });
});
