/** A member statement as titled tables of text, for a dialog in the sheet and for the terminal. */
import { CODES, type Status } from "./attendance";
import type { LeaveStatus } from "./model";
import { formatYuan, formatYuanText } from "./money";
import type { FineLine, Statement } from "./statement";
import { type Lang, type Params, type Text, t, text } from "./text";
import { warningText } from "./warnings";

export interface TextBlock {
  heading: string;
  header: string[];
  rows: string[][];
}

export interface StatementText {
  title: string;
  lines: string[];
  blocks: TextBlock[];
}

const STATUS_WORD: Record<Status, Text> = {
  present: text(CODES.present[0], "present"),
  late: text(CODES.late[0], "late"),
  leftEarly: text(CODES.leftEarly[0], "left early"),
  excused: text(CODES.excused[0], "approved leave"),
  absent: text(CODES.absent[0], "absent"),
  unapproved: text(CODES.unapproved[0], "unapproved leave"),
};

const OUTCOME: Record<LeaveStatus, Text> = {
  pending: text("待审批", "pending"),
  approved: text("已批准", "approved"),
  rejected: text("已驳回", "rejected"),
};

const S = {
  title: text("{name}（{group}）{month} 个人明细", "{name} ({group}) statement for {month}"),
  ungrouped: text("未分组", "no group"),
  totals: text("佣金 {commission} − 罚款 {penalty} = 净额 {net}", "Commission {commission} − penalties {penalty} = net {net}"),
  unpaid: text("未发佣金（截至 {month} 月底，累计）{total}", "Unpaid commission (to the end of {month}, all months) {total}"),
  how: text(
    "计算方法：每笔赞助的佣金 = 基数 × {rate}，四舍五入到分；多人经办时按比例分配，余下的分按最大余数法分给余数最大者，保证合计不差一分。",
    "How: each sponsorship's commission = base × {rate}, rounded half up to the fen; shared credit is split by weight and leftover fen go to the largest remainders, so the shares add up exactly.",
  ),
  leftover: text("（含余数 {fen} 分）", " (incl. {fen} leftover fen)"),
  unpaidRow: text("未发", "unpaid"),
  paidNoDate: text("已发（未写日期）", "paid (no date given)"),
  shares: text("本月赞助佣金", "Commission this month"),
  meetings: text("本月例会", "Meetings this month"),
  unpaidRows: text("未发佣金明细", "Unpaid commission, row by row"),
  row: text("行", "Row"),
  date: text("日期", "Date"),
  sponsorEvent: text("赞助商 · 活动", "Sponsor · event"),
  rowCommission: text("佣金计算", "Row commission"),
  part: text("份额", "Part"),
  share: text("本人佣金", "Your share"),
  paidOn: text("发放日期", "Paid on"),
  status: text("状态", "Status"),
  fee: text("罚款", "Fee"),
  sponsor: text("赞助商", "Sponsor"),
  leave: text("本月请假", "Leave requests this month"),
  meetingDate: text("例会日期", "Meeting date"),
  reason: text("原因", "Reason"),
  outcome: text("结果", "Outcome"),
  note: text("审批意见", "Head's note"),
  late: text("（逾期）", " (late)"),
  fines: text(
    "罚款（{term}）：应缴 {penalties} − 已缴 {paid} − 减免 {waived} = 尚欠 {balance}",
    "Fines ({term}): penalties {penalties} − paid {paid} − waived {waived} = still owed {balance}",
  ),
  finesOver: text(
    "罚款（{term}）：应缴 {penalties} − 已缴 {paid} − 减免 {waived}，多出 {over}，请与部长核对",
    "Fines ({term}): penalties {penalties} − paid {paid} − waived {waived}, {over} more than owed: check with the head",
  ),
  term: text("学期开始 {from} 至 {to}", "term start {from} to {to}"),
  termUnset: text("截至 {to}", "to {to}"),
  reimbursements: text(
    "报销：部门尚欠你垫付的 {owed}（{n} 笔）；本月已还你 {paid}",
    "Reimbursements: the department still owes you {owed} for what you advanced ({n} {n|item|items}); paid back to you this month {paid}",
  ),
  fineRows: text("本学期罚款明细", "Fines this term, line by line"),
  owedRows: text("你垫付、尚未报销的支出（截至月底）", "Expenses you advanced, not yet paid back (at the month's end)"),
  paidRows: text("本月已报销给你的支出", "Expenses paid back to you this month"),
  accountsRow: text("收支行", "Accounts row"),
  what: text("项目", "Item"),
  penalty: text("罚款", "Penalty"),
  finePaid: text("已缴", "Paid"),
  fineWaived: text("减免", "Waived"),
  notes: text("备注（减免原因）", "Notes (reason for a waiver)"),
  meeting: text("例会：{status}", "Meeting: {status}"),
  paidItem: text("罚款缴纳", "Fine paid"),
  waivedItem: text("罚款减免", "Fine waived"),
  event: text("活动", "Event"),
  item: text("事由", "Item"),
  amount: text("金额", "Amount"),
  receipt: text("凭证", "Receipt"),
  reimbursedOn: text("报销日期", "Paid back on"),
} satisfies Record<string, Text>;

