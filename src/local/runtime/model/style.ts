import { gasError } from "../errors";
import type { Cell } from "./grid";

/** Sheets reports colours as lower-case `#rrggbb`, whatever form they were set in. */
const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  lime: "#00ff00",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#c0c0c0",
  cyan: "#00ffff",
  magenta: "#ff00ff",
  pink: "#ffc0cb",
  brown: "#a52a2a",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
};

export function normalizeColor(color: unknown): string | undefined {
  if (color === null || color === undefined || color === "") return undefined;
  const text = String(color).trim().toLowerCase();
  if (NAMED[text]) return NAMED[text];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(text);
  if (rgb)
    return `#${rgb
      .slice(1)
      .map((n) => Number(n).toString(16).padStart(2, "0"))
      .join("")}`;
  return text;
}

export type StyleKey = "bold" | "background" | "hAlign";

interface StyleSpec {
  key: StyleKey;
  /** Turns the script's argument into the stored form (`undefined` resets to default). */
  store(value: unknown): string | boolean | undefined;
}

const ALIGN_H = new Set(["left", "center", "right", "normal", "general"]);

/** The styles a script may set; a loaded workbook's other styles (italic, font colour, vertical alignment, wrap) are kept as they are. */
export const STYLES = {
  fontWeight: {
    key: "bold",
    store: (v) => (v === null || v === undefined ? undefined : String(v).toLowerCase() === "bold" ? true : undefined),
  },
  background: { key: "background", store: normalizeColor },
  horizontalAlignment: {
    key: "hAlign",
    store: (v) => {
      if (v === null || v === undefined) return undefined;
      const a = String(v).toLowerCase();
      if (!ALIGN_H.has(a)) throw gasError(`Invalid argument: ${v}`);
      return a === "normal" || a === "general" ? undefined : a;
    },
  },
} satisfies Record<string, StyleSpec>;

export type StyleName = keyof typeof STYLES;

export function writeStyle(cell: Cell, spec: StyleSpec, value: unknown): void {
  const stored = spec.store(value);
  if (stored === undefined) delete cell[spec.key];
  else (cell as Record<string, unknown>)[spec.key] = stored;
}
