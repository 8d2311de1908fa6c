import type { CellValue, Tab } from "../../../src/local/sample/workbook";

export const EXPECTED_HEADERS: Record<string, string[]> = {
  成员: ["姓名", "小组", "职务", "状态", "联系方式", "备注"],
  赞助商: ["赞助商", "类别", "联系人", "电话", "微信或邮箱", "负责人", "阶段", "最近联系", "下次跟进", "备注", "续约"],
  活动: ["活动", "日期", "负责人", "赞助目标", "预算", "备注"],
  赞助记录: ["日期", "赞助商", "活动", "经办人", "现金", "物资", "物资估值", "状态", "佣金", "佣金发放日期", "备注"],
  设置: ["项目", "值", "说明"],
};

export const TAB_ORDER = ["成员", "赞助商", "活动", "赞助记录", "考勤", "设置"];

/** The sample also keeps the three optional tabs a synthetic workbook leaves out. */
export const SAMPLE_TAB_ORDER = ["成员", "赞助商", "活动", "赞助记录", "收支", "方案", "考勤", "赞助回报", "联系记录", "设置"];

export function tab(tabs: Tab[], name: string): CellValue[][] {
  const t = tabs.find((x) => x.name === name);
  if (!t) throw new Error(`no tab ${name}`);
  return t.rows;
}

/** Data rows as objects keyed by header text. */
export function records(tabs: Tab[], name: string): Record<string, CellValue>[] {
  const [header, ...rows] = tab(tabs, name);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

/** 经办人 → [{ name, weight? }], accepting 、 , ， as separators and an optional "NN%" weight. */
export function parseCredit(text: CellValue): { name: string; weight?: number }[] {
  return String(text)
    .split(/[、,，]/)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      const m = /^(.*?)\s*(\d+(?:\.\d+)?)%$/.exec(s);
      return m ? { name: m[1], weight: Number(m[2]) } : { name: s };
    });
}

/** Calendar day and time of a Date as seen in Asia/Shanghai. */
export function shanghaiParts(date: Date): { day: string; time: string } {
  const f = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` };
}

export function allDates(tabs: Tab[]): Date[] {
  return tabs.flatMap((t) => t.rows.flatMap((r) => r.filter((c): c is Date => c instanceof Date)));
}

export const ATTENDANCE_CODES = ["出席", "已到", "✓", "迟到", "早退", "请假", "缺席", "旷会", "未批假", "迟到+早退", ""];
