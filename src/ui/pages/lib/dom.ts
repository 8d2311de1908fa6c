/**
 * DOM helpers. Everything the sheet holds or the user typed reaches the page through
 * textContent or a property, never innerHTML, so a sponsor named `<img src=x onerror=…>` is text.
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

type Attrs = Record<string, string | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === "text") node.textContent = String(v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) node.append(c);
  return node;
}

/** Shows (or clears) the message under a field and marks the field for assistive technology. */
export function setFieldError(field: string, message: string | undefined): void {
  const box = document.getElementById(`err-${field}`);
  const input = document.getElementById(field);
  if (box) {
    box.textContent = message ?? "";
    box.hidden = !message;
  }
  if (input) {
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
}

/** Replaces every field message; focuses the first field in error so the keyboard user lands on it. */
export function showFieldErrors(fields: readonly string[], errors: Record<string, string>): void {
  for (const f of fields) setFieldError(f, errors[f]);
  const first = fields.find((f) => errors[f]);
  if (first) (document.getElementById(first) ?? document.getElementById(`err-${first}`))?.focus();
}

/**
 * One save at a time: the flag is set before the first await, so a double click sends one call.
 * The fields are disabled meanwhile, so nothing typed during the save is cleared by its success.
 */
export function busyGuard(button: HTMLButtonElement, fields: HTMLFieldSetElement, busyText: () => string) {
  let busy = false;
  return async function run(work: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    const label = button.textContent;
    button.disabled = true;
    button.classList.add("busy");
    button.textContent = busyText();
    fields.disabled = true;
    document.body.setAttribute("aria-busy", "true");
    try {
      await work();
    } finally {
      busy = false;
      button.disabled = false;
      button.classList.remove("busy");
      button.textContent = label;
      fields.disabled = false;
      document.body.removeAttribute("aria-busy");
    }
  };
}

/** Status line: polite for success, assertive (role=alert) for a failure. */
export function say(id: string, text: string, kind: "ok" | "error" | "info"): void {
  const box = byId(id);
  box.textContent = text;
  box.className = `notice ${kind}`;
  box.setAttribute("role", kind === "error" ? "alert" : "status");
  box.hidden = text === "";
}

/**
 * A question the server asked before saving (an unusual date, a name like a known sponsor's, a fine
 * beyond what is owed), shown in its panel `#id` with the sentence in `#id-text`; what it is about is
 * kept in the panel's data until it is answered or dropped. The focus goes to the answer to give first.
 */
export function askInPanel(id: string, sentence: string, data: Record<string, string>, focus: string): void {
  byId(`${id}-text`).textContent = sentence;
  const box = byId(id);
  for (const [k, v] of Object.entries(data)) box.dataset[k] = v;
  box.hidden = false;
  byId<HTMLButtonElement>(focus).focus();
}

/** Withdraws a question shown by askInPanel: hidden, its sentence and the given data keys cleared. */
export function dropPanel(id: string, keys: readonly string[]): void {
  const box = byId(id);
  box.hidden = true;
  for (const k of keys) delete box.dataset[k];
  byId(`${id}-text`).textContent = "";
}
