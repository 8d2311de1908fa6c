import { escapeHtml, page } from "../../src/ui/html";

describe("escapeHtml", () => {
  test("what the sheet holds cannot become markup or break out of an attribute", () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;");
  });

  test("a missing value is empty, a number its text", () => {
    expect(escapeHtml(null)).toBe("");
    expect(escapeHtml(undefined)).toBe("");
    expect(escapeHtml(12.5)).toBe("12.5");
  });
});

describe("page", () => {
  test("a whole document in the reader's language around the body", () => {
    const zh = page("zh", "<p>内容</p>");
    expect(zh).toMatch(/^<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">/);
    expect(zh).toMatch(/<body><p>内容<\/p><\/body><\/html>$/);
    expect(page("en", "")).toContain('<html lang="en">');
  });
});
