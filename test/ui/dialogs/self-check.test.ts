import { menuSelfCheck } from "../../../src/ui/dialogs/self-check";
import { snapshot } from "../../support/apps-script";
import { smallDepartment } from "../../support/department";

const htmlFiles = { selfcheck: "<main>self-check page</main>" };

describe("menuSelfCheck", () => {
  test("opens the self-check page at once in a dialog titled in the sheet's language; nothing is checked yet", () => {
    const rt = smallDepartment({ runtime: { htmlFiles } });
    const before = snapshot(rt);
    menuSelfCheck();
    expect(rt.ui.log).toEqual([{ kind: "dialog", title: "自检", html: "<main>self-check page</main>", width: 760, height: 560 }]);
    expect(snapshot(rt)).toEqual(before);
  });

  test("Self-check in an English sheet", () => {
    const rt = smallDepartment({ locale: "en_US", runtime: { htmlFiles } });
    menuSelfCheck();
    expect(rt.ui.log[0].title).toBe("Self-check");
  });
});
