/** Everything the user typed or the sheet holds is escaped before it is shown in a dialog or sidebar. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const PAGE_STYLE =
  "body{font:13px/1.45 Arial,'PingFang SC','Microsoft YaHei',sans-serif;margin:12px;color:#202124}" +
  "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e0e0e0;padding:4px 6px;text-align:left;vertical-align:top}" +
  "th{background:#e8f0fe;position:sticky;top:0}td.cell{font-family:monospace;white-space:nowrap}h2{font-size:15px;margin:0 0 8px}" +
  "code{background:#f1f3f4;padding:0 3px;border-radius:3px}";

export function page(lang: "zh" | "en", body: string): string {
  return `<!DOCTYPE html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><style>${PAGE_STYLE}</style></head><body>${body}</body></html>`;
}
