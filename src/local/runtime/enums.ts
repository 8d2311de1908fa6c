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

/** The criteria a rule here can have: list rules a script makes, and the number, date and formula rules an .xlsx can hold. */
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
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
);
export type DataValidationCriteria = keyof typeof DataValidationCriteria;

export const ProtectionType = enumOf("RANGE", "SHEET");
export const DeveloperMetadataVisibility = enumOf("DOCUMENT", "PROJECT");

export const Button = enumOf("CLOSE", "OK", "CANCEL", "YES", "NO");
export type Button = keyof typeof Button;
export const ButtonSet = enumOf("OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL");
export type ButtonSet = keyof typeof ButtonSet;

export const AuthMode = enumOf("NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL");
export type AuthMode = keyof typeof AuthMode;

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
