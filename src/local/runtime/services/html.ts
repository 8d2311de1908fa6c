import { gasError } from "../errors";
import { service, tag } from "../kinds";

export class LocalHtmlOutput {
  private title = "";
  private width: number | null = null;
  private height: number | null = null;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }
  append(addedContent: string): this {
    this.content += String(addedContent ?? "");
    return this;
  }
  clear(): this {
    this.content = "";
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title ?? "");
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = Number(width);
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = Number(height);
    return this;
  }
}
tag(LocalHtmlOutput, "HtmlOutput");

/** Runs compiled template code with the template's fields in scope; returns the page text. */
export type TemplateEvaluator = (code: string, fields: Record<string, unknown>) => string;

const SOURCES = new WeakMap<LocalHtmlTemplate, { source: string; evaluate: TemplateEvaluator }>();

/**
 * A scriptlet template. Fields a script assigns (`t.data = …`) are plain
 * properties, visible to `<?= data ?>` when evaluated, as in Apps Script.
 */
export class LocalHtmlTemplate {
  [field: string]: unknown;

  constructor(source: string, evaluate: TemplateEvaluator) {
    SOURCES.set(this, { source, evaluate });
  }

  evaluate(): LocalHtmlOutput {
    const { source, evaluate } = SOURCES.get(this)!;
    const fields: Record<string, unknown> = {};
    for (const key of Object.keys(this)) fields[key] = this[key];
    return new LocalHtmlOutput(evaluate(compileTemplate(source), fields));
  }
  getCode(): string {
    return compileTemplate(SOURCES.get(this)!.source);
  }
}
tag(LocalHtmlTemplate, "HtmlTemplate");

export function escapeHtml(text: string): string {
  const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  return text.replace(/[&<>"']/g, (ch) => entities[ch]);
}

/**
 * `<?= expr ?>` prints escaped, `<?!= expr ?>` prints raw and `<? code ?>`
 * runs, so loops may wrap markup. The result is the body of a function of
 * `__out`, `__esc` and `__raw`.
 */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) parts.push(`__out.push(${JSON.stringify(source.slice(last, m.index))});`);
    const body = m[2].trim();
    if (m[1] === "=") parts.push(`__out.push(__esc(${body}));`);
    else if (m[1] === "!=") parts.push(`__out.push(__raw(${body}));`);
    else parts.push(body);
    last = re.lastIndex;
  }
  if (last < source.length) parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  return parts.join("\n");
}

/** Wraps compiled template code so it can be evaluated in any realm. */
export function templateFunctionSource(code: string): string {
  return `(function (__fields, __esc, __raw) {\nvar __out = [];\nwith (__fields) {\n${code}\n}\nreturn __out.join("");\n})`;
}

export function printable(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

export function makeHtmlService(files: Record<string, string>, evaluate: TemplateEvaluator) {
  const file = (name: string) => {
    const key = String(name).replace(/\.html$/, "");
    const text = files[key] ?? files[`${key}.html`];
    if (text === undefined) throw gasError(`No HTML file named ${key} was found.`);
    return text;
  };
  return service("HtmlService", {
    createHtmlOutput: (html?: unknown) => (html instanceof LocalHtmlTemplate ? html.evaluate() : new LocalHtmlOutput(html == null ? "" : String(html))),
    createHtmlOutputFromFile: (filename: string) => new LocalHtmlOutput(file(filename)),
    createTemplateFromFile: (filename: string) => new LocalHtmlTemplate(file(filename), evaluate),
  });
}
