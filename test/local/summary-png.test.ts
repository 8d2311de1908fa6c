import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { chromiumOnPath, renderSummaryPng } from "../../src/local/summary-png";

const dir = mkdtempSync(join(tmpdir(), "outreach-chromium-"));

function bin(name: string, script: string, executable = true): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  const file = join(folder, "chromium");
  writeFileSync(file, script);
  chmodSync(file, executable ? 0o755 : 0o644);
  return folder;
}

describe("chromiumOnPath", () => {
  test("the first executable chromium on PATH; a file that cannot run, a folder or an empty PATH is none", () => {
    const broken = bin("broken", "#!/bin/sh\nexit 1\n");
    const plain = bin("plain", "", false);
    const folder = join(dir, "folder");
    mkdirSync(join(folder, "chromium"), { recursive: true });
    expect(chromiumOnPath(["", plain, folder, broken].join(delimiter))).toBe(join(broken, "chromium"));
    expect(chromiumOnPath([plain, folder].join(delimiter))).toBeNull();
    expect(chromiumOnPath("")).toBeNull();
  });
});

describe("renderSummaryPng", () => {
  test("a chromium that fails is an error, and no picture is left", async () => {
    const broken = join(bin("fails", "#!/bin/sh\necho 'cannot open display' >&2\nexit 3\n"), "chromium");
    const html = join(dir, "summary.html");
    writeFileSync(html, "<!DOCTYPE html><html><body><p>x</p></body></html>");
    const png = join(dir, "summary.png");
    await expect(renderSummaryPng(broken, "<!DOCTYPE html><html><body><p>x</p></body></html>", html, png)).rejects.toThrow(
      /cannot open display|exit|code 3|Command failed/,
    );
    expect(existsSync(png)).toBe(false);
  });
});
