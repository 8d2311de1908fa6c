import { randomUUID } from "node:crypto";
import { service } from "../kinds";

export function makeUtilities() {
  return service("Utilities", {
    // Nothing here runs apart from the script (custom functions compute at the flush), so there is nothing to wait for.
    sleep: (_milliseconds: number) => undefined,
    getUuid: () => randomUUID(),
  });
}