export function statementText(st: Statement, lang: Lang): StatementText {
  const w = (key: keyof typeof S, params?: Params) => t(S[key], lang, params);
  const y = formatYuan;
  const shareRows = st.shares.map((x) => [
    String(x.row),
    x.date,
    x.sponsor + (x.event ? ` · ${x.event}` : ""),
    `${y(x.base)} × ${st.rate} = ${formatYuanText(x.exact)} → ${y(x.rowCommission)}`,
    x.part,
    y(x.share) + (x.extraFen ? w("leftover", { fen: x.extraFen }) : ""),
    x.paidOn ?? w(x.paidOnBlank ? "unpaidRow" : "paidNoDate"),
  ]);
  const meetingRows = st.meetings.map((m) => [m.date, m.statuses.map((s) => t(STATUS_WORD[s], lang)).join("+"), y(m.fee)]);
  const leaveRows = st.leave.map((l) => [l.meeting, l.reason, t(OUTCOME[l.status], lang) + (l.late ? w("late") : ""), l.note]);
  const unpaidRows = st.unpaid.map((u) => [String(u.row), u.date, u.sponsor, y(u.share)]);
  const unpaidTotal = st.unpaid.reduce((a, u) => a + u.share, 0);
  const f = st.fines;
  const fineParams = {
    term: f.from === null ? w("termUnset", { to: f.to }) : w("term", { from: f.from, to: f.to }),
    penalties: y(f.penalties),
    paid: y(f.paid),
    waived: y(f.waived),
  };
  const r = st.reimbursements;
  const sum = (xs: readonly { amount: number }[]) => xs.reduce((a, x) => a + x.amount, 0);
  const lines = [
    w("totals", { commission: y(st.commission), penalty: y(st.penalty), net: y(st.net) }),
    w("unpaid", { month: st.month, total: y(unpaidTotal) }),
    f.balance < 0 ? w("finesOver", { ...fineParams, over: y(-f.balance) }) : w("fines", { ...fineParams, balance: y(f.balance) }),
    w("reimbursements", { owed: y(sum(r.owed)), n: r.owed.length, paid: y(sum(r.paid)) }),
    w("how", { rate: st.rate }),
  ];
  const fineRows = f.lines.map((x) => {
    const what =
      x.kind === "penalty"
        ? w("meeting", { status: x.statuses.map((s) => t(STATUS_WORD[s], lang)).join("+") })
        : w(x.kind === "finePaid" ? "paidItem" : "waivedItem") + (x.item ? ` · ${x.item}` : "");
    const at = (k: FineLine["kind"]) => (x.kind === k ? y(x.amount) : "");
    return [x.row === null ? "" : String(x.row), x.date, what, at("penalty"), at("finePaid"), at("fineWaived"), x.note];
  });
  const owedRows = r.owed.map((x) => [String(x.row), x.date, x.event, x.item, y(x.amount), x.receipt]);
  const paidRows = r.paid.map((x) => [String(x.row), x.date, x.event, x.item, y(x.amount), x.receipt, x.reimbursedOn ?? ""]);
  if (st.warnings.length) lines.push(warningText(st.warnings, lang));
  return {
    title: w("title", { name: st.name, group: st.group || w("ungrouped"), month: st.month }),
    lines,
    blocks: [
      {
        heading: w("shares"),
        header: [w("row"), w("date"), w("sponsorEvent"), w("rowCommission"), w("part"), w("share"), w("paidOn")],
        rows: shareRows,
      },
      { heading: w("meetings"), header: [w("date"), w("status"), w("fee")], rows: meetingRows },
      { heading: w("leave"), header: [w("meetingDate"), w("reason"), w("outcome"), w("note")], rows: leaveRows },
      { heading: w("unpaidRows"), header: [w("row"), w("date"), w("sponsor"), w("share")], rows: unpaidRows },
      {
        heading: w("fineRows"),
        header: [w("accountsRow"), w("date"), w("what"), w("penalty"), w("finePaid"), w("fineWaived"), w("notes")],
        rows: fineRows,
      },
      { heading: w("owedRows"), header: [w("accountsRow"), w("date"), w("event"), w("item"), w("amount"), w("receipt")], rows: owedRows },
      {
        heading: w("paidRows"),
        header: [w("accountsRow"), w("date"), w("event"), w("item"), w("amount"), w("receipt"), w("reimbursedOn")],
        rows: paidRows,
      },
    ],
  };
}
