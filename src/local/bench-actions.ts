/**
 * Sheets calls of every action a user can start, through the built bundle on the local runtime.
 * Each action runs on its own fresh copy of a set-up workbook, so one action's writes cannot make
 * another look cheaper or dearer. The counts must not depend on the number of ledger rows: an
 * action that reads or writes per row would take minutes on a real department's sheet.
 */
import { addonFunctions } from "./addon";
import { type CellValue, createRuntime, loadBundle, workbookFromTabs } from "./runtime";

type Tabs = { name: string; rows: CellValue[][] }[];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Addon = Record<string, (...args: any[]) => any>;

export interface ActionCalls {
  reads: number;
  writes: number;
  total: number;
}

interface Names {
  member: string;
  sponsor: string;
  event: string;
  /** The first member: who advanced the expenses of the bench's 收支 tab. */
  payee: string;
}

/** The answer of an action the bench must see succeed: a refusal would measure a different path. */
function done<T>(answer: T): T {
  const a = answer as { ok?: boolean; error?: string };
  if (a?.ok === false) throw new Error(`bench: ${a.error}`);
  return answer;
}

/** The expense the bench pays back: the first row of the 收支 tab it adds (see withAccounts). */
const OWED = { row: 2, date: "2026-01-02", amount: 1280, item: "物料" };

function firstOf(tabs: Tabs, tab: string): string {
  const t = tabs.find((x) => x.name === tab);
  const v = t?.rows[1]?.[0];
  if (typeof v !== "string" || !v) throw new Error(`bench: the workbook has no first row in ${tab}`);
  return v;
}

/** The actions, each a function of the add-on and a few names that exist in the workbook. */
const ACTIONS: Record<string, (fn: Addon, n: Names) => unknown> = {
  setup: (fn) => fn.setupSheets(),
  check: (fn) => fn.checkData(),
  report: (fn) => fn.generateMonthlyReport({ month: "2026-11" }),
  summary: (fn) => fn.monthlySummary({ month: "2026-11" }),
  payout: (fn) => {
    const preview = fn.markCommissionsPaid({ month: "2026-12" });
    return fn.markCommissionsPaid({ month: "2026-12", confirm: preview.fingerprint });
  },
  statement: (fn, n) => fn.memberStatement({ name: n.member, month: "2026-11" }),
  handover: (fn) => fn.exportHandover({ year: "2026" }),
  selfCheck: (fn) => (typeof fn.selfCheck === "function" ? fn.selfCheck() : undefined),
  "record: load": (fn) => fn.sidebarRecordData(),
  "record: save": (fn, n) =>
    fn.saveSponsorship({
      sponsor: n.sponsor,
      addSponsor: false,
      category: "",
      owner: "",
      event: n.event,
      members: [n.member],
      weights: [""],
      cash: "1200",
      items: "",
      inKind: "",
      status: "received",
      date: "2026-11-23",
      notes: "",
    }),
  "check-in: load": (fn) => fn.sidebarCheckInData({ date: "2026-11-26" }),
  "check-in: save": (fn, n) => fn.saveCheckIn({ date: "2026-11-26", marks: [{ name: n.member, status: "present" }], confirmed: [] }),
  "import sign-ins: load": (fn) => fn.sidebarSigninData(),
  "import sign-ins: preview and save": (fn, n) => {
    const request = {
      source: {
        rows: [
          ["姓名", "提交时间"],
          [n.member, "2026-11-26 19:00:00"],
        ],
      },
      meeting: "2026-11-26",
      absentRest: true,
    };
    return fn.saveSignins({ ...request, confirm: fn.previewSignins(request).confirm });
  },
  "leave: load": (fn, n) => fn.setLeaveMember({ name: n.member }),
  "leave: request": (fn, n) => {
    fn.setLeaveMember({ name: n.member });
    return fn.saveLeaveRequest({ meeting: "2026-12-30", reason: "期末考试" });
  },
  "approvals: load and decide": (fn, n) => {
    fn.setLeaveMember({ name: n.member });
    fn.saveLeaveRequest({ meeting: "2026-12-30", reason: "期末考试" });
    const pending = fn.sidebarApprovalsData().waiting ?? [];
    if (pending.length === 0) throw new Error("bench: no pending request to decide (is the runtime's user the head?)");
    return fn.decideLeave({ key: pending[0].key, decision: "approved", note: "" });
  },
  "settings: load": (fn) => fn.sidebarSettingsData(),
  "settings: save": (fn) => fn.saveSettings({ ...fn.sidebarSettingsData().form, lateFee: "6" }),
  "accounts: load": (fn) => done(fn.sidebarAccountsData()),
  "accounts: save": (fn, n) =>
    done(
      fn.saveAccount({
        type: "expense",
        date: "2026-11-23",
        amount: "95.8",
        event: n.event,
        member: n.payee,
        item: "奖牌",
        receipt: "超市小票",
        paidBy: "member",
        notes: "",
      }),
    ),
  "accounts: pay back": (fn, n) => done(fn.payBackExpense({ ...OWED, member: n.payee })),
  "follow-ups: load": (fn) => fn.sidebarFollowUpsData(),
  "follow-ups: save contact": (fn, n) => {
    fn.setFollowUpsMember({ name: n.member });
    return fn.saveContact({ sponsor: n.sponsor, date: "2026-11-23", channel: "面谈", note: "再联系", stage: "", next: "", clearNext: false });
  },
  reminders: (fn) => fn.composeReminders({ today: "2026-11-23" }),
  recap: (fn, n) => fn.sponsorRecap({ sponsor: n.sponsor, today: "2026-11-23" }),
  deliverables: (fn) => {
    const preview = fn.createPackageDeliverables();
    return fn.createPackageDeliverables({ confirm: preview.fingerprint });
  },
  // The synthetic ledger runs through 2026: every sponsor that gave is last season's for 2027.
  renewals: (fn) => {
    fn.startRenewalSeason({ start: "2027-01-01", preview: true });
    return fn.startRenewalSeason({ start: "2027-01-01" });
  },
};

