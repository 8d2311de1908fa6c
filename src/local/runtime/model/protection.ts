import { tag } from "../kinds";
import type { Span } from "./spans";

/** What a protection needs of the sheet that makes it (a LocalSheet). */
export interface ProtectedSheet {
  readonly book: { readonly owner: string };
  getMaxRows(): number;
  getMaxColumns(): number;
}

/** A user as Session and Protection.getEditors() hand it out. */
export class LocalUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}
tag(LocalUser, "User");

/**
 * The Google account whose script is running on a workbook: Sheets answers canEdit() for that
 * account, whatever the script is told of its email. The runtime sets it on each SpreadsheetApp
 * call of a session (a script reaches the workbook through SpreadsheetApp first).
 */
const acting = new WeakMap<object, string>();

export function setActingAccount(book: object, account: string): void {
  acting.set(book, account);
}

// Consumer accounts belong to no domain, so "everyone in the domain" never covers them.
const CONSUMER = new Set(["gmail.com", "googlemail.com"]);
const domainOf = (account: string) => account.slice(account.lastIndexOf("@") + 1).toLowerCase();

/**
 * A sheet or range protection. Writes are not refused here: a script run by
 * the owner may edit protected cells in Sheets too. canEdit() tells the truth
 * for the acting account.
 */
export class LocalProtection {
  description = "";
  warningOnly = false;
  domainEdit = true;
  /**
   * "Until the script actually changes the list of editors for the range ... or sets a new value
   * for setDomainEdit, the permissions mirror those of the spreadsheet itself, which effectively
   * means that the range remains unprotected" (Range.protect(), Apps Script reference).
   */
  mirrorsSpreadsheet = true;
  /** Editors besides the spreadsheet's owner, who is always one ("neither the owner of the spreadsheet nor the current user can be removed"). */
  editors: string[] = [];

  constructor(
    readonly type: "SHEET" | "RANGE",
    readonly sheet: ProtectedSheet,
    /** The cells a range protection covers; it moves with them when rows or columns come and go. */
    public range: Span,
  ) {}

  setDescription(description: string): this {
    this.description = String(description ?? "");
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    // Sheets API ProtectedRange.warningOnly: turned off without naming editors, "the editors will be
    // set to all the editors in the document".
    if (this.warningOnly && !warningOnly) this.mirrorsSpreadsheet = true;
    this.warningOnly = !!warningOnly;
    if (this.warningOnly) this.editors = [];
    return this;
  }
  /**
   * A warning-only protection lets "every user edit data in the protected range" after a warning
   * (Sheets API ProtectedRange.warningOnly), so it is true for everyone; otherwise only the
   * spreadsheet's owner, the listed editors and, with domain edit on, the owner's Workspace domain.
   */
  canEdit(): boolean {
    if (this.warningOnly || this.mirrorsSpreadsheet) return true;
    const owner = this.sheet.book.owner;
    const who = acting.get(this.sheet.book) ?? owner;
    if (who === owner || this.editors.includes(who)) return true;
    const domain = domainOf(owner);
    return this.domainEdit && !CONSUMER.has(domain) && domainOf(who) === domain;
  }
  setDomainEdit(editable: boolean): this {
    this.mirrorsSpreadsheet = false;
    this.domainEdit = !!editable;
    return this;
  }
  getEditors(): LocalUser[] {
    return [this.sheet.book.owner, ...this.editors].map((e) => new LocalUser(e));
  }
  addEditor(user: string | LocalUser): this {
    const email = typeof user === "string" ? user : user.getEmail();
    this.mirrorsSpreadsheet = false;
    if (email !== this.sheet.book.owner && !this.editors.includes(email)) this.editors.push(email);
    return this;
  }
  removeEditor(user: string | LocalUser): this {
    const email = typeof user === "string" ? user : user.getEmail();
    this.mirrorsSpreadsheet = false;
    this.editors = this.editors.filter((e) => e !== email);
    return this;
  }
  removeEditors(users: (string | LocalUser)[]): this {
    this.mirrorsSpreadsheet = false;
    for (const u of users) this.removeEditor(u);
    return this;
  }
  /** Always empty: the add-on reads these but never sets any, so nothing here makes them. */
  getUnprotectedRanges(): Span[] {
    return [];
  }
}
tag(LocalProtection, "Protection");
