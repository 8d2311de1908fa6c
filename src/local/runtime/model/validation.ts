import type { DataValidationCriteria } from "../enums";
import { gasError } from "../errors";
import { tag, unwrap } from "../kinds";

type Criteria = DataValidationCriteria;

/** A cell's data-validation rule, immutable like Apps Script's. A script makes list rules; a loaded workbook may hold number, date and formula rules too. */
export class LocalDataValidation {
  constructor(
    readonly criteria: Criteria,
    readonly args: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
  ) {}

  getCriteriaType(): Criteria {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.args.map((a) => (Array.isArray(a) ? a.slice() : a));
  }
}
tag(LocalDataValidation, "DataValidation");

export class DataValidationBuilder {
  criteria: Criteria | undefined;
  args: unknown[] = [];
  /** New rules in Apps Script warn rather than reject until told otherwise. */
  allowInvalid = true;
  helpText: string | null = null;

  requireValueInList(values: unknown[], showDropdown = true): this {
    return this._criteria("VALUE_IN_LIST", [Array.from(values, String), showDropdown !== false]);
  }

  requireValueInRange(range: unknown, showDropdown = true): this {
    return this._criteria("VALUE_IN_RANGE", [unwrap(range), showDropdown !== false]);
  }

  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow !== false;
    return this;
  }

  setHelpText(text: string): this {
    this.helpText = text === null || text === undefined ? null : String(text);
    return this;
  }

  build(): LocalDataValidation {
    if (!this.criteria) throw gasError("You must specify a validation criteria.");
    return new LocalDataValidation(this.criteria, this.args.slice(), this.allowInvalid, this.helpText);
  }

  private _criteria(criteria: Criteria, args: unknown[]): this {
    this.criteria = criteria;
    this.args = args;
    return this;
  }
}
tag(DataValidationBuilder, "DataValidationBuilder");
