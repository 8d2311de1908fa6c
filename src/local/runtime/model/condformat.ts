import { tag, unwrap } from "../kinds";
import type { LocalRange } from "./range";

interface Look {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

interface RuleState {
  ranges: LocalRange[];
  criteria: string | null;
  values: unknown[];
  look: Look;
  gradient: Record<string, unknown> | null;
}

function copyRule(s: RuleState): RuleState {
  return { ...s, ranges: s.ranges.slice(), values: s.values.slice(), look: { ...s.look }, gradient: s.gradient && { ...s.gradient } };
}

/** The "when" half of a conditional format rule with the formatting it applies. */
export class LocalBooleanCondition {
  constructor(private readonly s: RuleState) {}
  getCriteriaType(): string | null {
    return this.s.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.s.values.slice();
  }
  getBackground(): string | null {
    return this.s.look.background;
  }
  getFontColor(): string | null {
    return this.s.look.fontColor;
  }
  getBold(): boolean | null {
    return this.s.look.bold;
  }
  getItalic(): boolean | null {
    return this.s.look.italic;
  }
  getStrikethrough(): boolean | null {
    return this.s.look.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.s.look.underline;
  }
}
tag(LocalBooleanCondition, "ConditionalFormatRule");

/** Conditional formats are stored and handed back, never evaluated or written to .xlsx. */
export class LocalConditionalFormatRule {
  constructor(readonly state: RuleState) {}
  getRanges(): LocalRange[] {
    return this.state.ranges.slice();
  }
  getBooleanCondition(): LocalBooleanCondition | null {
    return this.state.criteria ? new LocalBooleanCondition(this.state) : null;
  }
  getGradientCondition(): Record<string, unknown> | null {
    return this.state.gradient ? { ...this.state.gradient } : null;
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.state);
  }
}
tag(LocalConditionalFormatRule, "ConditionalFormatRule");

const WHEN = {
  whenCellEmpty: "CELL_EMPTY",
  whenCellNotEmpty: "CELL_NOT_EMPTY",
  whenDateAfter: "DATE_AFTER",
  whenDateBefore: "DATE_BEFORE",
  whenDateEqualTo: "DATE_EQUAL_TO",
  whenFormulaSatisfied: "CUSTOM_FORMULA",
  whenNumberBetween: "NUMBER_BETWEEN",
  whenNumberEqualTo: "NUMBER_EQUAL_TO",
  whenNumberGreaterThan: "NUMBER_GREATER_THAN",
  whenNumberGreaterThanOrEqualTo: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  whenNumberLessThan: "NUMBER_LESS_THAN",
  whenNumberLessThanOrEqualTo: "NUMBER_LESS_THAN_OR_EQUAL_TO",
  whenNumberNotBetween: "NUMBER_NOT_BETWEEN",
  whenNumberNotEqualTo: "NUMBER_NOT_EQUAL_TO",
  whenTextContains: "TEXT_CONTAINS",
  whenTextDoesNotContain: "TEXT_DOES_NOT_CONTAIN",
  whenTextEndsWith: "TEXT_ENDS_WITH",
  whenTextEqualTo: "TEXT_EQUAL_TO",
  whenTextStartsWith: "TEXT_STARTS_WITH",
} as const;
const LOOK = {
  setBackground: "background",
  setFontColor: "fontColor",
  setBold: "bold",
  setItalic: "italic",
  setStrikethrough: "strikethrough",
  setUnderline: "underline",
} as const;
const GRADIENT = [
  "setGradientMaxpoint",
  "setGradientMaxpointWithValue",
  "setGradientMidpointWithValue",
  "setGradientMinpoint",
  "setGradientMinpointWithValue",
];

export class ConditionalFormatRuleBuilder {
  state: RuleState;

  constructor(state?: RuleState) {
    this.state = state
      ? copyRule(state)
      : {
          ranges: [],
          criteria: null,
          values: [],
          look: { background: null, fontColor: null, bold: null, italic: null, strikethrough: null, underline: null },
          gradient: null,
        };
  }
  setRanges(ranges: LocalRange[]): this {
    this.state.ranges = Array.from(ranges, unwrap);
    return this;
  }
  getRanges(): LocalRange[] {
    return this.state.ranges.slice();
  }
  withCriteria(criteria: string, args: unknown[]): this {
    this.state.criteria = String(criteria);
    this.state.values = Array.from(args);
    return this;
  }
  getBooleanCondition(): LocalBooleanCondition | null {
    return this.state.criteria ? new LocalBooleanCondition(this.state) : null;
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.state);
  }
  build(): LocalConditionalFormatRule {
    return new LocalConditionalFormatRule(copyRule(this.state));
  }
}
function method(name: string, fn: (this: ConditionalFormatRuleBuilder, ...args: unknown[]) => ConditionalFormatRuleBuilder) {
  Object.defineProperty(ConditionalFormatRuleBuilder.prototype, name, { value: fn, writable: true, configurable: true });
}
for (const [name, criteria] of Object.entries(WHEN)) {
  method(name, function (...args) {
    return this.withCriteria(criteria, args);
  });
}
for (const [name, key] of Object.entries(LOOK)) {
  method(name, function (value) {
    (this.state.look as unknown as Record<string, unknown>)[key] = value ?? null;
    return this;
  });
}
for (const name of GRADIENT) {
  method(name, function (...args) {
    this.state.gradient = { ...(this.state.gradient ?? {}), [name]: args };
    return this;
  });
}
tag(ConditionalFormatRuleBuilder, "ConditionalFormatRuleBuilder");

export interface ConditionalFormatRuleBuilder
  extends Record<keyof typeof WHEN | keyof typeof LOOK, (...args: unknown[]) => ConditionalFormatRuleBuilder> {}
