/** 自检 page: runs the check on the server, shows the ✓/✗ table and copies it as text. */

import { type SelfCheckReport, selfCheckReport } from "../../../domain/self-check-report";
import type { Lang, Params } from "../../../domain/text";
import { byId, el, say } from "../lib/dom";
import { applyLabels, browserLang, unexpectedText, word } from "../lib/i18n";
import { server } from "../lib/server";
import { L } from "./labels";

declare const google: { script: { host: { close(): void } } };

let lang: Lang = browserLang();
const tr = (key: string, params?: Params) => word(L, key, lang, params);
let running = false;

function show(r: SelfCheckReport): void {
  lang = r.lang;
  applyLabels(document, L, lang);
  const failed = r.total - r.passed;
  byId("summary").textContent = failed === 0 ? tr("allPassed", { total: r.total }) : tr("someFailed", { failed, total: r.total });
  byId("rows").replaceChildren(
    ...r.checks.map((c) =>
      el(
        "tr",
        { class: c.ok ? "ok" : "fail" },
        el(
          "td",
          { class: "verdict" },
          el("span", { "aria-hidden": "true", text: c.ok ? "✓" : "✗" }),
          el("span", { class: "visually-hidden", text: tr(c.ok ? "pass" : "fail") }),
        ),
        el("td", { class: "name", text: c.name }),
        el("td", { class: "detail", text: c.detail }),
        el("td", { class: "fix", text: c.fix }),
      ),
    ),
  );
  // With nothing to fix, the empty "what to do" column would only squeeze the others.
  byId("result").classList.toggle("clean", failed === 0);
  byId<HTMLTextAreaElement>("report").value = r.text;
  byId("result").hidden = false;
}

async function run(): Promise<void> {
  if (running) return;
  running = true;
  applyLabels(document, L, lang);
  byId("running").hidden = false;
  byId("load-error").hidden = true;
  byId<HTMLButtonElement>("again").disabled = true;
  say("copy-status", "", "info");
  document.body.setAttribute("aria-busy", "true");
  try {
    show(selfCheckReport(await server.selfCheck()));
  } catch (e) {
    say("load-error", unexpectedText(e, lang), "error");
  } finally {
    running = false;
    byId("running").hidden = true;
    byId<HTMLButtonElement>("again").disabled = false;
    document.body.removeAttribute("aria-busy");
  }
}

/**
 * A dialog is a cross-origin iframe, where the async Clipboard API is refused unless the frame is
 * allowed `clipboard-write`. execCommand("copy") on a selection needs only the click, so it goes
 * first, still inside the click; if both are refused the text stays selected for Ctrl+C.
 */
async function copy(): Promise<void> {
  const area = byId<HTMLTextAreaElement>("report");
  area.focus();
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  if (!copied && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(area.value);
      copied = true;
    } catch {
      copied = false;
    }
  }
  if (!copied) {
    area.focus();
    area.setSelectionRange(0, area.value.length);
  }
  say("copy-status", tr(copied ? "copied" : "selectToCopy"), copied ? "ok" : "info");
}

byId("copy").addEventListener("click", () => void copy());
byId("again").addEventListener("click", () => void run());
byId("close").addEventListener("click", () => google.script.host.close());

void run();
