/** LockService's document lock, with another user's execution simulated by the host. */
import { script } from "../fixtures/script";

const code = `
  function guarded() {
    var lock = LockService.getDocumentLock();
    if (!lock.tryLock(5000)) return 'busy';
    try { return 'done'; } finally { lock.releaseLock(); }
  }
  function keep() { return LockService.getDocumentLock().tryLock(10); }
  function release() { LockService.getDocumentLock().releaseLock(); }`;

test("tryLock gets the lock at once, or fails at once while another user's execution holds it", () => {
  const { fn, rt } = script(code);
  expect(fn.guarded()).toBe("done");
  rt.locks.holdDocumentLockElsewhere(true);
  expect(fn.guarded()).toBe("busy");
  rt.locks.holdDocumentLockElsewhere(false);
  expect(fn.guarded()).toBe("done");
});

test("the host can tell whether the script left the lock held; every Lock object is the one document lock", () => {
  const { fn, rt } = script(code);
  expect(rt.locks.isHeld()).toBe(false);
  expect(fn.keep()).toBe(true);
  expect(rt.locks.isHeld()).toBe(true);
  fn.release();
  expect(rt.locks.isHeld()).toBe(false);
});
