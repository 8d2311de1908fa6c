/**
 * A department whose head restricted 设置 / Settings (and maybe a ledger or the Log) to themselves:
 * Sheets refuses other members' writes there, and the add-on says so in their language, writes
 * nothing half-way, and still does everything it may. Two accounts on one workbook, through the bundle.
 */
import { sampleTabs } from "../../src/local/sample/workbook";
import { type Addon, addon, logLines, on, run, SAMPLE_SPONSORSHIP, values } from "../ui/helpers";

const HEAD = "chen.siyuan@example.edu";
const MEMBER = "wang.haoran@example.edu";

const settingsForm = {
  rate: "10",
  basis: "cash",
  lateFee: "8",
  leftEarlyFee: "5",
  absentFee: "20",
  lateLimit: "2",
  absentLimit: "1",
  termStart: "2026-09-01",
  department: "XX大学学生会外联部",
  reportLang: "zh",
  meetingStart: "19:00",
  graceMinutes: "5",
  meetingLength: "90",
  leaveNeedsApproval: "yes",
  openingBalance: "1286.50",
  openingDate: "",
};

const sponsorship = SAMPLE_SPONSORSHIP;

/** What the head does in Sheets: Data → Protect sheets and ranges → the tab → Restrict who can edit → only me. */
function restrict(a: Addon, tab: string): void {
  const sheet = a.book.getSheetByName(tab)!;
  const p = sheet.getProtections("SHEET")[0] ?? sheet.protect();
  p.setWarningOnly(false);
  p.removeEditors(p.getEditors());
  p.addEditor(HEAD);
  p.setDomainEdit(false);
}

/** The head owns the file and set it up; Settings is then restricted to the head. */
function department() {
  const head = addon(sampleTabs(), "zh_CN", { user: HEAD });
  head.fn.setupSheets();
  restrict(head, "设置");
  const member = on(head.book, { user: MEMBER });
  return { head, member };
}

/** Ledger rows with a sponsor (the commission column's ARRAYFORMULA reaches the last row of the tab). */
const recorded = (a: Addon) => values(a, "赞助记录").filter((r) => r[1] !== "").length;

const settingsValues = (a: Addon) => values(a, "设置").map((r) => r.slice(0, 2));

describe("设置 / Settings restricted to the head", () => {
  test("a member's settings save is refused in zh and en, naming the tab; nothing is written or logged", () => {
    const { head, member } = department();
    const before = settingsValues(head);
    const logged = logLines(head).length;
    expect(run(member, "saveSettings", settingsForm)).toEqual({
      ok: false,
      error: "“设置”表受保护，只有它的编辑者（部长）可以修改设置。未做任何修改：请部长来改，或请部长把你加为该表的编辑者",
    });
    const english = on(head.book, { user: MEMBER, userLocale: "en" });
    expect(run(english, "saveSettings", settingsForm).error).toBe(
      'The "设置" tab is protected: only its editors (the head) can change the settings. Nothing was changed: ask the head to make the change, or to add you as an editor of the tab',
    );
    expect(settingsValues(head)).toEqual(before);
    expect(logLines(head)).toHaveLength(logged);
    // The head may.
    expect(run(on(head.book, { user: HEAD }), "saveSettings", settingsForm).ok).toBe(true);
    expect(settingsValues(head).find((r) => r[0] === "迟到罚款")).toEqual(["迟到罚款", 8]);
  });

  test("a member's set-up skips the Settings rows it would add, says why, and sets up everything else", () => {
    const { head, member } = department();
    head.book.getSheetByName("设置")!.deleteRow(4); // 迟到罚款, as if someone removed it
    head.book.deleteSheet(head.book.getSheetByName("联系记录")!);
    const before = settingsValues(head);
    const r = member.fn.setupSheets();
    expect(r.changes).toEqual(
      expect.arrayContaining([
        { kind: "protectedSkipped", sheet: "设置", detail: "迟到罚款" },
        { kind: "tabCreated", sheet: "联系记录", detail: "" },
      ]),
    );
    expect(r.summary).toContain("• 未添加（该表受保护，你的 Google 帐号不是它的编辑者；请部长运行“初始化表格”）: 设置 (迟到罚款)");
    expect(settingsValues(head)).toEqual(before);
    expect(head.book.getSheetByName("联系记录")).not.toBeNull();
    // The head's set-up adds the row.
    const again = on(head.book, { user: HEAD }).fn.setupSheets();
    expect(again.changes).toContainEqual({ kind: "settingsAdded", sheet: "设置", detail: "迟到罚款" });
  });

  test("check data lists every problem, notes the tabs the member may edit, and says Settings got no notes", () => {
    const { head, member } = department();
    head.book.getSheetByName("设置")!.getRange("B2").setValue("abc");
    member.fn.menuCheck();
    const dialog = (member.runtime.ui.log as { kind: string; html?: string }[]).filter((l) => l.kind === "dialog").pop()!;
    expect(dialog.html).toContain("“设置” 受保护，你的 Google 帐号不是编辑者：这些表中的问题已列出，但没有添加批注。");
    expect(dialog.html).toMatch(/<td>设置<\/td><td class="cell">B2<\/td>/);
    expect(head.book.getSheetByName("设置")!.getRange("B2").getNote()).toBe("");
    const ledgerNotes = head.book.getSheetByName("赞助记录")!.getDataRange().getNotes().flat().filter(Boolean);
    expect(ledgerNotes.length).toBeGreaterThan(0);
    // The head's check notes Settings too, and says nothing about skipped tabs.
    const h = on(head.book, { user: HEAD });
    h.fn.menuCheck();
    const headDialog = (h.runtime.ui.log as { kind: string; html?: string }[]).filter((l) => l.kind === "dialog").pop()!;
    expect(headDialog.html).not.toContain("受保护");
    expect(head.book.getSheetByName("设置")!.getRange("B2").getNote()).toContain("abc");
  });

  test("with Settings restricted, the member still records sponsorships; the head still does everything", () => {
    const { head, member } = department();
    const rows = recorded(head);
    expect(run(member, "saveSponsorship", sponsorship).ok).toBe(true);
    const h = on(head.book, { user: HEAD });
    expect(run(h, "saveSponsorship", sponsorship).ok).toBe(true);
    expect(recorded(head)).toBe(rows + 2);
    expect(h.fn.setupSheets().changes).toEqual([]);
  });
});

