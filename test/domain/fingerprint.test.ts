import { fingerprint } from "../../src/domain/fingerprint";
import { finishes } from "../hang-guard";

describe("fingerprint", () => {
  test("the same text gives the same short fingerprint; any change gives another", () => {
    const preview = JSON.stringify({ meeting: "2026-11-04", marks: [["张伟", "present"]] });
    expect(fingerprint(preview)).toBe(fingerprint(preview));
    expect(fingerprint(preview)).toMatch(/^[0-9a-z]{1,11}$/);
    const changed = [preview.replace("present", "late"), preview.replace("04", "05"), `${preview} `, preview.replace("张伟", "张玮"), ""];
    const all = new Set([preview, ...changed].map(fingerprint));
    expect(all.size).toBe(6);
  });

  test("no collisions among 100,000 near-identical previews, and linear in the text", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(fingerprint(`row ${i} 2026-11-04 19:0${i % 10}`));
    expect(seen.size).toBe(100_000);
    expect(finishes(() => fingerprint("签".repeat(5_000_000)), 5000)).toMatch(/^[0-9a-z]+$/);
  });
});
