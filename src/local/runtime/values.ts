import { types } from "node:util";
import { isDateFormat } from "./numfmt";
import { parseDateText, parseNumberText } from "./typed-text";
import { instantFromSerial, serialFromInstant } from "./tz";

/** A value as Apps Script's getValues() hands it out; `''` means empty. */
export type CellValue = string | number | boolean | Date;

/** A formula's error result (#N/A, #REF!…); getValues() shows it as its code. */
export class CellError {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}

/** What a cell holds. Dates are numbers (serials) whose cell has a date format, as in Sheets. */
export type Stored = string | number | boolean | CellError;

/** What a write puts in a cell, plus the format Sheets applies when it recognises a date, percentage, currency or grouped number. */
export interface Entry {
  value?: Stored;
  formula?: string;
  format?: string;
  /** A date or time: its format replaces any non-date format; other formats apply to Automatic cells only. */
  isDate?: boolean;
}

/** Works for Dates made in another realm (a node:vm context) too. */
export function isDate(value: unknown): value is Date {
  return types.isDate(value);
}

/** Numbers and dates people type are short; the bound keeps parsing cheap on long notes. */
const MAX_PARSED = 64;
const DIGIT = /\d/;
export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

/**
 * Sheets' USER_ENTERED parsing, which setValue/setValues use: text is
 * read as if typed into the cell, unless the cell is formatted as plain text
 * (`@`) or the text starts with an apostrophe. Numbers, percentages, currency and
 * short dates are read in the spreadsheet's locale (see typed-text.ts).
 */
export function userEntered(input: unknown, cellFormat: string, timeZone: string, locale = "en_US"): Entry {
  if (input === null || input === undefined || input === "") return {};
  if (typeof input === "number") return { value: input };
  if (typeof input === "boolean") return { value: input };
  if (isDate(input)) return dateEntry(input, timeZone);
  if (input instanceof CellError) return { value: input };
  const text = String(input);
  if (cellFormat === "@") return { value: text };
  if (text.startsWith("=") && text.length > 1) return { formula: text };
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1) } : {};
  // Spaces around typed text do not stop Sheets reading it as a number, date or boolean.
  const bare = text.length <= MAX_PARSED ? text.trim() : "";
  const upper = bare.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  // Every number, date and time has a digit; names and notes mostly do not.
  const parsed = DIGIT.test(bare) ? (parseNumberText(bare, locale) ?? parseDateText(bare, locale, timeZone)) : undefined;
  if (parsed) return { value: parsed.value, format: parsed.format, isDate: parsed.isDate };
  return { value: text };
}

function dateEntry(date: Date, timeZone: string): Entry {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return { value: String(date) };
  const serial = serialFromInstant(ms, timeZone);
  const midnight = Number.isInteger(serial);
  return { value: serial, format: midnight ? DATE_FORMAT : DATE_TIME_FORMAT, isDate: true };
}

/** A stored value as getValues() returns it. */
export function toCellValue(value: Stored | undefined, format: string, timeZone: string): CellValue {
  if (value === undefined) return "";
  if (typeof value === "number" && isDateFormat(format)) return new Date(instantFromSerial(value, timeZone));
  if (value instanceof CellError) return value.code;
  return value;
}

/** The instant Sheets' date value stands for, used where a Date is handed to the host. */
export function dateFromSerial(serial: number, timeZone: string): Date {
  return new Date(instantFromSerial(serial, timeZone));
}

export function serialFromDate(date: Date, timeZone: string): number {
  return serialFromInstant(date.getTime(), timeZone);
}
