/**
 * 记录联系 / Log a contact: the form's rules, shared by the page (checked before sending) and the
 * server (checked again before anything is written). Pure: no Apps Script, no DOM.
 */
import { type LocalDate, parseDate } from "../domain/dates";
import type { Stage } from "../domain/model";
import type { AnyMsg } from "./messages";

export const STAGE_VALUES: readonly Stage[] = ["potential", "contacting", "negotiating", "signed", "partner", "declined"];
export const CHANNELS = { zh: ["面谈", "电话", "微信", "邮件", "其他"], en: ["In person", "Phone", "WeChat", "Email", "Other"] } as const;
export const CONTACT_LIMITS = { channel: 50, note: 500 } as const;

export interface ContactForm {
  sponsor: string;
  date: string;
  /** 面谈 / 电话 / 微信 / 邮件 / 其他, or anything typed. */
  channel: string;
  note: string;
  /** "" keeps the stage as it is. */
  stage: Stage | "";
  /** The next follow-up; blank keeps the one in the sheet unless `clearNext`. */
  next: string;
  clearNext: boolean;
}

export interface ContactEntry {
  sponsor: string;
  date: LocalDate;
  channel: string;
  note: string;
  stage: Stage | null;
  /** undefined: leave 下次跟进 alone; null: clear it (only when the user asked to). */
  next: LocalDate | null | undefined;
}

export type ContactField = "date" | "channel" | "note" | "next";
export type ContactErrors = Partial<Record<ContactField, AnyMsg>>;

const NAMES: Record<ContactField, { zh: string; en: string }> = {
  date: { zh: "日期", en: "Date" },
  channel: { zh: "方式", en: "Channel" },
  note: { zh: "内容", en: "Note" },
  next: { zh: "下次跟进", en: "Next follow-up" },
};

/** `today` (the sheet's day): a contact cannot be logged in the future (a typed 2062 is a typo). */
export function checkContact(form: ContactForm, timeZone: string, today?: string): { entry: ContactEntry | null; errors: ContactErrors } {
  const errors: ContactErrors = {};
  const date = parseDate(form.date, { timeZone });
  if (!date.ok) errors.date = date.error;
  else if (!date.value) errors.date = { key: "fieldRequired", params: NAMES.date };
  else if (today && date.value > today) errors.date = { key: "contactInFuture", params: { today } };
  const next = parseDate(form.next, { timeZone });
  if (!next.ok) errors.next = next.error;
  else if (next.value && date.ok && date.value && next.value < date.value) errors.next = { key: "nextBeforeContact" };
  const channel = form.channel.trim();
  const note = form.note.trim();
  if (channel.length > CONTACT_LIMITS.channel) errors.channel = { key: "fieldTooLong", params: { ...NAMES.channel, max: CONTACT_LIMITS.channel } };
  if (note.length > CONTACT_LIMITS.note) errors.note = { key: "fieldTooLong", params: { ...NAMES.note, max: CONTACT_LIMITS.note } };
  if (Object.keys(errors).length > 0 || !date.ok || !date.value || !next.ok) return { entry: null, errors };
  return {
    entry: {
      sponsor: form.sponsor.trim(),
      date: date.value,
      channel,
      note,
      stage: form.stage === "" ? null : form.stage,
      next: next.value ?? (form.clearNext ? null : undefined),
    },
    errors,
  };
}
