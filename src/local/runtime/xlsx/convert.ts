import type ExcelJS from "exceljs";
import { columnLetters, parseA1, quoteSheetName } from "../a1";
import type { DataValidationCriteria } from "../enums";
import { LocalRange } from "../model/range";
import type { LocalSpreadsheet } from "../model/spreadsheet";
import { LocalDataValidation } from "../model/validation";
import { serialFromUtcWallDate } from "../tz";
import { dateFromSerial, isDate, serialFromDate } from "../values";

// ---- colours and sizes ------------------------------------------------------------------

/** `FFRRGGBB` (xlsx) → `#rrggbb` (Sheets); theme and indexed colours are not resolved. */
export function colorFromArgb(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return undefined;
  return `#${argb.slice(2).toLowerCase()}`;
}

export function argbFromColor(color: string): string {
  return `FF${color.replace("#", "").toUpperCase()}`;
}

/** Excel widths are in characters of the default font (7 px wide plus 5 px of padding). */
export function pixelsFromWidth(chars: number): number {
  return Math.round(chars * 7 + 5);
}

export function widthFromPixels(px: number): number {
  return Math.max(0, (px - 5) / 7);
}

/** Row heights: points in xlsx, pixels in Sheets. */
export function pixelsFromPoints(pt: number): number {
  return Math.round((pt * 4) / 3);
}

export function pointsFromPixels(px: number): number {
  return (px * 3) / 4;
}

/** exceljs writes a Date's UTC fields as the wall clock, so hand it one that holds the serial. */
export function utcWallDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

// ---- data validation ----------------------------------------------------------------------

const NUMBER_OPS: Partial<Record<DataValidationCriteria, ExcelJS.DataValidationOperator>> = {
  NUMBER_BETWEEN: "between",
  NUMBER_NOT_BETWEEN: "notBetween",
  NUMBER_EQUAL_TO: "equal",
  NUMBER_NOT_EQUAL_TO: "notEqual",
  NUMBER_GREATER_THAN: "greaterThan",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "greaterThanOrEqual",
  NUMBER_LESS_THAN: "lessThan",
  NUMBER_LESS_THAN_OR_EQUAL_TO: "lessThanOrEqual",
};
const DATE_OPS: Partial<Record<DataValidationCriteria, ExcelJS.DataValidationOperator>> = {
  DATE_BETWEEN: "between",
  DATE_NOT_BETWEEN: "notBetween",
  DATE_EQUAL_TO: "equal",
  DATE_AFTER: "greaterThan",
  DATE_ON_OR_AFTER: "greaterThanOrEqual",
  DATE_BEFORE: "lessThan",
  DATE_ON_OR_BEFORE: "lessThanOrEqual",
};

function invert<K extends string, V extends string>(map: Partial<Record<K, V>>): Map<V, K> {
  return new Map(Object.entries(map).map(([k, v]) => [v as V, k as K]));
}
const NUMBER_CRITERIA = invert(NUMBER_OPS);
const DATE_CRITERIA = invert(DATE_OPS);

/** Sheets' "any date" rule travels as "on or after 1900-01-01". */
const ANY_DATE_SERIAL = 1;

