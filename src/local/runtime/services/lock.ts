import { gasError } from "../errors";
import { service, tag } from "../kinds";

export type LockKind = "document" | "script" | "user";

/** One lock shared by every Lock object of its kind, as LockService's are. */
export class LockState {
  heldElsewhere = false;
  heldHere = false;
}

/** Never waits: a lock held by "another user" simply times out at once. */
export class LocalLock {
  constructor(private readonly state: LockState) {}

  tryLock(_timeoutInMillis: number): boolean {
    if (this.state.heldElsewhere) return false;
    this.state.heldHere = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw gasError("Lock timeout: another process was holding the lock for too long.");
    }
  }
  releaseLock(): void {
    this.state.heldHere = false;
  }
  hasLock(): boolean {
    return this.state.heldHere;
  }
}
tag(LocalLock, "Lock");

export function makeLockService(locks: Record<LockKind, LockState>) {
  return service("LockService", {
    getDocumentLock: () => new LocalLock(locks.document),
    getScriptLock: () => new LocalLock(locks.script),
  });
}
