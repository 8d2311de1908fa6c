import { DEFAULT_FEES, DEFAULT_LIMITS, type Fees, type Limits } from "./attendance";
import { DEFAULT_RATE, parseRate, type Rate } from "./commission";
import { type LocalDate, parseDate } from "./dates";
import type { Msg } from "./messages";
import { parseMoney } from "./money";
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
}

export const DEFAULT_SETTINGS: Settings = {
  rate: DEFAULT_RATE,
  basis: "cash",
  fees: DEFAULT_FEES,
  limits: DEFAULT_LIMITS,
  termStart: null,
  department: "",
  reportLang: "zh",
  requireDeliverables: false,
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
  | "requireDeliverables";

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
    initial: (l) => t(text("否", "no"), l),
    desc: text("是：检查数据时提示已到账但未登记赞助回报的赞助", "yes: Check data flags received sponsorships with no deliverable recorded"),
  },
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
  const s: Settings = { ...DEFAULT_SETTINGS, fees: { ...DEFAULT_FEES }, limits: { ...DEFAULT_LIMITS } };
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
      case "department":
        s.department = blank(value) ? "" : String(value).trim();
        break;
      case "requireDeliverables": {
        const text = String(value).trim().toLowerCase();
        if (/^(是|需要|yes|y|true|1)$/.test(text) || value === true) s.requireDeliverables = true;
        else if (/^(否|不需要|no|n|false|0)$/.test(text) || value === false) s.requireDeliverables = false;
        else report({ key: "badYesNo", params: { value: String(value) } });
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