export function toExcelValidation(rule: LocalDataValidation, book: LocalSpreadsheet): ExcelJS.DataValidation | undefined {
  const args = rule.args;
  const tz = book.getSpreadsheetTimeZone();
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    ...(rule.allowInvalid ? { errorStyle: "warning" } : {}),
    ...(rule.helpText ? { showInputMessage: true, prompt: rule.helpText } : {}),
  };
  const wallDate = (d: unknown) => utcWallDate(isDate(d) ? serialFromDate(d, tz) : Number(d));
  switch (rule.criteria) {
    case "VALUE_IN_LIST":
      return { ...base, type: "list", formulae: [listLiteral(args[0] as string[])] };
    case "VALUE_IN_RANGE": {
      const r = args[0] as LocalRange;
      const ref = `$${columnLetters(r.column)}$${r.row}:$${columnLetters(r.column + r.numColumns - 1)}$${r.row + r.numRows - 1}`;
      return { ...base, type: "list", formulae: [`${quoteSheetName(r.sheet.name)}!${ref}`] };
    }
    case "DATE_IS_VALID_DATE":
      return { ...base, type: "date", operator: "greaterThanOrEqual", formulae: [utcWallDate(ANY_DATE_SERIAL)] };
    case "CUSTOM_FORMULA":
      return { ...base, type: "custom", formulae: [String(args[0]).replace(/^=/, "")] };
  }
  const numberOp = NUMBER_OPS[rule.criteria];
  if (numberOp) return { ...base, type: "decimal", operator: numberOp, formulae: args.map(Number) };
  const dateOp = DATE_OPS[rule.criteria];
  if (dateOp) return { ...base, type: "date", operator: dateOp, formulae: args.map(wallDate) };
  return undefined; // text rules have no xlsx counterpart
}

function listLiteral(values: string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
}

export function fromExcelValidation(dv: ExcelJS.DataValidation, book: LocalSpreadsheet, sheetName: string): LocalDataValidation | undefined {
  const allowInvalid = dv.showErrorMessage === false || dv.errorStyle === "warning" || dv.errorStyle === "information";
  const help = dv.prompt ? String(dv.prompt) : null;
  const make = (criteria: DataValidationCriteria, args: unknown[]) => new LocalDataValidation(criteria, args, allowInvalid, help);
  const formulae = dv.formulae ?? [];
  const tz = book.getSpreadsheetTimeZone();
  switch (dv.type) {
    case "list": {
      const f = String(formulae[0] ?? "");
      if (/^"[\s\S]*"$/.test(f)) return make("VALUE_IN_LIST", [splitList(f.slice(1, -1)), true]);
      const range = resolveRange(f, book, sheetName);
      return range ? make("VALUE_IN_RANGE", [range, true]) : undefined;
    }
    case "decimal":
    case "whole": {
      const criteria = NUMBER_CRITERIA.get(dv.operator ?? "between");
      return criteria ? make(criteria, formulae.map(Number)) : undefined;
    }
    case "date": {
      const serials = formulae.map((d) => (isDate(d) ? serialFromUtcWallDate(d) : Number(d)));
      if (dv.operator === "greaterThanOrEqual" && serials[0] <= ANY_DATE_SERIAL) return make("DATE_IS_VALID_DATE", []);
      const criteria = DATE_CRITERIA.get(dv.operator ?? "between");
      return criteria
        ? make(
            criteria,
            serials.map((s) => dateFromSerial(s, tz)),
          )
        : undefined;
    }
    case "custom":
      return make("CUSTOM_FORMULA", [`=${String(formulae[0] ?? "")}`]);
    default:
      return undefined;
  }
}

/** Excel list literals have no escape for commas; quotes are doubled. */
function splitList(body: string): string[] {
  return body === "" ? [] : body.split(",").map((v) => v.replace(/""/g, '"'));
}

function resolveRange(ref: string, book: LocalSpreadsheet, sheetName: string): LocalRange | undefined {
  try {
    const parsed = parseA1(ref.replace(/^=/, ""));
    const sheet = book.getSheetByName(parsed.sheetName ?? sheetName);
    if (!sheet || parsed.startRow === undefined || parsed.startCol === undefined) return undefined;
    const endRow = Math.min(parsed.endRow ?? sheet.maxRows, sheet.maxRows);
    const endCol = Math.min(parsed.endCol ?? parsed.startCol, sheet.maxColumns);
    if (parsed.startRow > endRow || parsed.startCol > endCol) return undefined;
    return new LocalRange(sheet, parsed.startRow, parsed.startCol, endRow - parsed.startRow + 1, endCol - parsed.startCol + 1);
  } catch {
    return undefined;
  }
}
