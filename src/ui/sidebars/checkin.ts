/** Server side of 例会签到 / Meeting check-in. */
import * as z from "zod/mini";
import { renderMsg } from "../../contracts/messages";
import { STATUSES, type Status } from "../../domain/attendance";
import { parseDate } from "../../domain/dates";
import { type Lang, render } from "../../domain/messages";
import { type CheckInResult, readMeeting, saveCheckIn as writeCheckIn } from "../../sheets/checkin";
import type { Context } from "../../sheets/workbook";
import { validate } from "../validate";
import { type Failure, openSidebar, respond } from "./respond";

const name = z.string().check(z.maxLength(200));
const dateRequest = z.optional(z.object({ date: z.optional(z.string().check(z.maxLength(40))) }));
const saveRequest = z.object({
  date: z.string().check(z.maxLength(40)),
  marks: z.array(z.object({ name, status: z.enum(STATUSES as unknown as [Status, ...Status[]]) })).check(z.minLength(1), z.maxLength(500)),
  confirmed: z.array(z.object({ name, current: z.string().check(z.maxLength(5000)) })).check(z.maxLength(500)),
});

function meetingDate(ctx: Context, lang: Lang, typed: string | undefined): string | Failure {
  const d = parseDate(typed ?? ctx.today, { timeZone: ctx.timeZone });
  if (d.ok && d.value) return d.value;
  const error = d.ok ? renderMsg({ key: "fieldRequired", params: { zh: "日期", en: "Date" } }, lang) : render(d.error, lang);
  return { ok: false, error, fields: { date: error } };
}

export interface CheckInData {
  ok: true;
  lang: Lang;
  today: string;
  date: string;
  /** The meeting's column letter when the grid already has it. */
  column: string | null;
  members: { name: string; group: string; current: string }[];
}

/** Menu: 例会签到 / Meeting check-in (opens the sidebar). */
export function showCheckIn(): void {
  openSidebar("checkin", "checkIn");
}

/**
 * Sidebar data for 例会签到: active members and what the grid holds for one meeting.
 * @param {{date?: string}} request The meeting date, default today.
 */
export function sidebarCheckInData(request?: unknown): CheckInData | Failure {
  return respond((ctx, lang) => {
    const req = validate(dateRequest, request) ?? {};
    const date = meetingDate(ctx, lang, req.date);
    if (typeof date !== "string") return date;
    return { ok: true, lang, today: ctx.today, date, ...readMeeting(ctx, date) };
  });
}

/** What the page receives: members who are not active come back as a sentence, like every refusal. */
export type CheckInAnswer = Exclude<CheckInResult, { notActive: string[] }> | Failure;

/**
 * Writes one meeting's column of the attendance grid under the document lock.
 * @param {{date: string, marks: Array<{name: string, status: string}>, confirmed: Array<{name: string, current: string}>}} request
 */
export function saveCheckIn(request: unknown): CheckInAnswer {
  return respond((ctx, lang) => {
    const req = validate(saveRequest, request);
    const date = meetingDate(ctx, lang, req.date);
    if (typeof date !== "string") return date;
    const r = writeCheckIn(ctx, { ...req, date });
    if ("notActive" in r) return { ok: false, error: r.notActive.map((value) => renderMsg({ key: "unknownMember", params: { value } }, lang)).join("\n") };
    return r;
  });
}
