import { parseCsv } from "../../src/domain/csv";
import { formatClock, fromExcelSerial, localDateTimeOf, localMinutesOf, parseClock, parseDateTime } from "../../src/domain/dates";
import {
  type Cell,
  type ColumnGuess,
  detectColumns,
  headerKey,
  kindOf,
  type MeetingClock,
  previewSignins,
  type SigninColumns,
  type SigninInput,
  type SigninPreview,
} from "../../src/domain/signin";
import { finishes } from "../hang-guard";
import {
  AMBIGUOUS_ROWS,
  FORMS_CSV,
  SIGNIN_LEAVE,
  SIGNIN_MEETING,
  SIGNIN_MEMBER_NAMES,
  SIGNIN_MEMBERS,
  SIGNIN_TZ,
  shanghai,
  TENCENT_ROWS,
  TENCENT_TEXT_ROWS,
  WJX_ROWS,
} from "./signin-fixtures";

const TZ = SIGNIN_TZ;
const at = (value: unknown, order?: "mdy" | "dmy") => parseDateTime(value, { timeZone: TZ, order });
const hm = (h: number, m: number, s = 0) => h * 3600 + m * 60 + s;

describe("dates: submission times as the meeting's wall clock", () => {
  test.each([
    ["2026/11/4 19:03:12", "2026-11-04", hm(19, 3, 12)],
    ["2026-11-04 19:03", "2026-11-04", hm(19, 3)],
    ["2026/11/04 19:03:12", "2026-11-04", hm(19, 3, 12)],
    ["2026年11月4日 19:03", "2026-11-04", hm(19, 3)],
    ["2026年11月4日19:03:05", "2026-11-04", hm(19, 3, 5)],
    ["2026-11-04T19:03:12", "2026-11-04", hm(19, 3, 12)],
    [" 2026/11/4   19:03:12 ", "2026-11-04", hm(19, 3, 12)],
    ["2026/11/4 下午7:03:12", "2026-11-04", hm(19, 3, 12)],
    ["2026/11/4 上午 9:15", "2026-11-04", hm(9, 15)],
    ["2026/11/4 7:03:12 PM", "2026-11-04", hm(19, 3, 12)],
    ["2026/11/4 12:10 AM", "2026-11-04", hm(0, 10)],
    ["2026/11/4 12:10 pm", "2026-11-04", hm(12, 10)],
    ["2026-11-04 19：03：12", "2026-11-04", hm(19, 3, 12)],
    ["2026-11-04 19:03:12.457", "2026-11-04", hm(19, 3, 12)],
  ])("text %p is %s at the given second", (text, date, seconds) => {
    expect(at(text)).toEqual({ date, seconds });
  });

  test("text with a zone is an instant, shown in the meeting's zone", () => {
    expect(at("2026-11-04T11:03:12.000Z")).toEqual({ date: "2026-11-04", seconds: hm(19, 3, 12) });
    expect(at("2026-11-04T16:10:00Z")).toEqual({ date: "2026-11-05", seconds: hm(0, 10) });
    expect(at("2026-11-04 19:03:12+08:00")).toEqual({ date: "2026-11-04", seconds: hm(19, 3, 12) });
    expect(at("2026-11-04 06:03 -0500")).toEqual({ date: "2026-11-04", seconds: hm(19, 3) });
  });

  test("a Date cell is an instant: read in the meeting's zone, not the machine's", () => {
    const cell = new Date("2026-11-04T11:03:12Z");
    expect(at(cell)).toEqual({ date: "2026-11-04", seconds: hm(19, 3, 12) });
    expect(parseDateTime(cell, { timeZone: "Europe/London" })).toEqual({ date: "2026-11-04", seconds: hm(11, 3, 12) });
    expect(localDateTimeOf(new Date("2026-11-04T16:30:00Z"), TZ)).toEqual({ date: "2026-11-05", seconds: hm(0, 30) });
    expect(localMinutesOf(cell, TZ)).toBe(19 * 60 + 3);
    expect(at(new Date(Number.NaN))).toBeNull();
  });

  test("an Excel serial number is the wall clock it was typed as", () => {
    expect(at(46330.79375)).toEqual({ date: "2026-11-04", seconds: hm(19, 3) });
    expect(fromExcelSerial(46330)).toEqual({ date: "2026-11-04", seconds: 0 });
    expect(fromExcelSerial(46330.999999999)).toEqual({ date: "2026-11-05", seconds: 0 });
    expect(fromExcelSerial(0)).toBeNull();
    expect(fromExcelSerial(Number.POSITIVE_INFINITY)).toBeNull();
  });

  test("a date with the year last is read only when one reading fits, or with the column's order", () => {
    expect(at("13/11/2026 19:03")).toEqual({ date: "2026-11-13", seconds: hm(19, 3) });
    expect(at("11/13/2026 7:03:12 PM")).toEqual({ date: "2026-11-13", seconds: hm(19, 3, 12) });
    expect(at("4/4/2026 19:03")).toEqual({ date: "2026-04-04", seconds: hm(19, 3) });
    expect(at("11/4/2026 7:03:12 PM")).toBeNull();
    expect(at("11/4/2026 7:03:12 PM", "mdy")).toEqual({ date: "2026-11-04", seconds: hm(19, 3, 12) });
    expect(at("11/4/2026 7:03:12 PM", "dmy")).toEqual({ date: "2026-04-11", seconds: hm(19, 3, 12) });
    expect(at("13/11/2026 19:03", "mdy")).toBeNull();
  });

  test("a date without a time of day, an impossible time and anything else are not a submission time", () => {
    for (const bad of [
      "2026-11-04",
      "2026/11/4 25:00",
      "2026/11/4 19:60",
      "2026/2/30 19:00",
      "2026/11/4 13:00 PM",
      "2026/11/4 下午7:00 PM",
      "19:03",
      "昨天晚上",
      "",
      true,
      null,
      {},
    ]) {
      expect(at(bad)).toBeNull();
    }
  });

  test("reading a time is linear: a cell of 50,000 characters is refused at once", () => {
    for (const long of [`2026/11/4 ${" ".repeat(50_000)}x`, `2026${"1".repeat(50_000)}`, `2026/11/4 19:03${":0".repeat(25_000)}`]) {
      expect(finishes(() => at(long))).toBeNull();
    }
  });

  test("clock text for a meeting's start and a preview's times", () => {
    expect(formatClock(19 * 60 + 3)).toBe("19:03");
    expect(formatClock(7)).toBe("00:07");
    expect(parseClock("19:00")).toBe(1140);
    expect(parseClock(" 7:30 PM ")).toBe(19 * 60 + 30);
    expect(parseClock("下午7:30")).toBe(19 * 60 + 30);
    expect(parseClock("19：00：30")).toBe(1140);
    for (const bad of ["25:00", "7 PM", "19:00Z", "七点", ""]) expect(parseClock(bad)).toBeNull();
  });
});

