import { sampleFacts } from "../../src/local/sample/workbook";

/** The 1-based row a sponsorship saved into the sample's 赞助记录 lands on: just below its last row. */
export const NEXT_LEDGER_ROW = sampleFacts.ledgerRows + 2;
