import { gasError } from "../errors";
import { service, tag } from "../kinds";

/** A page the add-on shows in a dialog or sidebar: its HTML, title and size. */
export class LocalHtmlOutput {
  private title = "";
  /** The size the dialog opens at (a sidebar's width is fixed by Sheets). */
  width: number | null = null;
  height: number | null = null;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title ?? "");
    return this;
  }
  setWidth(width: number): this {
    this.width = Number(width);
    return this;
  }
  setHeight(height: number): this {
    this.height = Number(height);
    return this;
  }
}
tag(LocalHtmlOutput, "HtmlOutput");

/** HtmlService over the project's HTML files, by name without `.html`. */
export function makeHtmlService(files: Record<string, string>) {
  const file = (name: string) => {
    const key = String(name).replace(/\.html$/, "");
    const text = files[key] ?? files[`${key}.html`];
    if (text === undefined) throw gasError(`No HTML file named ${key} was found.`);
    return text;
  };
  return service("HtmlService", {
    createHtmlOutput: (html?: unknown) => new LocalHtmlOutput(html == null ? "" : String(html)),
    createHtmlOutputFromFile: (filename: string) => new LocalHtmlOutput(file(filename)),
  });
}
