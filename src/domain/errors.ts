import { type Msg, renderBoth } from "./messages";

/** A failure the user can act on: shown in their language instead of a stack trace. */
export class UserError extends Error {
  constructor(readonly msg: Msg) {
    super(renderBoth(msg));
    this.name = "UserError";
  }
}
