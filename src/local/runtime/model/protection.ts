import { tag, unwrap } from "../kinds";
import type { LocalRange } from "./range";
import type { LocalSheet } from "./sheet";

/** A user as Session and Protection.getEditors() hand it out. */
export class LocalUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getUserLoginId(): string {
    return this.email;
  }
}
tag(LocalUser, "User");

/**
 * A sheet or range protection. Editing rights are not enforced: a script run
 * by the owner may edit protected cells in Sheets too.
 */
export class LocalProtection {
  description = "";
  warningOnly = false;
  domainEdit = true;
  rangeName: string | null = null;
  editors: string[];
  unprotected: LocalRange[] = [];

  constructor(
    readonly type: "SHEET" | "RANGE",
    readonly sheet: LocalSheet,
    public range: LocalRange,
    owner: string,
  ) {
    this.editors = [owner];
  }

  getProtectionType(): "SHEET" | "RANGE" {
    return this.type;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): this {
    this.description = String(description ?? "");
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = !!warningOnly;
    if (this.warningOnly) this.editors = [];
    return this;
  }
  canEdit(): boolean {
    return true;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.domainEdit = !!editable;
    return this;
  }
  getEditors(): LocalUser[] {
    return this.editors.map((e) => new LocalUser(e));
  }
  addEditor(user: string | LocalUser): this {
    const email = typeof user === "string" ? user : user.getEmail();
    if (!this.editors.includes(email)) this.editors.push(email);
    return this;
  }
  addEditors(emails: string[]): this {
    for (const e of emails) this.addEditor(e);
    return this;
  }
  removeEditor(user: string | LocalUser): this {
    const email = typeof user === "string" ? user : user.getEmail();
    this.editors = this.editors.filter((e) => e !== email);
    return this;
  }
  removeEditors(users: (string | LocalUser)[]): this {
    for (const u of users) this.removeEditor(u);
    return this;
  }
  getRange(): LocalRange {
    return this.range;
  }
  setRange(range: LocalRange): this {
    this.range = unwrap(range);
    return this;
  }
  getRangeName(): string | null {
    return this.rangeName;
  }
  setRangeName(name: string): this {
    this.rangeName = name;
    return this;
  }
  getUnprotectedRanges(): LocalRange[] {
    return this.unprotected.slice();
  }
  setUnprotectedRanges(ranges: LocalRange[]): this {
    this.unprotected = Array.from(ranges, unwrap);
    return this;
  }
  remove(): void {
    this.sheet._dropProtection(this);
  }
}
tag(LocalProtection, "Protection");
