import { identify, type SettingsEdit } from "../../src/domain/followups";

const MEMBERS = [
  { name: "陈思远", contact: "13800131001", head: true },
  { name: "王浩然", contact: "13800131004", head: false },
  { name: "李欣怡", contact: "LiXinyi@Example.edu", head: false },
];

/** A Settings check that records whether it was asked (each ask costs Sheets calls). */
function check(answer: SettingsEdit) {
  const asked: SettingsEdit[] = [];
  return { asked, fn: () => (asked.push(answer), answer) };
}

describe("identify", () => {
  test("the email in 联系方式 decides, without asking Settings or the remembered choice", () => {
    const s = check("editor");
    let chosenAsked = false;
    const r = identify(MEMBERS, "lixinyi@example.edu", () => ((chosenAsked = true), "陈思远"), s.fn);
    expect(r).toEqual({ me: { name: "李欣怡", head: false, byEmail: true }, settingsEdit: null });
    expect([s.asked, chosenAsked]).toEqual([[], false]);
  });

  test("a chosen 部长 is the head only when Google lets this account edit a restricted Settings tab", () => {
    for (const [answer, head] of [
      ["editor", true],
      ["notEditor", false],
      ["open", false],
    ] as const) {
      expect(identify(MEMBERS, "", () => "陈思远", check(answer).fn)).toEqual({ me: { name: "陈思远", head, byEmail: false }, settingsEdit: answer });
    }
  });

  test("a chosen member is never the head and Settings is not asked; a member with an email is chosen only while Google hides the user's", () => {
    const s = check("editor");
    expect(identify(MEMBERS, "", () => "王浩然", s.fn)).toEqual({ me: { name: "王浩然", head: false, byEmail: false }, settingsEdit: null });
    // Hidden: nobody can be recognised by email, so the choice stands, with a member's rights.
    expect(identify(MEMBERS, "", () => "李欣怡", s.fn)).toEqual({ me: { name: "李欣怡", head: false, byEmail: false }, settingsEdit: null });
    // Shown, and not hers: she is recognised by her own email only.
    expect(identify(MEMBERS, "stranger@example.edu", () => "李欣怡", s.fn)).toEqual({ me: null, settingsEdit: null });
    expect(identify(MEMBERS, "", () => null, s.fn)).toEqual({ me: null, settingsEdit: null });
    expect(identify(MEMBERS, "stranger@example.edu", () => "周晓雯", s.fn).me).toBeNull();
    expect(s.asked).toEqual([]);
  });
});
