/**
 * Apps Script enums. Real enum members are opaque objects whose `toString()`
 * is their name; here each member *is* its name, so `String(member)`,
 * `===` between members, and a host passing `'NONE'` for `ScriptApp.AuthMode.NONE`
 * all behave the same.
 */
function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  const members = {} as Record<K, K>;
  for (const name of names) members[name] = name;
  return Object.freeze(members);
}

export const DataValidationCriteria = enumOf(
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
);
export type DataValidationCriteria = keyof typeof DataValidationCriteria;

export const BooleanCriteria = enumOf(
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
);

export const ProtectionType = enumOf("RANGE", "SHEET");
export const DeveloperMetadataVisibility = enumOf("DOCUMENT", "PROJECT");
export const WrapStrategy = enumOf("WRAP", "OVERFLOW", "CLIP");
export const BorderStyle = enumOf("DOTTED", "DASHED", "SOLID", "SOLID_MEDIUM", "SOLID_THICK", "DOUBLE");
export const Dimension = enumOf("COLUMNS", "ROWS");
export const Direction = enumOf("UP", "DOWN", "PREVIOUS", "NEXT");
export const SheetType = enumOf("GRID", "OBJECT", "DATASOURCE");

export const Button = enumOf("CLOSE", "OK", "CANCEL", "YES", "NO");
export type Button = keyof typeof Button;
export const ButtonSet = enumOf("OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL");
export type ButtonSet = keyof typeof ButtonSet;

export const AuthMode = enumOf("NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL");
export type AuthMode = keyof typeof AuthMode;
export const TriggerSource = enumOf("SPREADSHEETS", "CLOCK", "FORMS", "DOCUMENTS", "CALENDAR");

export const ChartType = enumOf(
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
);
export const ChartPosition = enumOf("TOP", "RIGHT", "BOTTOM", "NONE");
export const ChartLegendPosition = ChartPosition;
export const ChartCurveStyle = enumOf("NORMAL", "SMOOTH");
export const ChartMergeStrategy = enumOf("MERGE_COLUMNS", "MERGE_ROWS");
export const ChartHiddenDimensionStrategy = enumOf("IGNORE_BOTH", "IGNORE_ROWS", "IGNORE_COLUMNS", "SHOW_BOTH");