describe("other tabs restricted to the officers", () => {
  test("a ledger restricted to the head: the member's sponsorship is refused naming the tab, in zh and en; nothing written", () => {
    const { head, member } = department();
    restrict(head, "赞助记录");
    const rows = values(head, "赞助记录");
    const logged = logLines(head).length;
    expect(run(member, "saveSponsorship", { ...sponsorship, sponsor: "新开的奶茶店", addSponsor: true, category: "餐饮", owner: "王浩然" })).toEqual({
      ok: false,
      error: "“赞助记录”表受保护，你的 Google 帐号不是它的编辑者。未做任何修改：请有权限的人（如部长）操作，或请部长把你加为该表的编辑者",
    });
    expect(run(on(head.book, { user: MEMBER, userLocale: "en" }), "saveSponsorship", sponsorship).error).toBe(
      'The "赞助记录" tab is protected and your Google account is not one of its editors. Nothing was changed: ask someone who may edit it (such as the head), or ask the head to add you as an editor',
    );
    expect(values(head, "赞助记录")).toEqual(rows);
    expect(values(head, "赞助商").some((r) => r[0] === "新开的奶茶店")).toBe(false);
    expect(logLines(head)).toHaveLength(logged);
    expect(run(on(head.book, { user: HEAD }), "saveSponsorship", sponsorship).ok).toBe(true);
  });

  test("a Log restricted to the head: the member's save is refused naming the Log, and the ledger is untouched", () => {
    const { head, member } = department();
    restrict(head, "日志");
    const rows = values(head, "赞助记录");
    expect(run(member, "saveSponsorship", sponsorship).error).toMatch(/^“日志”表受保护/);
    expect(values(head, "赞助记录")).toEqual(rows);
    expect(() => member.fn.setupSheets()).toThrow(/“日志”表受保护.*The "日志" tab is protected/);
  });

  test("a protected range inside a tab: Sheets' refusal reaches the member as a sentence naming the tab, never in raw English", () => {
    const { head, member } = department();
    const ledger = head.book.getSheetByName("赞助记录")!;
    const next = recorded(head) + 1;
    const p = ledger.getRange(next, 1, 5, 12).protect();
    p.removeEditors(p.getEditors());
    p.addEditor(HEAD);
    p.setDomainEdit(false);
    const rows = values(head, "赞助记录");
    const r = run(member, "saveSponsorship", sponsorship);
    expect(r.ok).toBe(false);
    expect(r.error).toContain("（赞助记录）");
    expect(r.error).not.toMatch(/You are trying to edit/);
    expect(values(head, "赞助记录")).toEqual(rows);
  });
});
