import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataVisibility,
  Dimension,
  Direction,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from "../enums";
import { gasError } from "../errors";
import { recalculate } from "../formula/recalc";
import { service } from "../kinds";
import type { LocalRange } from "../model/range";
import type { LocalSheet } from "../model/sheet";
import type { LocalSpreadsheet } from "../model/spreadsheet";
import { DataValidationBuilder } from "../model/validation";

/** SpreadsheetApp bound to one open workbook, as in a container-bound script. */
export function makeSpreadsheetApp(book: LocalSpreadsheet, ui: object) {
  // Only the bound workbook exists here; any other id is what Sheets says of an unknown file.
  const open = (what: string, matches: boolean) => {
    if (!matches) throw gasError(`Unexpected error while getting the method or property ${what} on object SpreadsheetApp.`);
    return book;
  };
  return service("SpreadsheetApp", {
    BooleanCriteria,
    BorderStyle,
    DataValidationCriteria,
    DeveloperMetadataVisibility,
    Dimension,
    Direction,
    ProtectionType,
    SheetType,
    WrapStrategy,
    getActive: () => book,
    getActiveSpreadsheet: () => book,
    getActiveSheet: () => book.getActiveSheet(),
    getActiveRange: () => book.getActiveRange(),
    getCurrentCell: () => book.getCurrentCell(),
    setActiveSheet: (sheet: LocalSheet) => book.setActiveSheet(sheet),
    setActiveRange: (range: LocalRange) => book.setActiveRange(range),
    openById: (id: string) => open("openById", id === book.getId()),
    openByUrl: (url: string) => open("openByUrl", String(url).includes(book.getId())),
    getUi: () => ui,
    // Pending writes are applied and formulas recalculated, as after every flush in Sheets.
    flush: () => recalculate(book),
    newDataValidation: () => new DataValidationBuilder(),
  });
}
