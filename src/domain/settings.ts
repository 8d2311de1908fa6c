import { DEFAULT_FEES, DEFAULT_LIMITS, type Fees, type Limits } from "./attendance";
import { DEFAULT_RATE, parseRate, type Rate } from "./commission";
import { type LocalDate, parseClock, parseDate } from "./dates";
import { DEFAULT_ODDS, type StageOdds } from "./forecast";
import type { Msg } from "./messages";
import type { Stage } from "./model";
import { type Fen, parseMoney } from "./money";
import { type Lang, type Text, t, text } from "./text";

export type Basis = "cash" | "cashAndInKind";

/** The department's own rules, kept in the 设置 / Settings tab so officers can change them. */
export interface Settings {
  rate: Rate;
  basis: Basis;
  fees: Fees;
  limits: Limits;
  termStart: LocalDate | null;
  department: string;
  reportLang: Lang;
  /** Check data flags a received sponsorship with no deliverable recorded (赞助后期的信息反馈). */
  requireDeliverables?: boolean;
  /** When a meeting starts and how long it lasts, unless its column header gives its own time. */
  meeting: MeetingTimes;
  /** 请假需审批: a 请假 in the attendance grid needs an approved request in the 请假 tab. */
  leaveNeedsApproval: boolean;
  /** 期初余额 and its date: the cash the department held when its cash book starts (date blank: 学期开始). */
  opening: Opening;
  /** 跟进间隔（天）: a sponsor 联系中 or 洽谈中 not contacted for longer than this is stale. */
  followUpDays: number;
  /** The probability of each stage (成功率), for the weighted forecast. */
  odds: StageOdds;
  /** 续约季开始: the day the current renewal season started (absent or null: none started). */
  renewalStart?: LocalDate | null;
}

export interface Opening {
  balance: Fen;
  date: LocalDate | null;
}

/** Minutes: `start` after midnight (19:00 → 1140); `grace` before a sign-in is late; `length` of the meeting. */
export interface MeetingTimes {
  start: number;
  grace: number;
  length: number;
}

export const DEFAULT_MEETING: MeetingTimes = { start: 19 * 60, grace: 5, length: 90 };

export const DEFAULT_SETTINGS: Settings = {
  rate: DEFAULT_RATE,
  basis: "cash",
  fees: DEFAULT_FEES,
  limits: DEFAULT_LIMITS,
  termStart: null,
  department: "",
  reportLang: "zh",
  requireDeliverables: false,
  meeting: DEFAULT_MEETING,
  leaveNeedsApproval: true,
  opening: { balance: 0, date: null },
  followUpDays: 30,
  odds: DEFAULT_ODDS,
};

export type SettingKey =
  | "rate"
  | "basis"
  | "lateFee"
  | "leftEarlyFee"
  | "absentFee"
  | "lateLimit"
  | "absentLimit"
  | "termStart"
  | "department"
  | "reportLang"
  | "requireDeliverables"
  | "meetingStart"
  | "graceMinutes"
  | "meetingLength"
  | "leaveNeedsApproval"
  | "openingBalance"
  | "openingDate"
  | "followUpDays"
  | "renewalStart"
  | OddsKey;

/** One Settings row per stage: 潜在成功率 … 已拒绝成功率. */
export type OddsKey = "oddsPotential" | "oddsContacting" | "oddsNegotiating" | "oddsSigned" | "oddsPartner" | "oddsDeclined";

const ODDS_ROWS: readonly { key: OddsKey; stage: Stage; zh: string; en: string }[] = [
  { key: "oddsPotential", stage: "potential", zh: "潜在", en: "Potential" },
  { key: "oddsContacting", stage: "contacting", zh: "联系中", en: "Contacting" },
  { key: "oddsNegotiating", stage: "negotiating", zh: "洽谈中", en: "Negotiating" },
  { key: "oddsSigned", stage: "signed", zh: "已签约", en: "Signed" },
  { key: "oddsPartner", stage: "partner", zh: "长期合作", en: "Partner" },
  { key: "oddsDeclined", stage: "declined", zh: "已拒绝", en: "Declined" },
];

const ODDS_STAGE = new Map<SettingKey, Stage>(ODDS_ROWS.map((r) => [r.key, r.stage]));

