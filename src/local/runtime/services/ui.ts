import { Button, ButtonSet } from "../enums";
import { signatureError } from "../errors";
import { service, tag } from "../kinds";

export type MenuItem = { caption: string; functionName: string } | { separator: true };

export interface MenuRecord {
  caption: string;
  items: MenuItem[];
}

export interface UiEvent {
  kind: "alert" | "prompt" | "toast" | "sidebar" | "dialog";
  title?: string;
  message?: string;
  html?: string;
  /** The ButtonSet offered (alert, prompt). */
  buttons?: string;
  /** A dialog's size, when the script set one. */
  width?: number;
  height?: number;
  /** What the scripted user answered. */
  button?: string;
  text?: string;
}

export interface UiReply {
  button?: "OK" | "CANCEL" | "YES" | "NO" | "CLOSE";
  text?: string;
}

/** Everything the add-on showed, and the answers a test scripted for the user. */
export class UiRecorder {
  menus: MenuRecord[] = [];
  log: UiEvent[] = [];
  private replies: UiReply[] = [];

  /** Queue a reply for the next alert or prompt; replies are used in order. */
  answer(reply: UiReply): this {
    this.replies.push(reply);
    return this;
  }

  /** Log entries of one kind, e.g. `ui.shown('toast')`. */
  shown(kind: UiEvent["kind"]): UiEvent[] {
    return this.log.filter((e) => e.kind === kind);
  }

  /** A queued reply, or what a user who just clicks the default button would give. */
  _nextReply(buttons: string): { button: string; text: string } {
    const reply = this.replies.shift();
    const fallback = buttons === "YES_NO" || buttons === "YES_NO_CANCEL" ? "YES" : "OK";
    return { button: reply?.button ?? fallback, text: reply?.text ?? "" };
  }

  /** A menu added again under the same caption replaces the first, as onOpen running twice does in Sheets. */
  _addMenu(menu: MenuRecord): void {
    const i = this.menus.findIndex((m) => m.caption === menu.caption);
    if (i >= 0) this.menus[i] = menu;
    else this.menus.push(menu);
  }
}

export class LocalMenu {
  private items: MenuItem[] = [];

  constructor(
    private readonly recorder: UiRecorder,
    private readonly caption: string,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.items.push({ separator: true });
    return this;
  }
  addToUi(): void {
    this.recorder._addMenu({ caption: this.caption, items: this.items.map((i) => ({ ...i })) });
  }
}
tag(LocalMenu, "Menu");

export class LocalPromptResponse {
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): string {
    return this.button;
  }
}
tag(LocalPromptResponse, "PromptResponse");

interface HtmlLike {
  getContent(): string;
  getTitle(): string;
  width: number | null;
  height: number | null;
}

/** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons), and the same for prompt. */
function dialogArgs(args: unknown[], method: string): { title?: string; message: string; buttons: string } {
  const isSet = (x: unknown) => typeof x === "string" && x in ButtonSet;
  if (args.length === 1) return { message: String(args[0]), buttons: "OK" };
  if (args.length === 2 && isSet(args[1])) return { message: String(args[0]), buttons: String(args[1]) };
  if (args.length === 3 && isSet(args[2])) return { title: String(args[0]), message: String(args[1]), buttons: String(args[2]) };
  throw signatureError(args, `Ui.${method}`);
}

/** SpreadsheetApp.getUi(). */
export function makeUi(recorder: UiRecorder) {
  const showHtml = (kind: "sidebar" | "dialog", output: HtmlLike, title?: unknown) => {
    const event: UiEvent = { kind, title: title === undefined ? output.getTitle() : String(title), html: output.getContent() };
    if (kind === "dialog" && output.width !== null) event.width = output.width;
    if (kind === "dialog" && output.height !== null) event.height = output.height;
    recorder.log.push(event);
  };
  return service("Ui", {
    Button,
    ButtonSet,
    createMenu: (caption: string) => new LocalMenu(recorder, String(caption)),
    alert: (...args: unknown[]) => {
      const a = dialogArgs(args, "alert");
      const { button } = recorder._nextReply(a.buttons);
      recorder.log.push({ kind: "alert", ...a, button });
      return button;
    },
    prompt: (...args: unknown[]) => {
      const a = dialogArgs(args, "prompt");
      const { button, text } = recorder._nextReply(a.buttons);
      recorder.log.push({ kind: "prompt", ...a, button, text });
      return new LocalPromptResponse(text, button);
    },
    showSidebar: (output: HtmlLike) => showHtml("sidebar", output),
    showModalDialog: (output: HtmlLike, title: string) => showHtml("dialog", output, title),
  });
}