describe("detectColumns", () => {
  const detect = (rows: Cell[][], members: readonly string[] = SIGNIN_MEMBER_NAMES) => detectColumns(rows, members, TZ);

  test("问卷星: the numbered name question, 提交答卷时间 and the 签到/签退 question", () => {
    expect(detect(WJX_ROWS)).toEqual<ColumnGuess>({
      headerRow: 0,
      columns: { name: 5, time: 1, kind: 6, signOut: null },
      unsure: [],
      candidates: {
        name: [{ index: 5, header: "1、您的姓名" }],
        time: [{ index: 1, header: "提交答卷时间" }],
        kind: [{ index: 6, header: "2、签到类型" }],
        signOut: [],
      },
    });
  });

  test("腾讯文档 under a title row: 姓名 names more members than the 提交者 nicknames, so it is the name column", () => {
    const guess = detect(TENCENT_ROWS);
    expect(guess.headerRow).toBe(1);
    expect(guess.columns).toEqual({ name: 2, time: 0, kind: null, signOut: null });
    expect(guess.unsure).toEqual([]);
    expect(guess.candidates.name).toEqual([
      { index: 2, header: "姓名" },
      { index: 1, header: "提交者" },
    ]);
    expect(detect(TENCENT_TEXT_ROWS)).toEqual(guess);
  });

  test("提交者 and 姓名 naming as many members but not the same ones: the user picks, 姓名 offered first", () => {
    const guess = detect(AMBIGUOUS_ROWS);
    expect(guess.columns).toBeNull();
    expect(guess.unsure).toEqual(["name"]);
    expect(guess.candidates.name).toEqual([
      { index: 2, header: "姓名" },
      { index: 1, header: "提交者" },
    ]);
    expect(guess.candidates.time).toEqual([{ index: 0, header: "提交时间" }]);
  });

  test("two name columns that name the same members row for row are not a question: the 姓名 header wins", () => {
    const rows: Cell[][] = [
      ["提交者", "提交时间", "姓名"],
      ["张伟", "2026-11-04 19:00", "张伟"],
      ["李娜", "2026-11-04 19:01", "李娜"],
    ];
    expect(detect(rows).columns).toEqual({ name: 2, time: 1, kind: null, signOut: null });
  });

  test("two submission times that disagree: the user picks", () => {
    const rows: Cell[][] = [
      ["姓名", "提交时间", "签到时间"],
      ["张伟", "2026-11-04 19:00:05", "2026-11-04 19:00"],
      ["李娜", "2026-11-04 19:02:10", "2026-11-04 18:55"],
    ];
    const guess = detect(rows);
    expect(guess.columns).toBeNull();
    expect(guess.unsure).toEqual(["time"]);
    expect(guess.candidates.time.map((c) => c.header)).toEqual(["提交时间", "签到时间"]);
    expect(guess.candidates.name).toEqual([{ index: 0, header: "姓名" }]);
  });

  test.each([
    [["2. 姓名", "提交时间"], 0, 1],
    [["Q1 姓名", "填写时间"], 0, 1],
    [["Q1.姓名", "签到时间"], 0, 1],
    [["第1题 您的姓名：", "提交答卷时间"], 0, 1],
    [["*1、姓名（请填写真实姓名）", "Submitted at"], 0, 1],
    [["Timestamp", "Name"], 1, 0],
    [["Submission time", "Your name"], 1, 0],
    [["开始时间", "结束时间", "名字"], 2, 1],
  ])("headers %p: name in column %p, time in column %p", (header, name, time) => {
    const rows: Cell[][] = [header, header.map((h) => (/名|name/i.test(h) ? "刘洋" : "2026/11/4 19:03:12"))];
    const guess = detect(rows);
    expect(guess.columns?.name).toBe(name);
    expect(guess.columns?.time).toBe(time);
  });

  test("headers it does not know: the columns are found by what they hold", () => {
    const rows: Cell[][] = [
      ["A", "B", "C"],
      ["张伟", "微信", "2026/11/4 19:00:12"],
      ["李娜", "微信", "2026/11/4 19:04:40"],
      ["不认识", "QQ", "2026/11/4 19:05:00"],
    ];
    expect(detect(rows).columns).toEqual({ name: 0, time: 2, kind: null, signOut: null });
  });

  test("before anyone has signed in, the headers alone decide", () => {
    expect(detect([WJX_ROWS[0]]).columns).toEqual({ name: 5, time: 1, kind: 6, signOut: null });
    expect(detect([["提交时间", "提交者", "姓名"]]).columns).toEqual({ name: 2, time: 0, kind: null, signOut: null });
  });

  test("the header may be below up to four rows of title and notes", () => {
    const rows: Cell[][] = [
      ["外联部例会签到表", null, null],
      ["时间：2026年11月4日 19:00", null, null],
      [null, null, null],
      ["注：请勿代签", null, null],
      ["序号", "姓名", "提交时间"],
      [1, "张伟", "2026/11/4 18:59:59"],
    ];
    expect(detect(rows)).toMatchObject({ headerRow: 4, columns: { name: 1, time: 2 } });
  });

  test("a separate 签退时间 column, and a column of dates only that is not a time", () => {
    const rows: Cell[][] = [
      ["日期", "姓名", "签到时间", "签退时间"],
      [shanghai("00:00:00"), "张伟", shanghai("18:59:00"), shanghai("21:01:00")],
      [shanghai("00:00:00"), "李娜", shanghai("19:02:00"), null],
    ];
    const guess = detect(rows);
    expect(guess.columns).toEqual({ name: 1, time: 2, kind: null, signOut: 3 });
    expect(guess.candidates.time).toEqual([{ index: 2, header: "签到时间" }]);
  });

  test("a 所用时间 (time taken) column, numbers and IP addresses are never the submission time", () => {
    const rows: Cell[][] = [
      ["序号", "所用时间", "来自IP", "姓名", "提交答卷时间"],
      [1, 35, "117.136.0.1(广东-深圳)", "张伟", 46330.79375],
      [2, 41, "117.136.0.2(广东-深圳)", "李娜", 46330.7944],
    ];
    expect(detect(rows).candidates.time).toEqual([{ index: 4, header: "提交答卷时间" }]);
  });

  test("nothing like a name or a time: both roles are unsure and there is nothing to offer", () => {
    const guess = detect([
      ["序号", "备注"],
      [1, "好"],
    ]);
    expect(guess).toMatchObject({ columns: null, unsure: ["name", "time"], candidates: { name: [], time: [] } });
    expect(detect([]).unsure).toEqual(["name", "time"]);
  });

  test("header names are compared without numbers, marks and notes", () => {
    expect(headerKey("1、您的姓名")).toBe("您的姓名");
    expect(headerKey("2. 姓名")).toBe("姓名");
    expect(headerKey("Q1 姓名")).toBe("姓名");
    expect(headerKey("（3）签到类型：")).toBe("签到类型");
    expect(headerKey("*姓名(必填)")).toBe("姓名");
    expect(headerKey("Submitted At")).toBe("submittedat");
    expect(headerKey(2026)).toBe("2026");
    expect(headerKey(null)).toBe("");
  });

  test("签到/签退 answers as the tools write them", () => {
    expect(["签到", "A.签到", "Sign in", "check-in"].map(kindOf)).toEqual(["in", "in", "in", "in"]);
    expect(["签退", "B.签退", "Sign out", "CHECK OUT"].map(kindOf)).toEqual(["out", "out", "out", "out"]);
    expect(["", null, "1", "出席"].map(kindOf)).toEqual(["unmarked", "unmarked", "unmarked", "unmarked"]);
  });
});

