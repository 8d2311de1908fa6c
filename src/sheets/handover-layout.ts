/** The 交接 / Hand-over tab's cells: the sponsor file, open pledges and deliverables, unpaid commission, events and members. */
import { type Handover, UNASSIGNED } from "../domain/handover";
import type { Lang } from "../domain/messages";
import { type Fen, fenToYuan } from "../domain/money";
import { textCell } from "./cells";
import { Builder, FORMAT, type Layout } from "./report-layout";
import { choiceLabel, DELIVERABLE_STATUSES, STAGES } from "./schema";

export function handoverTabName(year: string, lang: Lang): string {
  return lang === "zh" ? `交接 ${year}` : `Hand-over ${year}`;
}

const T = {
  title: { zh: "{dept}{year} 换届交接", en: "{dept}hand-over {year}" },
  intro: {
    zh: "生成于 {at}。商家信息、财务账目和所获成果，交给下一届外联部。",
    en: "Generated {at}. Merchant file, accounts and results for the next committee.",
  },
  sponsors: { zh: "一、赞助商档案", en: "1. Sponsor file" },
  pledges: { zh: "二、未到账的意向赞助", en: "2. Open pledges" },
  deliverables: { zh: "三、未完成的赞助回报", en: "3. Open deliverables" },
  unpaid: { zh: "四、未发佣金（截至年底）", en: "4. Unpaid commission (at the year's end)" },
  events: { zh: "五、活动汇总", en: "5. Events" },
  members: { zh: "六、成员 {year} 年合计", en: "6. Members, {year} totals" },
  none: { zh: "无", en: "None" },
  unassigned: { zh: "未分配（经办人不在成员表中）", en: "Unassigned (names not in Members)" },
} as const;

const H = {
  sponsor: ["赞助商", "Sponsor"],
  category: ["类别", "Category"],
  contact: ["联系人", "Contact person"],
  phone: ["电话", "Phone"],
  wechat: ["微信或邮箱", "WeChat or email"],
  owner: ["负责人", "Owner"],
  stage: ["阶段", "Stage"],
  last: ["最近联系", "Last contact"],
  next: ["下次跟进", "Next follow-up"],
  events: ["赞助过的活动", "Events sponsored"],
  lastSp: ["最近一次赞助", "Last sponsorship"],
  notes: ["备注", "Notes"],
  date: ["日期", "Date"],
  event: ["活动", "Event"],
  credit: ["经办人", "Credited to"],
  amount: ["金额", "Amount"],
  promised: ["回报内容", "Promised"],
  due: ["截止日期", "Due"],
  status: ["状态", "Status"],
  member: ["成员", "Member"],
  rows: ["笔数", "Rows"],
  target: ["赞助目标", "Target"],
  raised: ["已到账", "Raised"],
  pledged: ["意向", "Pledged"],
  budget: ["预算", "Budget"],
  group: ["小组", "Group"],
  count: ["赞助笔数", "Sponsorships"],
  cash: ["经手现金", "Cash credited"],
  commission: ["佣金", "Commission"],
  penalty: ["罚款", "Penalty"],
  net: ["净额", "Net"],
  received: ["到账", "Received"],
} as const;

export function layoutHandover(h: Handover, lang: Lang, department: string, generatedAt: string): Layout {
  const i = lang === "zh" ? 0 : 1;
  const l = (k: keyof typeof T, p: Record<string, string> = {}) => T[k][lang].replace(/\{(\w+)\}/g, (_, x) => p[x] ?? "");
  const c = (k: keyof typeof H) => H[k][i];
  const y = (f: Fen | null) => (f === null ? "" : fenToYuan(f));
  const m = FORMAT.money;
  const b = new Builder();
  b.add([textCell(l("title", { dept: department ? `${department} ` : "", year: h.year }))], [], { bold: true });
  b.add([textCell(l("intro", { at: generatedAt }))]);
  b.blank();

  b.section(l("sponsors"));
  const yearCols = h.years.map((yr) => `${c("received")} ${yr}`);
  b.header([
    c("sponsor"),
    c("category"),
    c("contact"),
    c("phone"),
    c("wechat"),
    c("owner"),
    c("stage"),
    c("last"),
    c("next"),
    ...yearCols,
    c("events"),
    c("lastSp"),
    c("notes"),
  ]);
  for (const s of h.sponsors) {
    b.add(
      [
        textCell(s.name),
        textCell(s.category),
        textCell(s.contactPerson),
        textCell(s.phone),
        textCell(s.wechat),
        textCell(s.owner),
        s.stage ? choiceLabel(STAGES, s.stage, lang) : "",
        textCell(s.lastContact ?? ""),
        textCell(s.nextFollowUp ?? ""),
        ...h.years.map((yr) => y(s.byYear[yr] ?? 0)),
        textCell(s.events.join("、")),
        textCell(s.lastSponsorship ?? ""),
        textCell(s.notes),
      ],
      ["", "", "", "", "", "", "", "", "", ...h.years.map(() => m)],
    );
  }
  b.blank();

  b.section(l("pledges"));
  if (h.pledges.length === 0) b.add([l("none")]);
  else {
    b.header([c("date"), c("sponsor"), c("event"), c("credit"), c("amount")]);
    for (const e of h.pledges)
      b.add(
        [textCell(e.date), textCell(e.sponsor), textCell(e.event), textCell(e.credit.map((x) => x.name).join("、")), y(e.cash + e.inKind)],
        ["", "", "", "", m],
      );
  }
  b.blank();

  b.section(l("deliverables"));
  if (h.deliverables.length === 0) b.add([l("none")]);
  else {
    b.header([c("sponsor"), c("event"), c("promised"), c("due"), c("owner"), c("status")]);
    for (const d of h.deliverables)
      b.add([
        textCell(d.sponsor),
        textCell(d.event),
        textCell(d.promised),
        textCell(d.due ?? ""),
        textCell(d.owner),
        choiceLabel(DELIVERABLE_STATUSES, d.status, lang),
      ]);
  }
  b.blank();

  b.section(l("unpaid"));
  if (h.unpaid.length === 0) b.add([l("none")]);
  else {
    b.header([c("member"), c("rows"), c("commission")]);
    for (const u of h.unpaid) b.add([u.name === UNASSIGNED ? l("unassigned") : textCell(u.name), u.rows, y(u.amount)], ["", FORMAT.int, m]);
  }
  b.blank();

  b.section(l("events"));
  b.header([c("event"), c("date"), c("owner"), c("target"), c("raised"), c("pledged"), c("budget")]);
  for (const e of h.events)
    b.add([textCell(e.name), textCell(e.date ?? ""), textCell(e.owner), y(e.target), y(e.raised), y(e.pledged), y(e.budget)], ["", "", "", m, m, m, m]);
  b.blank();

  b.section(l("members", { year: h.year }));
  b.header([c("member"), c("group"), c("count"), c("cash"), c("commission"), c("penalty"), c("net")]);
  for (const x of h.members)
    b.add([textCell(x.name), textCell(x.group), x.sponsorships, y(x.cashCredited), y(x.commission), y(x.penalty), y(x.net)], ["", "", FORMAT.int, m, m, m, m]);
  return b.build();
}
