import type { DataValidationCriteria } from "../enums";
import { gasError } from "../errors";
import { tag, unwrap } from "../kinds";

type Criteria = DataValidationCriteria;

/** A cell's data-validation rule; immutable like Apps Script's (change it through copy()). */
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

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder();
    b.criteria = this.criteria;
    b.args = this.args.slice();
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b;
  }
}
tag(LocalDataValidation, "DataValidation");

/** `requireX(...)` methods and the criteria each one sets; arguments become the criteria values. */
const REQUIRE = {
  requireDate: "DATE_IS_VALID_DATE",
  requireDateAfter: "DATE_AFTER",
  requireDateBefore: "DATE_BEFORE",
  requireDateBetween: "DATE_BETWEEN",
  requireDateEqualTo: "DATE_EQUAL_TO",
  requireDateNotBetween: "DATE_NOT_BETWEEN",
  requireDateOnOrAfter: "DATE_ON_OR_AFTER",
  requireDateOnOrBefore: "DATE_ON_OR_BEFORE",
  requireFormulaSatisfied: "CUSTOM_FORMULA",
  requireNumberBetween: "NUMBER_BETWEEN",
  requireNumberEqualTo: "NUMBER_EQUAL_TO",
  requireNumberGreaterThan: "NUMBER_GREATER_THAN",
  requireNumberGreaterThanOrEqualTo: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  requireNumberLessThan: "NUMBER_LESS_THAN",
  requireNumberLessThanOrEqualTo: "NUMBER_LESS_THAN_OR_EQUAL_TO",
  requireNumberNotBetween: "NUMBER_NOT_BETWEEN",
  requireNumberNotEqualTo: "NUMBER_NOT_EQUAL_TO",
  requireTextContains: "TEXT_CONTAINS",
  requireTextDoesNotContain: "TEXT_DOES_NOT_CONTAIN",
  requireTextEqualTo: "TEXT_EQUAL_TO",
  requireTextIsEmail: "TEXT_IS_VALID_EMAIL",
  requireTextIsUrl: "TEXT_IS_VALID_URL",
  requireCheckbox: "CHECKBOX",
} as const satisfies Record<string, Criteria>;
type RequireMethod = keyof typeof REQUIRE;

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the require* methods are put on the prototype from REQUIRE; the interface below types them.
export class DataValidationBuilder {
  criteria: Criteria | undefined;
  args: unknown[] = [];
  /** New rules in Apps Script warn rather than reject until told otherwise. */
  allowInvalid = true;
  helpText: string | null = null;

  requireValueInList(values: unknown[], showDropdown = true): this {
    return setCriteria(this, "VALUE_IN_LIST", [Array.from(values, String), showDropdown !== false]);
  }

  requireValueInRange(range: unknown, showDropdown = true): this {
    return setCriteria(this, "VALUE_IN_RANGE", [unwrap(range), showDropdown !== false]);
  }

  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow !== false;
    return this;
  }

  setHelpText(text: string): this {
    this.helpText = text === null || text === undefined ? null : String(text);
    return this;
  }

  getCriteriaType(): Criteria | undefined {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.args.slice();
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  copy(): DataValidationBuilder {
    return Object.assign(new DataValidationBuilder(), { ...this, args: this.args.slice() });
  }

  build(): LocalDataValidation {
    if (!this.criteria) throw gasError("You must specify a validation criteria.");
    return new LocalDataValidation(this.criteria, this.args.slice(), this.allowInvalid, this.helpText);
  }
}
for (const [method, criteria] of Object.entries(REQUIRE)) {
  Object.defineProperty(DataValidationBuilder.prototype, method, {
    value: function (this: DataValidationBuilder, ...args: unknown[]) {
      return setCriteria(this, criteria, args);
    },
    writable: true,
    configurable: true,
  });
}
tag(DataValidationBuilder, "DataValidationBuilder");

function setCriteria<B extends DataValidationBuilder>(b: B, criteria: Criteria, args: unknown[]): B {
  b.criteria = criteria;
  b.args = args;
  return b;
}

// Declaration merging gives the generated require* methods their types.
export interface DataValidationBuilder extends Record<RequireMethod, (...args: unknown[]) => DataValidationBuilder> {}