describe("previewSignins", () => {
  const input = (rows: Cell[][], over: Partial<SigninInput> = {}): SigninInput => {
    const guess = detectColumns(rows, SIGNIN_MEMBER_NAMES, TZ);
    return {
      rows,
      headerRow: guess.headerRow,
      columns: guess.columns!,
      meeting: SIGNIN_MEETING,
      members: SIGNIN_MEMBERS,
      approvedLeave: SIGNIN_LEAVE,
      absentRest: false,
      timeZone: TZ,
      ...over,
    };
  };
  const preview = (rows: Cell[][], over: Partial<SigninInput> = {}) => previewSignins(input(rows, over));
  /** "name status signedIn–signedOut": one line per mark, what the head reads in the preview. */
  const lines = (p: SigninPreview) => p.marks.map((m) => `${m.name} ${m.status.join("+")} ${m.signedIn ?? "-"}–${m.signedOut ?? "-"}`);

  test("问卷星: on time, late, left early, leave, repeats, a typo, a member who left, no name, the day before", () => {
    const p = preview(WJX_ROWS);
    expect(lines(p)).toEqual([
      "张伟 present 18:52–21:02",
      "李娜 present 18:55–21:05",
      "王芳 present 19:05–21:04",
      "刘洋 late 19:12–-",
      "陈静 excused -–-",
      "杨帆 leftEarly 19:01–20:10",
      "赵磊 late+leftEarly 19:20–20:31",
      "Amy Chen present 18:58–-",
    ]);
    expect(p.marks[0].rows).toEqual([2, 16, 17]);
    expect(p.marks[1].rows).toEqual([3, 4, 19]);
    expect(p.blank).toEqual(["黄敏", "周杰"]);
    expect(p.unmatched).toEqual([
      { row: 7, value: "吴昊", suggestion: null, reason: "left", when: "2026-11-04 19:02" },
      { row: 8, value: "黄民", suggestion: "黄敏", reason: "unknown", when: "2026-11-04 19:03" },
    ]);
    expect(p.ignored).toEqual([
      { row: 12, value: "", reason: "noName", when: "2026-11-04 19:30" },
      { row: 13, value: "周杰", reason: "otherDay", when: "2026-11-03 19:01" },
    ]);
    expect(p.repeats).toBe(2);
  });

  test("腾讯文档 with Date cells: a second scan 30 minutes or more later is the sign-out; the next day in Shanghai is another day", () => {
    const p = preview(TENCENT_ROWS);
    expect(lines(p)).toEqual([
      "张伟 present 18:58–21:01",
      "李娜 present 19:03–-",
      "王芳 late+leftEarly 19:08–20:15",
      "刘洋 present 19:01–21:05",
      "陈静 excused -–-",
      "杨帆 present 19:02–-",
      "赵磊 late 19:40–-",
      "Amy Chen present 19:04–-",
    ]);
    expect(p.blank).toEqual(["黄敏", "周杰"]);
    expect(p.unmatched).toEqual([
      { row: 12, value: "张三丰", suggestion: null, reason: "unknown", when: "2026-11-04 19:06" },
      { row: 13, value: "吴昊", suggestion: null, reason: "left", when: "2026-11-04 19:07" },
    ]);
    expect(p.ignored).toEqual([
      { row: 14, value: "周杰", reason: "otherDay", when: "2026-11-05 00:10" },
      { row: 15, value: "黄敏", reason: "noTime", when: "" },
    ]);
    expect(p.repeats).toBe(3);
  });

  test("the same export with UTC text times gives the same preview", () => {
    expect(preview(TENCENT_TEXT_ROWS)).toEqual(preview(TENCENT_ROWS));
  });

  test("the ambiguous export: which column the user picks decides who is marked (代签 shows only under 提交者)", () => {
    const base = { headerRow: 0, meeting: SIGNIN_MEETING, members: SIGNIN_MEMBERS, approvedLeave: SIGNIN_LEAVE, absentRest: false, timeZone: TZ };
    const byName = previewSignins({ ...base, rows: AMBIGUOUS_ROWS, columns: { name: 2, time: 0, kind: null, signOut: null } });
    const bySubmitter = previewSignins({ ...base, rows: AMBIGUOUS_ROWS, columns: { name: 1, time: 0, kind: null, signOut: null } });
    expect(lines(byName)).toEqual([
      "张伟 present 19:00–-",
      "李娜 present 19:01–-",
      "王芳 present 19:00–-",
      "刘洋 present 19:03–-",
      "陈静 excused -–-",
      "杨帆 late+leftEarly 19:09–20:02",
    ]);
    expect(byName.unmatched.map((u) => [u.row, u.value, u.suggestion, u.reason])).toEqual([
      [7, "黄民", "黄敏", "unknown"],
      [8, "吴昊", null, "left"],
    ]);
    expect(lines(bySubmitter)).toEqual([
      "张伟 present 19:00–-",
      "李娜 present 19:01–-",
      "陈静 excused -–-",
      "杨帆 late+leftEarly 19:09–20:02",
      "黄敏 present 19:02–-",
    ]);
    expect(bySubmitter.repeats).toBe(1);
    expect(bySubmitter.unmatched.map((u) => [u.row, u.value, u.reason])).toEqual([
      [5, "洋洋", "unknown"],
      [8, "吴昊", "left"],
    ]);
    for (const p of [byName, bySubmitter]) expect(p.ignored).toEqual([{ row: 9, value: "周杰", reason: "otherDay", when: "2026-11-03 19:02" }]);
  });

  test("absentRest marks the rest 缺席, in the members' order; members who have left are never marked", () => {
    const p = preview(WJX_ROWS, { absentRest: true, approvedLeave: new Set(["陈静", "吴昊"]) });
    expect(p.blank).toEqual([]);
    expect(p.marks.filter((m) => m.status.includes("absent")).map((m) => m.name)).toEqual(["黄敏", "周杰"]);
    expect(p.marks.map((m) => m.name)).toEqual(["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "Amy Chen"]);
  });

  test("approved leave is matched like any name; a member on leave who came anyway is marked by the sign-in", () => {
    const p = preview(WJX_ROWS, { approvedLeave: new Set([" 刘洋 ", "\u3000黄敏", "AMY  CHEN"]) });
    expect(lines(p).filter((l) => /刘洋|黄敏|Amy|陈静/.test(l))).toEqual(["刘洋 late 19:12–-", "黄敏 excused -–-", "Amy Chen present 18:58–-"]);
    expect(p.blank).toEqual(["陈静", "周杰"]);
  });

  const meeting: MeetingClock = { date: "2026-11-04", start: 19 * 60, grace: 5, length: 120 };
  const members = [
    { name: "张伟", active: true },
    { name: "李娜", active: true },
    { name: "张玮", active: false },
  ];
  const run = (rows: Cell[][], columns: Partial<SigninColumns> = {}) =>
    previewSignins({
      rows: [["姓名", "提交时间", "类型", "签退时间"], ...rows],
      headerRow: 0,
      columns: { name: 0, time: 1, kind: null, signOut: null, ...columns },
      meeting,
      members,
      approvedLeave: new Set(),
      absentRest: false,
      timeZone: TZ,
    });

  test("grace ends with the minute shown: 19:05:59 is on time, 19:06:00 late", () => {
    expect(lines(run([["张伟", "2026-11-04 19:05:59"]]))).toEqual(["张伟 present 19:05–-"]);
    expect(lines(run([["张伟", "2026-11-04 19:06:00"]]))).toEqual(["张伟 late 19:06–-"]);
  });

  test("a repeat is within 30 minutes of the previous counted submission; at 30 minutes it is the sign-out", () => {
    const p = run([
      ["张伟", "2026-11-04 19:00:00"],
      ["张伟", "2026-11-04 19:20:00"], // repeat
      ["张伟", "2026-11-04 19:29:59"], // repeat: still within 30 minutes of 19:00
      ["李娜", "2026-11-04 19:00:00"],
      ["李娜", "2026-11-04 19:30:00"], // sign-out
      ["李娜", "2026-11-04 19:45:00"], // repeat of the sign-out
    ]);
    expect(lines(p)).toEqual(["张伟 present 19:00–-", "李娜 leftEarly 19:00–19:30"]);
    expect(p.repeats).toBe(3);
  });

  test("an unmarked scan before start + grace is never the sign-out: an early arrival scanned again is 出席", () => {
    // Meeting 19:00, 5 minutes' grace, 90 minutes long.
    const p = previewSignins({
      rows: [
        ["姓名", "提交时间"],
        ["李娜", "2026-11-04 18:20"],
        ["李娜", "2026-11-04 18:58"], // 38 minutes later, but before the start: the arrival again
        ["李娜", "2026-11-04 19:05:59"], // still on time: the arrival again
      ],
      headerRow: 0,
      columns: { name: 0, time: 1, kind: null, signOut: null },
      meeting: { ...meeting, length: 90 },
      members,
      approvedLeave: new Set(),
      absentRest: false,
      timeZone: TZ,
    });
    expect(lines(p)).toEqual(["李娜 present 18:20–-"]);
    expect(p.repeats).toBe(2);
    expect(p.ignored).toEqual([]);
  });

  test("a scan more than 2 hours before the start is listed as too early; the arrival is the first from start − 2 h", () => {
    const p = previewSignins({
      rows: [
        ["姓名", "提交时间"],
        ["张伟", "2026-11-04 08:15"], // the morning: not the arrival
        ["张伟", "2026-11-04 19:20"],
      ],
      headerRow: 0,
      columns: { name: 0, time: 1, kind: null, signOut: null },
      meeting: { ...meeting, length: 90 },
      members,
      approvedLeave: new Set(),
      absentRest: false,
      timeZone: TZ,
    });
    expect(lines(p)).toEqual(["张伟 late 19:20–-"]);
    expect(p.ignored).toEqual([{ row: 2, value: "张伟", reason: "tooEarly", when: "2026-11-04 08:15" }]);
    expect(p.repeats).toBe(0);
    expect(p.marks[0].rows).toEqual([3]);
  });

  test("exactly 2 hours before the start is the arrival; a second earlier is too early", () => {
    const p = run([
      ["张伟", "2026-11-04 17:00:00"],
      ["李娜", "2026-11-04 16:59:59"],
      ["李娜", "2026-11-04 17:00:00"],
    ]);
    expect(lines(p)).toEqual(["张伟 present 17:00–-", "李娜 present 17:00–-"]);
    expect(p.ignored).toEqual([{ row: 3, value: "李娜", reason: "tooEarly", when: "2026-11-04 16:59" }]);
    // Only too early: the member is not marked (left blank).
    const alone = run([["张伟", "2026-11-04 16:59:59"]]);
    expect(alone.marks).toEqual([]);
    expect(alone.blank).toEqual(["张伟", "李娜"]);
  });

  test("the last sign-out counts: leaving at the end is not early, even after an earlier sign-out", () => {
    const p = run([
      ["张伟", "2026-11-04 19:00"],
      ["张伟", "2026-11-04 20:00"],
      ["张伟", "2026-11-04 21:00"],
      ["李娜", "2026-11-04 19:00"],
      ["李娜", "2026-11-04 20:59:59"],
    ]);
    expect(lines(p)).toEqual(["张伟 present 19:00–21:00", "李娜 leftEarly 19:00–20:59"]);
  });

  test("with a 签到/签退 column: a 签退 counts at once, a second 签到 is never a sign-out, a 签退 before the 签到 is a slip", () => {
    const p = run(
      [
        ["张伟", "2026-11-04 19:00", "签到"],
        ["张伟", "2026-11-04 19:10", "签退"], // left after ten minutes
        ["李娜", "2026-11-04 18:58", "签退"], // the wrong option…
        ["李娜", "2026-11-04 18:59", "签到"], // …put right
        ["李娜", "2026-11-04 20:30", "签到"], // another 签到, not a sign-out
      ],
      { kind: 2 },
    );
    expect(lines(p)).toEqual(["张伟 leftEarly 19:00–19:10", "李娜 present 18:59–-"]);
    expect(p.repeats).toBe(2);
  });

  test("only a 签退: the member was there by then, without a sign-in time", () => {
    const p = run([["张伟", "2026-11-04 20:40", "签退"]], { kind: 2 });
    expect(p.marks).toEqual([{ name: "张伟", status: ["late", "leftEarly"], signedIn: null, signedOut: "20:40", rows: [2] }]);
  });

  test("a separate sign-out column: one row carries both times", () => {
    const p = run(
      [
        ["张伟", "2026-11-04 18:59", "", "2026-11-04 20:30"],
        ["李娜", "2026-11-04 19:07", "", "2026-11-04 21:10"],
        ["李娜", "", "", "2026-11-04 21:12"], // a sign-out alone, within 30 minutes of hers
      ],
      { signOut: 3 },
    );
    expect(lines(p)).toEqual(["张伟 leftEarly 18:59–20:30", "李娜 late 19:07–21:10"]);
    expect(p.repeats).toBe(1);
    expect(p.marks[1].rows).toEqual([3, 4]);
  });

  test("a member who left is unmatched with the active member the name is closest to; blank rows are skipped", () => {
    const p = run([["张玮", "2026-11-04 19:00"], [null, null], [], ["", "  "]]);
    expect(p.unmatched).toEqual([{ row: 2, value: "张玮", suggestion: "张伟", reason: "left", when: "2026-11-04 19:00" }]);
    expect(p.ignored).toEqual([]);
    expect(p.blank).toEqual(["张伟", "李娜"]);
  });

  test("an unreadable time is listed with what it said; a name as a number is still a name", () => {
    const p = run([
      ["张伟", "昨天晚上"],
      [20230001, "2026-11-04 19:00"],
    ]);
    expect(p.ignored).toEqual([{ row: 2, value: "张伟", reason: "noTime", when: "昨天晚上" }]);
    expect(p.unmatched).toEqual([{ row: 3, value: "20230001", suggestion: null, reason: "unknown", when: "2026-11-04 19:00" }]);
  });

  test("Excel serial numbers are the wall clock; the meeting's zone does not move them", () => {
    const rows: Cell[][] = [
      ["张伟", 46330.79375],
      ["李娜", 46329.79375],
    ];
    for (const timeZone of [TZ, "America/New_York"]) {
      const p = previewSignins({ ...input([["姓名", "提交时间"], ...rows]), timeZone, members, columns: { name: 0, time: 1, kind: null, signOut: null } });
      expect(lines(p)).toEqual(["张伟 present 19:03–-"]);
      expect(p.ignored).toEqual([{ row: 3, value: "李娜", reason: "otherDay", when: "2026-11-03 19:03" }]);
    }
  });

  test("Date cells in another zone: the meeting's zone decides the day and the time", () => {
    const utcMeeting: MeetingClock = { ...meeting, start: 11 * 60 };
    const p = previewSignins({
      rows: [
        ["姓名", "提交时间"],
        ["张伟", shanghai("19:03:00")],
        ["李娜", shanghai("07:30:00")],
      ],
      headerRow: 0,
      columns: { name: 0, time: 1, kind: null, signOut: null },
      meeting: utcMeeting,
      members,
      approvedLeave: new Set(),
      absentRest: false,
      timeZone: "UTC",
    });
    expect(lines(p)).toEqual(["张伟 present 11:03–-"]);
    expect(p.ignored).toEqual([{ row: 3, value: "李娜", reason: "otherDay", when: "2026-11-03 23:30" }]);
  });

  test("year-last dates are read the way that fits the column: a cell only one reading fits decides", () => {
    const p = run([
      ["张伟", "4/11/2026 19:00"],
      ["李娜", "28/10/2026 19:00"], // only day-first fits: the column is day-first
    ]);
    expect(lines(p)).toEqual(["张伟 present 19:00–-"]);
    expect(p.ignored.map((i) => [i.row, i.reason, i.when])).toEqual([[3, "otherDay", "2026-10-28 19:00"]]);
  });

  test("year-last dates with nothing to decide by: the reading that lands on the meeting's day", () => {
    expect(lines(run([["张伟", "11/4/2026 7:01:00 PM"]]))).toEqual(["张伟 present 19:01–-"]);
    expect(lines(run([["张伟", "4/11/2026 19:01"]]))).toEqual(["张伟 present 19:01–-"]);
    // Neither reading is the meeting's day, and nothing tells them apart: not read.
    const p = run([["张伟", "3/5/2026 19:01"]]);
    expect(p.ignored).toEqual([{ row: 2, value: "张伟", reason: "noTime", when: "3/5/2026 19:01" }]);
  });

  test("a Google Forms CSV: parsed, detected and previewed", () => {
    const rows = parseCsv(FORMS_CSV);
    const guess = detectColumns(rows, SIGNIN_MEMBER_NAMES, TZ);
    expect(guess.columns).toEqual({ name: 1, time: 0, kind: 2, signOut: null });
    const p = previewSignins({ ...input(rows), columns: guess.columns! });
    expect(lines(p)).toEqual(["张伟 leftEarly 18:59–20:15", "李娜 late 19:07–-", "陈静 excused -–-", "Amy Chen present 19:00–-"]);
    expect(p.ignored).toEqual([{ row: 4, value: "王芳", reason: "otherDay", when: "2026-10-28 19:01" }]);
  });

  test("20,000 submissions are detected and previewed in well under the hang guard", () => {
    const many: Cell[][] = [WJX_ROWS[0]];
    for (let i = 0; i < 20_000; i++)
      many.push([i + 1, `2026/11/4 ${18 + (i % 3)}:${String(i % 60).padStart(2, "0")}:00`, "9秒", "微信", "1.1.1.1", SIGNIN_MEMBER_NAMES[i % 11], "签到"]);
    const p = finishes(() => previewSignins(input(many)), 10_000);
    expect(p.marks.find((m) => m.name === "张伟")?.status).toEqual(["present"]);
    // Every eleventh row names 吴昊, who has left: i % 11 === 10 for i = 10, 21, …, 19997.
    expect(p.unmatched).toHaveLength(1818);
    expect(p.marks).toHaveLength(10);
  });
});