/** The runtime's user is the head: their email in the head's 联系方式 (the first member is the head). */
function asHead(book: ReturnType<typeof workbookFromTabs>): void {
  const members = book.getSheetByName("成员");
  const contact = members?.getRange(1, 1, 1, members.getLastColumn()).getValues()[0].indexOf("联系方式") ?? -1;
  if (members && contact >= 0) members.getRange(2, contact + 1).setValue("officer@example.edu");
}

/** The head's proof: Settings restricted to its editors (set-up protects it with a warning only). */
function restrictSettings(book: ReturnType<typeof workbookFromTabs>): void {
  for (const p of book.getSheetByName("设置")?.getProtections("SHEET" as never) ?? []) p.setWarningOnly(false);
}

/**
 * A 收支 tab as long as the ledger (expenses, some advanced and still owed, other income and fines),
 * for the 记账 actions: their calls must not grow with it either. A tab the workbook has is kept.
 */
function withAccounts(tabs: Tabs, payee: string): Tabs {
  if (tabs.some((t) => t.name === "收支")) return tabs;
  const rows = Math.max((tabs.find((t) => t.name === "赞助记录")?.rows.length ?? 1) - 1, 1);
  const out: CellValue[][] = [["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"]];
  for (let i = 0; i < rows; i++) {
    // Midnight in Shanghai, through the year: the first row is the one paid back.
    const date = new Date(Date.UTC(2026, 0, 2 + Math.floor((i * 360) / rows)) - 8 * 3600e3);
    const kind = i % 4;
    const owed = kind === 0 && i % 8 === 0;
    out.push([date, "", ["支出", "其他收入", "罚款缴纳", "支出"][kind], (OWED.amount + i) / 100, payee, OWED.item, "", owed ? "待报销" : "", "", ""]);
  }
  return [...tabs, { name: "收支", rows: out }];
}

/**
 * A 方案 tab and a 方案 column with a package on every tenth of the last 400 ledger rows, for
 * 生成赞助回报: it reads the whole ledger, and its 80 new rows fit the 100 spare rows every tab is
 * given, so both sizes append in the same situation.
 */
function withPackages(tabs: Tabs): Tabs {
  const ledger = tabs.find((t) => t.name === "赞助记录");
  if (!ledger || tabs.some((t) => t.name === "方案")) return tabs;
  const from = ledger.rows.length - 400;
  ledger.rows.forEach((row, i) => row.push(i === 0 ? "方案" : i >= from && i % 10 === 0 ? "协办" : ""));
  const packages: CellValue[][] = [
    ["方案", "价格", "回报内容", "截止", "备注"],
    ["协办", 2000, "横幅印 logo；公众号推文鸣谢", "0；7", ""],
  ];
  return [...tabs, { name: "方案", rows: packages }];
}

/** The synthetic ledger is paid up; a payout is measured with the last 100 rows' commission unpaid. */
function withUnpaidTail(tabs: Tabs): Tabs {
  const ledger = tabs.find((t) => t.name === "赞助记录");
  if (!ledger) return tabs;
  const paidOn = ledger.rows[0].indexOf("佣金发放日期");
  for (const row of ledger.rows.slice(-100)) row[paidOn] = "";
  return tabs;
}

/**
 * Calls per action on `tabs` (already in the department's layout). Set-up runs first on every copy
 * (a department sets up once, before anything else); its own count is of a second run, the one a
 * user makes after editing the sheet. A load that precedes a save (the settings form) is counted.
 * Check-in saves a meeting that has no column yet, so the column is created as in a new meeting.
 */
export function actionCalls(code: string, tabs: () => Tabs, only?: (action: string) => boolean): Record<string, ActionCalls> {
  const out: Record<string, ActionCalls> = {};
  const sample = tabs();
  const sponsorRow = sample.find((t) => t.name === "赞助商")?.rows[1] ?? [];
  // The sponsor's owner logs the contact: anyone else would be refused, which is not the action measured.
  const owner = typeof sponsorRow[5] === "string" && sponsorRow[5] ? sponsorRow[5] : firstOf(sample, "成员");
  const names: Names = { member: owner, sponsor: firstOf(sample, "赞助商"), event: firstOf(sample, "活动"), payee: firstOf(sample, "成员") };
  for (const [name, act] of Object.entries(ACTIONS)) {
    if (only && !only(name)) continue;
    const fresh = name === "payout" ? withUnpaidTail(tabs()) : name === "deliverables" ? withPackages(tabs()) : tabs();
    const book = workbookFromTabs(name.startsWith("accounts") ? withAccounts(fresh, names.payee) : fresh);
    // A tab with no empty row left costs one insertRowsAfter more on the next append, at any size:
    // give every tab the same head-room so both sizes are measured in the same situation.
    for (const sheet of book.getSheets()) {
      const spare = sheet.getMaxRows() - sheet.getLastRow();
      if (spare < 100) sheet.insertRowsAfter(sheet.getMaxRows(), 100 - spare);
    }
    if (name.startsWith("approvals")) asHead(book);
    const runtime = createRuntime(book);
    const fn = addonFunctions(loadBundle(code, runtime)) as Addon;
    if (name === "selfCheck" && typeof fn.selfCheck !== "function") continue;
    fn.setupSheets();
    if (name.startsWith("approvals")) restrictSettings(book);
    runtime.resetStats();
    act(fn, names);
    out[name] = { reads: runtime.stats.reads, writes: runtime.stats.writes, total: runtime.stats.total };
  }
  return out;
}
