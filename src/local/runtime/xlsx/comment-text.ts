/**
 * A note's text may be written as formatted runs (`<text><r><t>…</t></r></text>`,
 * as Excel and LibreOffice do) or as bare text (`<text><t>…</t></text>`, also
 * valid and used by other writers). exceljs 4 reads only runs; this teaches its
 * comment parser the bare form. Applied once; skipped if exceljs's layout differs.
 */
interface CommentParser {
  parser?: unknown;
  model: { note: { texts: { text: string }[] } };
  bareText?: string;
}

let patched = false;

export function readBareCommentText(): void {
  if (patched) return;
  patched = true;
  let proto: Record<string, (this: CommentParser, ...args: never[]) => unknown>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    proto = require("exceljs/lib/xlsx/xform/comment/comment-xform.js").prototype;
  } catch {
    return;
  }
  const { parseOpen, parseText, parseClose } = proto;
  if (!parseOpen || !parseText || !parseClose) return;
  proto.parseOpen = function (this: CommentParser, node: { name: string }) {
    if (!this.parser && node.name === "t") {
      this.bareText = "";
      return true;
    }
    return parseOpen.call(this, node as never);
  };
  proto.parseText = function (this: CommentParser, text: string) {
    if (this.bareText !== undefined) this.bareText += text;
    else parseText.call(this, text as never);
  };
  proto.parseClose = function (this: CommentParser, name: string) {
    if (this.bareText !== undefined && name === "t") {
      this.model.note.texts.push({ text: this.bareText });
      this.bareText = undefined;
      return true;
    }
    return parseClose.call(this, name as never);
  };
}
