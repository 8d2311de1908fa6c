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

export type StyleKey = "bold" | "italic" | "background" | "fontColor" | "hAlign" | "vAlign" | "wrap" | "fontSize";

interface StyleSpec {
  key: StyleKey;
  /** What Sheets reports for a cell that was never styled. */
  fallback: string | number | boolean;
  /** Turns the script's argument into the stored form (`undefined` resets to default). */
  store(value: unknown): string | number | boolean | undefined;
  /** Turns the stored form into what getters return. */
  show?(stored: string | number | boolean): string | number | boolean;
}

const ALIGN_H = new Set(["left", "center", "right", "normal", "general"]);
const ALIGN_V = new Set(["top", "middle", "bottom"]);
const WRAPS = new Set(["WRAP", "OVERFLOW", "CLIP"]);

export const STYLES = {
  fontWeight: {
    key: "bold",
    fallback: "normal",
    store: (v) => (v === null || v === undefined ? undefined : String(v).toLowerCase() === "bold" ? true : undefined),
    show: (b) => (b ? "bold" : "normal"),
  },
  fontStyle: {
    key: "italic",
    fallback: "normal",
    store: (v) => (v === null || v === undefined ? undefined : String(v).toLowerCase() === "italic" ? true : undefined),
    show: (b) => (b ? "italic" : "normal"),
  },
  background: { key: "background", fallback: "#ffffff", store: normalizeColor },
  fontColor: { key: "fontColor", fallback: "#000000", store: normalizeColor },
  horizontalAlignment: {
    key: "hAlign",
    fallback: "general",
    store: (v) => {
      if (v === null || v === undefined) return undefined;
      const a = String(v).toLowerCase();
      if (!ALIGN_H.has(a)) throw gasError(`Invalid argument: ${v}`);
      return a === "normal" || a === "general" ? undefined : a;
    },
  },
  verticalAlignment: {
    key: "vAlign",
    fallback: "bottom",
    store: (v) => {
      if (v === null || v === undefined) return undefined;
      const a = String(v).toLowerCase();
      if (!ALIGN_V.has(a)) throw gasError(`Invalid argument: ${v}`);
      return a;
    },
  },
  wrapStrategy: {
    key: "wrap",
    fallback: "OVERFLOW",
    store: (v) => {
      if (v === null || v === undefined) return undefined;
      const s = String(v);
      if (!WRAPS.has(s)) throw gasError(`Invalid argument: ${s}`);
      return s === "OVERFLOW" ? undefined : s;
    },
  },
  fontSize: {
    key: "fontSize",
    fallback: 10,
    store: (v) => (v === null || v === undefined ? undefined : Number(v)),
  },
} satisfies Record<string, StyleSpec>;

export type StyleName = keyof typeof STYLES;

export function readStyle(cell: Cell | undefined, spec: StyleSpec): string | number | boolean {
  const stored = cell?.[spec.key];
  if (stored === undefined) return spec.fallback;
  return spec.show ? spec.show(stored) : stored;
}

export function writeStyle(cell: Cell, spec: StyleSpec, value: unknown): void {
  const stored = spec.store(value);
  if (stored === undefined) delete cell[spec.key];
  else (cell as Record<string, unknown>)[spec.key] = stored;
}
