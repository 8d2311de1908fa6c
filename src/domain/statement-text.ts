/** A member statement as titled tables of text, for a dialog in the sheet and for the terminal. */
import { CODES, type Status } from "./attendance";
import type { LeaveStatus } from "./model";
import { formatYuan, formatYuanText } from "./money";
import type { Statement } from "./statement";
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
  const lines = [
    w("totals", { commission: y(st.commission), penalty: y(st.penalty), net: y(st.net) }),
    w("unpaid", { month: st.month, total: y(unpaidTotal) }),
    w("how", { rate: st.rate }),
  ];
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
    ],
  };
}
