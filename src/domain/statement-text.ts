/** A member statement as titled tables of text, for a dialog in the sheet and for the terminal. */
import { CODES } from "./attendance";
import type { Lang } from "./messages";
import { formatYuan, formatYuanText } from "./money";
import type { Statement } from "./statement";
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

const STATUS_WORD = {
  zh: {
    present: CODES.present[0],
    late: CODES.late[0],
    leftEarly: CODES.leftEarly[0],
    excused: CODES.excused[0],
    absent: CODES.absent[0],
    unapproved: CODES.unapproved[0],
  },
  en: { present: "present", late: "late", leftEarly: "left early", excused: "approved leave", absent: "absent", unapproved: "unapproved leave" },
} as const;

export function statementText(st: Statement, lang: Lang): StatementText {
  const zh = lang === "zh";
  const y = formatYuan;
  const shareRows = st.shares.map((x) => [
    String(x.row),
    x.date,
    x.sponsor + (x.event ? ` · ${x.event}` : ""),
    `${y(x.base)} × ${st.rate} = ${formatYuanText(x.exact)} → ${y(x.rowCommission)}`,
    x.part,
    y(x.share) + (x.extraFen ? (zh ? `（含余数 ${x.extraFen} 分）` : ` (incl. ${x.extraFen} leftover fen)`) : ""),
    x.paidOn ?? (zh ? "未发" : "unpaid"),
  ]);
  const meetingRows = st.meetings.map((m) => [m.date, m.statuses.map((s) => STATUS_WORD[lang][s]).join("+"), y(m.fee)]);
  const unpaidRows = st.unpaid.map((u) => [String(u.row), u.date, u.sponsor, y(u.share)]);
  const unpaidTotal = st.unpaid.reduce((a, u) => a + u.share, 0);
  const lines = zh
    ? [
        `佣金 ${y(st.commission)} − 罚款 ${y(st.penalty)} = 净额 ${y(st.net)}`,
        `未发佣金（截至 ${st.month} 月底，累计）${y(unpaidTotal)}`,
        `计算方法：每笔赞助的佣金 = 基数 × ${st.rate}，四舍五入到分；多人经办时按比例分配，余下的分按最大余数法分给余数最大者，保证合计不差一分。`,
      ]
    : [
        `Commission ${y(st.commission)} − penalties ${y(st.penalty)} = net ${y(st.net)}`,
        `Unpaid commission (to the end of ${st.month}, all months) ${y(unpaidTotal)}`,
        `How: each sponsorship's commission = base × ${st.rate}, rounded half up to the fen; shared credit is split by weight and leftover fen go to the largest remainders, so the shares add up exactly.`,
      ];
  if (st.warnings.length) lines.push(warningText(st.warnings, lang));
  return {
    title: zh ? `${st.name}（${st.group || "未分组"}）${st.month} 个人明细` : `${st.name} (${st.group || "no group"}) statement for ${st.month}`,
    lines,
    blocks: [
      {
        heading: zh ? "本月赞助佣金" : "Commission this month",
        header: zh
          ? ["行", "日期", "赞助商 · 活动", "佣金计算", "份额", "本人佣金", "发放日期"]
          : ["Row", "Date", "Sponsor · event", "Row commission", "Part", "Your share", "Paid on"],
        rows: shareRows,
      },
      {
        heading: zh ? "本月例会" : "Meetings this month",
        header: zh ? ["日期", "状态", "罚款"] : ["Date", "Status", "Fee"],
        rows: meetingRows,
      },
      {
        heading: zh ? "未发佣金明细" : "Unpaid commission, row by row",
        header: zh ? ["行", "日期", "赞助商", "本人佣金"] : ["Row", "Date", "Sponsor", "Your share"],
        rows: unpaidRows,
      },
    ],
  };
}
