import { types } from "node:util";
import { isDateFormat } from "./numfmt";
import { instantFromSerial, serialFromInstant, serialOfWallClock } from "./tz";

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

/** What a write puts in a cell, plus the format Sheets applies when it recognises a date. */
export interface Entry {
  value?: Stored;
  formula?: string;
  dateFormat?: string;
}

/** Works for Dates made in another realm (a node:vm context) too. */
export function isDate(value: unknown): value is Date {
  return types.isDate(value);
}

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const DATE_TEXT = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

/**
 * Sheets' USER_ENTERED parsing, which setValue/setValues/appendRow use: text is
 * read as if typed into the cell, unless the cell is formatted as plain text
 * (`@`) or the text starts with an apostrophe.
 */
export function userEntered(input: unknown, cellFormat: string, timeZone: string): Entry {
  if (input === null || input === undefined || input === "") return {};
  if (typeof input === "number") return { value: input };
  if (typeof input === "boolean") return { value: input };
  if (isDate(input)) return dateEntry(input, timeZone);
  if (input instanceof CellError) return { value: input };
  const text = String(input);
  if (cellFormat === "@") return { value: text };
  if (text.startsWith("=") && text.length > 1) return { formula: text };
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1) } : {};
  if (PLAIN_NUMBER.test(text)) return { value: Number(text) };
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const serial = parseDateText(text);
  if (serial !== undefined) {
    const hasTime = /\d:\d/.test(text);
    return { value: serial, dateFormat: hasTime ? DATE_TIME_FORMAT : DATE_FORMAT };
  }
  return { value: text };
}

function dateEntry(date: Date, timeZone: string): Entry {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return { value: String(date) };
  const serial = serialFromInstant(ms, timeZone);
  const midnight = Number.isInteger(serial);
  return { value: serial, dateFormat: midnight ? DATE_FORMAT : DATE_TIME_FORMAT };
}

function parseDateText(text: string): number | undefined {
  const m = DATE_TEXT.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return serialOfWallClock({ year, month, day, hour, minute, second, ms: 0 });
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
