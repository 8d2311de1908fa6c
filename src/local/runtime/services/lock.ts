import { service, tag } from "../kinds";

/** The document lock, shared by every Lock object LockService hands out, as Apps Script's is. */
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
  releaseLock(): void {
    this.state.heldHere = false;
  }
}
tag(LocalLock, "Lock");

export function makeLockService(document: LockState) {
  return service("LockService", {
    getDocumentLock: () => new LocalLock(document),
  });
}
