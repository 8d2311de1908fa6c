import { DataValidationCriteria, DeveloperMetadataVisibility, ProtectionType } from "../enums";
import { recalculate } from "../formula/recalc";
import { service } from "../kinds";
import type { LocalSpreadsheet } from "../model/spreadsheet";
import { DataValidationBuilder } from "../model/validation";

/** SpreadsheetApp bound to one open workbook, as in a container-bound script. */
export function makeSpreadsheetApp(book: LocalSpreadsheet, ui: object) {
  return service("SpreadsheetApp", {
    DataValidationCriteria,
    DeveloperMetadataVisibility,
    ProtectionType,
    getActiveSpreadsheet: () => book,
    getUi: () => ui,
    // Pending writes are applied and formulas recalculated, as after every flush in Sheets.
    flush: () => recalculate(book),
    newDataValidation: () => new DataValidationBuilder(),
  });
}