export interface SettingDef {
  key: SettingKey;
  zh: string;
  en: string;
  aliases?: string[];
  /** The value set-up writes when the row is missing. */
  initial: (lang: Lang) => string | number;
  /** Number format for the value cell. */
  format?: string;
  /** What the row is for, written beside it. */
  desc: Text;
}

/** The longest department name used in titles. */
export const DEPARTMENT_MAX = 100;

/** How a yes/no setting is written back in the sheet's language. */
export const YES = text("是", "yes");
export const NO = text("否", "no");

export const BASIS_LABELS: Record<Basis, Text> = {
  cash: text("仅现金", "Cash only"),
  cashAndInKind: text("现金+物资", "Cash and in-kind"),
};

export const SETTING_DEFS: readonly SettingDef[] = [
  {
    key: "rate",
    zh: "佣金比例",
    en: "Commission rate",
    initial: () => 0.15,
    format: "0.0#%",
    desc: text("拉到赞助的成员获得赞助金额的此比例作为奖励（0%–100%）", "Share of a sponsorship paid to whoever brought it in (0%–100%)"),
  },
  {
    key: "basis",
    zh: "佣金基数",
    en: "Commission basis",
    initial: (l) => t(BASIS_LABELS.cash, l),
    desc: text("仅现金，或 现金+物资（物资按估值计）", "Cash only, or Cash and in-kind (goods at their value)"),
  },
  { key: "lateFee", zh: "迟到罚款", en: "Late fee", initial: () => 5, format: "¥#,##0.00", desc: text("每次迟到的罚款（元）", "Fee per lateness (yuan)") },
  {
    key: "leftEarlyFee",
    zh: "早退罚款",
    en: "Left-early fee",
    initial: () => 5,
    format: "¥#,##0.00",
    desc: text("每次早退的罚款（元）", "Fee per leaving early (yuan)"),
  },
  {
    key: "absentFee",
    zh: "缺席罚款",
    en: "Absence fee",
    initial: () => 20,
    format: "¥#,##0.00",
    desc: text("每次缺席或未批假的罚款（元）；已批准请假不罚", "Fee per absence or unapproved leave (yuan); approved leave is free"),
  },
  {
    key: "lateLimit",
    zh: "迟到早退警告次数",
    en: "Late/early limit",
    initial: () => 2,
    format: "0",
    desc: text("本学期迟到+早退达到此次数即提示部长审议", "Lates plus early leaves this term that flag a member for review"),
  },
  {
    key: "absentLimit",
    zh: "缺席警告次数",
    en: "Absence limit",
    initial: () => 1,
    format: "0",
    desc: text("本学期缺席达到此次数即提示部长审议", "Absences this term that flag a member for review"),
  },
  {
    key: "termStart",
    zh: "学期开始",
    en: "Term start",
    initial: () => "",
    format: "yyyy-mm-dd",
    desc: text("警告次数从这一天起计算", "Warnings count from this day"),
  },
  {
    key: "department",
    zh: "部门名称",
    en: "Department name",
    initial: (l) => t(text("学生会外联部", "Outreach Department"), l),
    desc: text("显示在月报标题中", "Shown in the report title"),
  },
  { key: "reportLang", zh: "报告语言", en: "Report language", initial: (l) => l, desc: text("zh（中文）或 en（英文）", "zh (Chinese) or en (English)") },
  {
    key: "requireDeliverables",
    zh: "需要登记回报",
    en: "Require deliverables",
    initial: (l) => t(NO, l),
    desc: text("是：检查数据时提示已到账但未登记赞助回报的赞助", "yes: Check data flags received sponsorships with no deliverable recorded"),
  },
  {
    key: "meetingStart",
    zh: "例会开始时间",
    en: "Meeting start",
    initial: () => "19:00",
    format: "@",
    desc: text(
      "如 19:00；例会列的表头写了时间（2026-11-04 19:30 例会）时以表头为准",
      "Such as 19:00; a meeting column whose header gives a time (2026-11-04 19:30) uses that",
    ),
  },
  {
    key: "graceMinutes",
    zh: "迟到宽限（分钟）",
    en: "Grace minutes",
    initial: () => 5,
    format: "0",
    desc: text("开始后这么多分钟内签到不算迟到", "Signing in within this many minutes of the start is not late"),
  },
  {
    key: "meetingLength",
    zh: "例会时长（分钟）",
    en: "Meeting length",
    initial: () => 90,
    format: "0",
    desc: text("在开始后这么多分钟内签退算早退", "Signing out before this many minutes after the start is leaving early"),
  },
  {
    key: "leaveNeedsApproval",
    zh: "请假需审批",
    en: "Leave needs approval",
    initial: (l) => t(YES, l),
    desc: text(
      "是：考勤表中的“请假”须在请假表中有已批准的申请，检查数据时会提示",
      "yes: a leave mark in Attendance needs an approved request in the Leave tab; Check data flags it",
    ),
  },
  {
    key: "openingBalance",
    zh: "期初余额",
    en: "Opening balance",
    initial: () => 0,
    format: "¥#,##0.00",
    desc: text("收支账开始那天部门手上的现金（元）", "Cash the department held on the day its cash book starts (yuan)"),
  },
  {
    key: "openingDate",
    zh: "期初日期",
    en: "Opening date",
    initial: () => "",
    format: "yyyy-mm-dd",
    desc: text(
      "收支账从这一天开始；留空则为学期开始（改学期开始时收支账也会跟着重新开始，所以开始记账后请写上日期）。此前的收支已含在期初余额中",
      "The cash book starts on this day; blank means the term start (and moves with it when a new term is set, so write the date once the book is in use). Money before it is in the opening balance",
    ),
  },
  {
    key: "renewalStart",
    zh: "续约季开始",
    en: "Renewal season start",
    initial: () => "",
    format: "yyyy-mm-dd",
    desc: text(
      "“开始续约”写入；上季 = 此前 12 个月，月报据此计算续约率",
      "Written by Start renewals; last season is the 12 months before it, and the report's renewal rate counts from it",
    ),
  },
  {
    key: "followUpDays",
    zh: "跟进间隔（天）",
    en: "Follow-up interval (days)",
    initial: () => 30,
    format: "0",
    desc: text(
      "联系中或洽谈中的赞助商超过这么多天没有联系，即在“我的跟进”和月报中提示",
      "A sponsor Contacting or Negotiating with no contact for longer than this is flagged in My follow-ups and the report",
    ),
  },
  ...ODDS_ROWS.map(
    (r): SettingDef => ({
      key: r.key,
      // No brackets: a bracketed end is taken for a unit and dropped when labels are compared (金额（元）).
      zh: `${r.zh}成功率`,
      en: `Odds: ${r.en}`,
      initial: () => Number(DEFAULT_ODDS[r.stage].units) / 100,
      format: "0%",
      desc: text(`阶段为“${r.zh}”的赞助商按此概率计入预测`, `Sponsors at the ${r.en} stage count toward the forecast at this probability`),
    }),
  ),
];

