import type { Msg } from "./messages";

/** A value or a reason, so a bad cell becomes a listed problem instead of an exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Msg };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: Msg): Result<T> => ({ ok: false, error });
