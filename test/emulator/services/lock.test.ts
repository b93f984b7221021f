// Conformance of the emulated LockService with simulated concurrent executions.
// Docs: https://developers.google.com/apps-script/reference/lock/lock
//       https://developers.google.com/apps-script/reference/lock/lock-service

import {
  createLockService,
  Executions,
  LOCK_TIMEOUT_MESSAGE,
  LockServiceEmu,
} from "../../../emulator/services";
import { makeContext } from "./make-context";

function setup() {
  const ctx = makeContext();
  const executions = new Executions();
  const service = createLockService(ctx, executions);
  return { ctx, executions, service };
}

describe("Lock on its own (reference: lock#tryLock, lock#hasLock, lock#releaseLock)", () => {
  test("hasLock is false until tryLock succeeds, true after, false after releaseLock", () => {
    const { service } = setup();
    const lock = service.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test("waitLock on a free lock returns and holds it", () => {
    const { service } = setup();
    const lock = service.getScriptLock();
    expect(lock.waitLock(30000)).toBeUndefined();
    expect(lock.hasLock()).toBe(true);
  });

  test("a second handle in the same execution sees the lock as its own", () => {
    const { service } = setup();
    service.getDocumentLock().waitLock(1000);
    const again = service.getDocumentLock();
    expect(again.hasLock()).toBe(true);
    expect(again.tryLock(0)).toBe(true);
  });

  test("timeouts must be numbers: Apps Script rejects other argument types", () => {
    const { service } = setup();
    const lock = service.getDocumentLock();
    expect(() => lock.tryLock("10" as unknown as number)).toThrow(
      "The parameters (String) don't match the method signature for Lock.tryLock.",
    );
    expect(() => lock.waitLock(undefined as unknown as number)).toThrow(/method signature for Lock.waitLock/);
  });
});

describe("another execution holds the lock (reference: lock#tryLock returns false, lock#waitLock throws)", () => {
  test("tryLock returns false and hasLock stays false while another editor holds the document lock", () => {
    const { service, executions } = setup();
    executions.holdAs("other-editor", "document");
    const lock = service.getDocumentLock();
    expect(lock.tryLock(10000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(executions.holderOf("document")).toBe("other-editor");
  });

  test("waitLock throws the runtime's timeout exception", () => {
    const { service, executions } = setup();
    executions.holdAs("other-editor", "document");
    let error: Error | undefined;
    try {
      service.getDocumentLock().waitLock(20000);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toBe(LOCK_TIMEOUT_MESSAGE);
    expect(LOCK_TIMEOUT_MESSAGE).toBe("Lock timeout: another process was holding the lock for too long.");
    expect(String(error)).toBe(`Exception: ${LOCK_TIMEOUT_MESSAGE}`);
  });

  test("a holder that finishes within the timeout lets waitLock succeed; a shorter timeout still fails", () => {
    const { service, executions } = setup();
    executions.holdAs("other-editor", "document", { releaseAfterMs: 5000 });
    const lock = service.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    lock.waitLock(20000);
    expect(lock.hasLock()).toBe(true);
    expect(executions.holderOf("document")).toBe("main");
  });

  test("releaseLock from a handle that does not hold the lock has no effect (lock#releaseLock)", () => {
    const { service, executions } = setup();
    executions.holdAs("other-editor", "script");
    service.getScriptLock().releaseLock();
    expect(executions.holderOf("script")).toBe("other-editor");
    executions.releaseAs("other-editor", "script");
    expect(service.getScriptLock().tryLock(0)).toBe(true);
  });

  test("the script lock blocks every user (lock-service#getScriptLock)", () => {
    const { service, executions } = setup();
    executions.holdAs("someone-else", "script");
    expect(service.getScriptLock().tryLock(100)).toBe(false);
  });

  test("a user lock only blocks the same user (lock-service#getUserLock)", () => {
    const { service, executions } = setup();
    executions.holdAs("another-user-run", "user", { user: "other@school.example" });
    expect(service.getUserLock().tryLock(100)).toBe(true);
    const fresh = setup();
    fresh.executions.holdAs("my-other-tab", "user", { user: "teacher@school.example" });
    expect(fresh.service.getUserLock().tryLock(100)).toBe(false);
  });

  test("document locks of different documents do not block each other (lock-service#getDocumentLock)", () => {
    const { service, executions } = setup();
    executions.holdAs("elsewhere", "document", { documentId: "another-spreadsheet" });
    expect(service.getDocumentLock().tryLock(100)).toBe(true);
  });
});

describe("locks end with their execution (reference: lock#releaseLock: released when the script terminates)", () => {
  test("runAs: a lock the other execution never released is free once it has ended", () => {
    const { service, executions } = setup();
    const tookIt = executions.runAs("form-submit", () => service.getDocumentLock().tryLock(0));
    expect(tookIt).toBe(true);
    expect(executions.holderOf("document")).toBeUndefined();
    expect(service.getDocumentLock().tryLock(0)).toBe(true);
  });

  test("while a nested execution runs, the outer one's lock blocks it", () => {
    const { service, executions } = setup();
    service.getDocumentLock().waitLock(1000);
    const inner = executions.runAs("trigger", () => service.getDocumentLock().tryLock(1000));
    expect(inner).toBe(false);
    expect(executions.holderOf("document")).toBe("main");
  });

  test("begin/end: locks taken between them are released at end, even without releaseLock", () => {
    const { service, executions } = setup();
    const run = executions.begin();
    const lock = service.getScriptLock();
    lock.waitLock(1000);
    expect(executions.holderOf("script")).toBe(run.id);
    executions.end();
    expect(executions.holderOf("script")).toBeUndefined();
    expect(lock.hasLock()).toBe(false);
    expect(executions.history.map((e) => e.action)).toEqual(["acquire", "end"]);
  });
});

describe("LockService (reference: lock-service)", () => {
  test("getDocumentLock returns null outside a containing document", () => {
    const ctx = makeContext();
    const service = new LockServiceEmu(ctx, new Executions(), { hasContainer: false });
    expect(service.getDocumentLock()).toBeNull();
  });

  test("every call is counted, and a fault injected at Lock.waitLock is thrown", () => {
    const { ctx, service } = setup();
    ctx.counter.failAt({ method: "Lock.waitLock", nth: 1, message: "Service error: LockService" });
    const lock = service.getDocumentLock();
    expect(() => lock.waitLock(1000)).toThrow("Service error: LockService");
    lock.tryLock(1);
    lock.hasLock();
    lock.releaseLock();
    service.getScriptLock();
    service.getUserLock();
    expect(ctx.counter.snapshot()).toEqual({
      "Lock.hasLock": 1,
      "Lock.releaseLock": 1,
      "Lock.tryLock": 1,
      "Lock.waitLock": 1,
      "LockService.getDocumentLock": 1,
      "LockService.getScriptLock": 1,
      "LockService.getUserLock": 1,
    });
  });
});
