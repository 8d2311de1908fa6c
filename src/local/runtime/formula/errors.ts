import { CellError } from "../values";

/**
 * A formula's error result. getValues() shows the code (`#REF!`); Sheets shows `message` when the
 * pointer rests on the cell, which is where a custom function's thrown message ends up.
 */
export class FormulaError extends CellError {
  constructor(
    code: "#ERROR!" | "#N/A" | "#VALUE!" | "#REF!" | "#DIV/0!" | "#NUM!" | "#NAME?",
    readonly message: string,
  ) {
    super(code);
  }
}

/** A formula this runtime cannot evaluate (a function it does not know): the cell keeps no value. */
export class Unsupported extends Error {}

export const PARSE_ERROR = "Formula parse error.";

export function parseError(): FormulaError {
  return new FormulaError("#ERROR!", PARSE_ERROR);
}
