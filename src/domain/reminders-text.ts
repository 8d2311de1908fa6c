/**
 * 提醒 / Reminders as ready-to-paste text: one for the department's WeChat group, grouped by person
 * with `@姓名`, and one for the head only. One line per item, so a long list stays readable in a
 * chat; short and polite; a text with nothing in it says so rather than being empty.
 */
import { formatYuan } from "./money";
import type { PersonReminders, Reminders, Task, Unowned } from "./reminders";
import { type Lang, LIST, type Params, type Text, t, text } from "./text";
import { warningText } from "./warnings";

export const REMINDERS_TEXT = {
  title: text("提醒", "Reminders"),
  department: text("外联部", "Outreach Department"),
  groupHeading: text("发到部门群", "For the department's group"),
  headHeading: text("只发给部长", "For the head only"),
  groupTitle: text("【{department}提醒】{today}", "[{department} reminders] {today}"),
  groupIntro: text("以下事项请在 {until} 前处理，谢谢大家！", "Please take care of the following by {until}. Thank you!"),
  groupOutro: text("已处理的请忽略，辛苦了！", "If it is already done, please ignore this. Thanks, everyone!"),
  groupNothing: text(
    "截至 {until}，没有要跟进的赞助商、到期的赞助回报、待审批的请假或未发放的佣金。大家辛苦了！",
    "Nothing is due up to {until}: no follow-ups, no benefits due, no leave waiting and no unpaid commission. Thank you, everyone!",
  ),
  headTitle: text("【{department}提醒 · 部长】{today}", "[{department} reminders · for the head] {today}"),
  headIntro: text("@{head} 以下事项请您留意：", "@{head} These need your attention:"),
  headNobody: text("部长", "Head"),
  headNothing: text(
    "本学期没有成员达到考勤警告次数，所有提醒事项都有在部的负责人。",
    "No member has reached an attendance warning this term, and every reminder has an active owner.",
  ),
  warnings: text("考勤预警（本学期）：", "Attendance warnings (this term):"),
  left: text("{name} 已离部，请改派：", "{name} has left the department; please reassign:"),
  unknown: text("负责人“{name}”不在成员表，请核对：", "Owner “{name}” is not in the Members tab; please check:"),
  blank: text("没有负责人，请指派：", "No owner; please assign one:"),
  unassigned: text(
    "· 佣金 {amount} 未计入任何成员（赞助记录第 {rows} 行），请核对经办人",
    "· Commission {amount} is credited to nobody in Members (Sponsorships row {rows}): please check who brought it in",
  ),
  followUp: text("· 跟进 {sponsor}：{due}", "· Follow up with {sponsor}: {due}"),
  deliverable: text("· 赞助回报「{promised}」（{sponsor}{event}）：{due}", "· Benefit “{promised}” ({sponsor}{event}): {due}"),
  overdue: text("已逾期 {days} 天（{date}）", "{days} {days|day|days} overdue ({date})"),
  dueToday: text("今天到期（{date}）", "due today ({date})"),
  dueSoon: text("{date} 到期，还有 {days} 天", "due {date}, in {days} {days|day|days}"),
  leave: text("· 请假待审批：{name}，{meeting} 例会", "· Leave to decide: {name}, meeting on {meeting}"),
  commission: text("· 佣金 {amount} 尚未发放（{count} 笔赞助）", "· Commission {amount} not yet paid ({count} {count|sponsorship|sponsorships})"),
  warning: text("· {name}：{warning}", "· {name}: {warning}"),
} satisfies Record<string, Text>;

export interface RemindersText {
  group: string;
  head: string;
}

function dueText(task: Task, lang: Lang): string {
  const date = task.due;
  if (task.days < 0) return t(REMINDERS_TEXT.overdue, lang, { days: -task.days, date });
  return task.days === 0 ? t(REMINDERS_TEXT.dueToday, lang, { date }) : t(REMINDERS_TEXT.dueSoon, lang, { days: task.days, date });
}

function taskLine(task: Task, lang: Lang): string {
  const due = dueText(task, lang);
  if (task.kind === "followUp") return t(REMINDERS_TEXT.followUp, lang, { sponsor: task.sponsor, due });
  return t(REMINDERS_TEXT.deliverable, lang, { promised: task.promised, sponsor: task.sponsor, event: task.event ? ` · ${task.event}` : "", due });
}

function personLines(p: PersonReminders, lang: Lang): string[] {
  const lines = p.tasks.map((x) => taskLine(x, lang));
  if (p.commission > 0) lines.push(t(REMINDERS_TEXT.commission, lang, { amount: formatYuan(p.commission), count: p.commissionRows }));
  return lines;
}

export function remindersText(r: Reminders): RemindersText {
  const lang = r.lang;
  const department = r.department.trim() === "" ? t(REMINDERS_TEXT.department, lang) : r.department.trim();
  const params: Params = { department, today: r.today, until: r.until };
  return { group: groupText(r, lang, params), head: headText(r, lang, params) };
}

function groupText(r: Reminders, lang: Lang, params: Params): string {
  const blocks: string[][] = r.people.map((p) => [`@${p.name}`, ...personLines(p, lang)]);
  if (r.leave.length > 0) {
    const lines = r.leave.map((l) => t(REMINDERS_TEXT.leave, lang, { name: l.name, meeting: l.meeting }));
    const own = r.head === null ? undefined : blocks.find((_b, i) => r.people[i].name === r.head);
    if (own) own.push(...lines);
    else blocks.push([`@${r.head ?? t(REMINDERS_TEXT.headNobody, lang)}`, ...lines]);
  }
  const title = t(REMINDERS_TEXT.groupTitle, lang, params);
  if (blocks.length === 0) return `${title}\n${t(REMINDERS_TEXT.groupNothing, lang, params)}`;
  return [title, t(REMINDERS_TEXT.groupIntro, lang, params), ...blocks.map((b) => b.join("\n")), t(REMINDERS_TEXT.groupOutro, lang)].join("\n\n");
}

function unownedBlock(u: Unowned, lang: Lang): string[] {
  return [t(REMINDERS_TEXT[u.why], lang, { name: u.name }), ...personLines(u, lang)];
}

function headText(r: Reminders, lang: Lang, params: Params): string {
  const blocks: string[][] = [];
  if (r.warnings.length > 0) {
    blocks.push([
      t(REMINDERS_TEXT.warnings, lang),
      ...r.warnings.map((w) => t(REMINDERS_TEXT.warning, lang, { name: w.name, warning: warningText(w.warnings, lang) })),
    ]);
  }
  for (const u of r.unowned) blocks.push(unownedBlock(u, lang));
  if (r.unassigned.commission > 0) {
    blocks.push([t(REMINDERS_TEXT.unassigned, lang, { amount: formatYuan(r.unassigned.commission), rows: r.unassigned.rows.join(t(LIST, lang)) })]);
  }
  const title = t(REMINDERS_TEXT.headTitle, lang, params);
  const intro = t(REMINDERS_TEXT.headIntro, lang, { head: r.head ?? t(REMINDERS_TEXT.headNobody, lang) });
  if (blocks.length === 0) return `${title}\n${t(REMINDERS_TEXT.headNothing, lang)}`;
  return [title, intro, ...blocks.map((b) => b.join("\n"))].join("\n\n");
}