export interface SettingCell {
  key: SettingKey;
  value: unknown;
  /** Where the value sits, for messages ("B3"). */
  cell: string;
}

export interface SettingProblem {
  cell: string;
  message: Msg;
}

/** Turns the Settings tab's values into rules; a bad value keeps its default and is reported. */
export function parseSettings(cells: readonly SettingCell[], timeZone: string): { settings: Settings; problems: SettingProblem[] } {
  const s: Settings = {
    ...DEFAULT_SETTINGS,
    fees: { ...DEFAULT_FEES },
    limits: { ...DEFAULT_LIMITS },
    meeting: { ...DEFAULT_MEETING },
    opening: { ...DEFAULT_SETTINGS.opening },
    odds: { ...DEFAULT_ODDS },
  };
  const problems: SettingProblem[] = [];
  const blank = (v: unknown) => v === "" || v === null || v === undefined;
  for (const { key, value, cell } of cells) {
    if (blank(value) && key !== "termStart" && key !== "department") continue;
    const report = (message: Msg) => problems.push({ cell, message });
    switch (key) {
      case "rate": {
        const r = parseRate(value);
        if (r.ok) s.rate = r.value;
        else report(r.error);
        break;
      }
      case "basis": {
        const text = String(value).replace(/\s/g, "").toLowerCase();
        if (/物资|in-?kind|andinkind/.test(text)) s.basis = "cashAndInKind";
        else if (/现金|cash/.test(text)) s.basis = "cash";
        else report({ key: "badBasis", params: { value: String(value) } });
        break;
      }
      case "lateFee":
      case "leftEarlyFee":
      case "absentFee": {
        const r = parseMoney(value);
        if (r.ok && r.value !== null && r.value >= 0) {
          s.fees[key === "lateFee" ? "late" : key === "leftEarlyFee" ? "leftEarly" : "absent"] = r.value;
        } else report({ key: "badFee", params: { value: String(value) } });
        break;
      }
      case "lateLimit":
      case "absentLimit": {
        const n = typeof value === "string" ? Number(value.trim()) : value;
        if (typeof n === "number" && Number.isInteger(n) && n >= 1) s.limits[key === "lateLimit" ? "lateOrEarly" : "absent"] = n;
        else report({ key: "badLimit", params: { value: String(value) } });
        break;
      }
      case "termStart": {
        const r = parseDate(value, { timeZone });
        if (r.ok) s.termStart = r.value;
        else report(r.error);
        break;
      }
      case "openingBalance": {
        const r = parseMoney(value);
        if (r.ok) s.opening.balance = r.value ?? 0;
        else report(r.error);
        break;
      }
      case "openingDate": {
        const r = parseDate(value, { timeZone });
        if (r.ok) s.opening.date = r.value;
        else report(r.error);
        break;
      }
      case "department": {
        const name = blank(value) ? "" : String(value).trim();
        // The name heads the report and hand-over tabs; a cell can hold 50,000 characters, a title must stay readable.
        if (name.length > DEPARTMENT_MAX) report({ key: "departmentTooLong", params: { n: name.length, max: DEPARTMENT_MAX } });
        s.department = name.slice(0, DEPARTMENT_MAX);
        break;
      }
      case "requireDeliverables":
      case "leaveNeedsApproval": {
        const yes = yesNo(value);
        if (yes === null) report({ key: "badYesNo", params: { value: String(value) } });
        else s[key] = yes;
        break;
      }
      case "meetingStart": {
        const minutes = clockOf(value, timeZone);
        if (minutes === null) report({ key: "badClock", params: { value: String(value) } });
        else s.meeting.start = minutes;
        break;
      }
      case "graceMinutes":
      case "meetingLength": {
        const n = typeof value === "string" ? Number(value.trim()) : value;
        const max = key === "graceMinutes" ? 180 : 24 * 60;
        const min = key === "graceMinutes" ? 0 : 1;
        if (typeof n === "number" && Number.isInteger(n) && n >= min && n <= max) s.meeting[key === "graceMinutes" ? "grace" : "length"] = n;
        else report({ key: key === "graceMinutes" ? "badGrace" : "badLength", params: { value: String(value) } });
        break;
      }
      case "followUpDays": {
        const n = typeof value === "string" ? Number(value.trim()) : value;
        if (typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 366) s.followUpDays = n;
        else report({ key: "badFollowUpDays", params: { value: String(value) } });
        break;
      }
      case "renewalStart": {
        const r = parseDate(value, { timeZone });
        if (r.ok) s.renewalStart = r.value;
        else report(r.error);
        break;
      }
      case "oddsPotential":
      case "oddsContacting":
      case "oddsNegotiating":
      case "oddsSigned":
      case "oddsPartner":
      case "oddsDeclined": {
        const r = parseRate(value);
        if (r.ok) s.odds[ODDS_STAGE.get(key)!] = r.value;
        else report(r.error);
        break;
      }
      case "reportLang": {
        const text = String(value).trim().toLowerCase();
        if (/^(zh|中文|汉语|zh-cn|zh_cn|chinese)$/.test(text)) s.reportLang = "zh";
        else if (/^(en|english|英文|英语)$/.test(text)) s.reportLang = "en";
        else report({ key: "badLang", params: { value: String(value) } });
        break;
      }
    }
  }
  return { settings: s, problems };
}

function yesNo(value: unknown): boolean | null {
  if (value === true || value === false) return value;
  const text = String(value).trim().toLowerCase();
  if (/^(是|需要|yes|y|true|1)$/.test(text)) return true;
  if (/^(否|不需要|no|n|false|0)$/.test(text)) return false;
  return null;
}

/**
 * A time of day as Settings holds it: text (19:00, 19：00, 7:00 PM), a time cell (Sheets gives a Date
 * on 1899-12-30, read in the sheet's zone) or a fraction of a day (0.791666… is 19:00).
 */
function clockOf(value: unknown, timeZone: string): number | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", hour: "numeric", minute: "numeric" }).formatToParts(value);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return (part("hour") % 24) * 60 + part("minute");
  }
  if (typeof value === "number") return value >= 0 && value < 1 ? Math.round(value * 24 * 60) % (24 * 60) : null;
  return typeof value === "string" ? parseClock(value) : null;
}
