/**
 * Developer metadata on a sheet: key/value tags a script leaves on what it made, so a later run
 * can tell its own tab from a user's tab of the same name.
 *
 * Apps Script reference (Sheet.addDeveloperMetadata, class DeveloperMetadata, enum
 * DeveloperMetadataVisibility) and the Sheets API's DeveloperMetadata resource:
 * - overloads (key), (key, visibility), (key, value), (key, value, visibility); the key is required;
 * - getValue() is null when no value was given;
 * - DOCUMENT is visible to any project with access, PROJECT only to the project that made it
 *   (this runtime runs one project, so both are visible to it);
 * - "if the associated object is deleted its metadata is deleted too": it lives on the sheet here.
 * Not kept: .xlsx files cannot carry it.
 */
import { DeveloperMetadataVisibility } from "../enums";
import { signatureError } from "../errors";
import { tag } from "../kinds";

type Visibility = keyof typeof DeveloperMetadataVisibility;

const isVisibility = (v: unknown): v is Visibility => typeof v === "string" && v in DeveloperMetadataVisibility;

export class LocalDeveloperMetadata {
  constructor(
    private readonly key: string,
    private value: string | null,
    readonly visibility: Visibility,
  ) {}

  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  setValue(value: string): this {
    if (typeof value !== "string") throw signatureError([value], "SpreadsheetApp.DeveloperMetadata.setValue");
    this.value = value;
    return this;
  }
}
tag(LocalDeveloperMetadata, "DeveloperMetadata");

/** Sheet.addDeveloperMetadata in each of its overloads; the new entry joins `list`. */
export function addDeveloperMetadata(list: LocalDeveloperMetadata[], args: unknown[], method: string): void {
  const [key, second, third] = args;
  let value: unknown = null;
  let visibility: unknown = "DOCUMENT";
  if (args.length === 2 && isVisibility(second)) visibility = second;
  else if (args.length >= 2) value = second;
  if (args.length === 3) visibility = third;
  const fits =
    args.length >= 1 && args.length <= 3 && typeof key === "string" && key !== "" && (value === null || typeof value === "string") && isVisibility(visibility);
  if (!fits) throw signatureError(args, method);
  list.push(new LocalDeveloperMetadata(key as string, value as string | null, visibility as Visibility));
}
