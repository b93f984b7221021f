// LockService over simulated concurrent executions: another "execution" can hold a lock while the bundle runs.

import type { EmuContext } from "../context";
import { gasError, isNumber, signatureError } from "./common";

/** The runtime's message when waitLock gives up (the reference only says "timing out with an exception"). */
export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

export type LockScope = "document" | "script" | "user";

/** Which lock of a scope: the document's id for "document", the user's e-mail for "user". */
export interface LockTarget {
  documentId?: string;
  user?: string;
}

/** One run of a script: a call from the menu or a sidebar, a trigger, or a simulated other editor. */
export interface ExecutionInfo {
  id: string;
  /** The account the script runs as (an installable trigger runs as its owner); unset: the active user. */
  effectiveUser?: string;
  /** An installable trigger's execution: no user interface. */
  trigger?: boolean;
}

interface Hold {
  execution: string;
  /** For a simulated holder: it finishes this many (virtual) ms after any attempt to take the lock. */
  releaseAfterMs?: number;
}

export interface LockEvent {
  execution: string;
  key: string;
  action: "acquire" | "release" | "timeout" | "end";
}

/** Builds the registry key of a lock: `document:<id>`, `script`, `user:<email>`. */
export function lockKey(scope: LockScope, target: LockTarget = {}): string {
  switch (scope) {
    case "document":
      if (target.documentId === undefined) throw new Error("A document lock needs the document's id.");
      return `document:${target.documentId}`;
    case "script":
      return "script";
    case "user":
      if (target.user === undefined) throw new Error("A user lock needs the user's e-mail.");
      return `user:${target.user}`;
  }
}

/**
 * The executions of the script and the locks they hold. The emulator runs each call as one execution
 * (`begin` … `end`, or `runAs`); a test can make another execution hold a lock (`holdAs`) to see how the bundle
 * behaves under contention. Like Apps Script, an execution's locks are released when it ends. Time is virtual:
 * nothing waits, a holder given `releaseAfterMs` lets any attempt with a longer timeout succeed.
 */
export class Executions {
  /** The document id used when `holdAs(…, "document")` names no document (set by `createServices`). */
  documentId: string | undefined;
  /** Every acquire, release, timeout and end, in order: tests check that writes happened under the lock. */
  readonly history: LockEvent[] = [];
  private readonly holds = new Map<string, Hold>();
  private readonly stack: ExecutionInfo[] = [];
  private currentInfo: ExecutionInfo = { id: "main" };
  private seq = 0;

  constructor(opts: { documentId?: string } = {}) {
    this.documentId = opts.documentId;
  }

  get current(): ExecutionInfo {
    return this.currentInfo;
  }

  /** Starts an execution (nested: the previous one resumes at `end`). Returns it. */
  begin(opts: Partial<ExecutionInfo> = {}): ExecutionInfo {
    this.seq += 1;
    this.stack.push(this.currentInfo);
    this.currentInfo = {
      id: opts.id ?? `execution-${this.seq}`,
      effectiveUser: opts.effectiveUser,
      ...(opts.trigger ? { trigger: true } : {}),
    };
    return this.currentInfo;
  }

  /** Ends the current execution: its locks are released, as Apps Script does when a script terminates. */
  end(): void {
    this.releaseAllOf(this.currentInfo.id);
    this.currentInfo = this.stack.pop() ?? { id: "main" };
  }

  /** Runs `fn` as a whole execution `id` (or with the given info), then ends it even if `fn` throws. */
  runAs<T>(id: string | Partial<ExecutionInfo>, fn: () => T): T {
    this.begin(typeof id === "string" ? { id } : id);
    try {
      return fn();
    } finally {
      this.end();
    }
  }

  /** Makes execution `executionId` hold a lock until `releaseAs` (or, if given, `releaseAfterMs` of waiting). */
  holdAs(executionId: string, scope: LockScope, opts: LockTarget & { releaseAfterMs?: number } = {}): void {
    const key = lockKey(scope, { documentId: opts.documentId ?? this.documentId, user: opts.user });
    const hold = this.holds.get(key);
    if (hold && hold.execution !== executionId) {
      throw new Error(`The lock ${key} is already held by ${hold.execution}.`);
    }
    this.holds.set(key, { execution: executionId, releaseAfterMs: opts.releaseAfterMs });
    this.history.push({ execution: executionId, key, action: "acquire" });
  }

  /** Releases one lock held by `executionId`, or all of its locks when no scope is given. */
  releaseAs(executionId: string, scope?: LockScope, opts: LockTarget = {}): void {
    if (scope === undefined) {
      this.releaseAllOf(executionId);
      return;
    }
    const key = lockKey(scope, { documentId: opts.documentId ?? this.documentId, user: opts.user });
    if (this.holds.get(key)?.execution === executionId) this.release(key, executionId);
  }

  /** The id of the execution holding a lock, if any. */
  holderOf(scope: LockScope, opts: LockTarget = {}): string | undefined {
    return this.holds.get(lockKey(scope, { documentId: opts.documentId ?? this.documentId, user: opts.user }))
      ?.execution;
  }

  /** Whether the current execution holds the lock with this key. */
  holdsKey(key: string): boolean {
    return this.holds.get(key)?.execution === this.currentInfo.id;
  }

  /** Tries to take a lock for the current execution within `timeoutMs` (virtual). */
  acquire(key: string, timeoutMs: number): boolean {
    const me = this.currentInfo.id;
    const hold = this.holds.get(key);
    const free =
      !hold ||
      hold.execution === me ||
      (hold.releaseAfterMs !== undefined && hold.releaseAfterMs <= Math.max(0, timeoutMs));
    if (!free) {
      this.history.push({ execution: me, key, action: "timeout" });
      return false;
    }
    if (hold && hold.execution !== me)
      this.history.push({ execution: hold.execution, key, action: "release" });
    this.holds.set(key, { execution: me });
    this.history.push({ execution: me, key, action: "acquire" });
    return true;
  }

  /** Releases the lock if the current execution holds it; otherwise does nothing (as releaseLock does). */
  releaseKey(key: string): void {
    if (this.holdsKey(key)) this.release(key, this.currentInfo.id);
  }

  private release(key: string, execution: string): void {
    this.holds.delete(key);
    this.history.push({ execution, key, action: "release" });
  }

  private releaseAllOf(execution: string): void {
    for (const [key, hold] of [...this.holds]) {
      if (hold.execution === execution) {
        this.holds.delete(key);
        this.history.push({ execution, key, action: "end" });
      }
    }
  }
}

/** A lock handle, as LockService returns it; its state lives in the shared `Executions`. */
export class LockEmu implements GoogleAppsScript.Lock.Lock {
  constructor(
    private readonly ctx: EmuContext,
    private readonly executions: Executions,
    /** The registry key, e.g. `document:<id>`. */
    readonly key: string,
  ) {}

  hasLock(): boolean {
    this.ctx.counter.hit("Lock.hasLock");
    return this.executions.holdsKey(this.key);
  }

  releaseLock(): void {
    this.ctx.counter.hit("Lock.releaseLock");
    this.executions.releaseKey(this.key);
  }

  tryLock(timeoutInMillis: number): boolean {
    this.ctx.counter.hit("Lock.tryLock");
    if (!isNumber(timeoutInMillis)) throw signatureError("Lock.tryLock", [timeoutInMillis]);
    return this.executions.acquire(this.key, timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    this.ctx.counter.hit("Lock.waitLock");
    if (!isNumber(timeoutInMillis)) throw signatureError("Lock.waitLock", [timeoutInMillis]);
    if (!this.executions.acquire(this.key, timeoutInMillis)) throw gasError(LOCK_TIMEOUT_MESSAGE);
  }
}

export class LockServiceEmu
  implements Pick<GoogleAppsScript.Lock.LockService, "getDocumentLock" | "getScriptLock" | "getUserLock">
{
  constructor(
    private readonly ctx: EmuContext,
    private readonly executions: Executions,
    /** A bound script or an add-on has a container; a standalone script does not. The emulator always has one. */
    private readonly opts: { hasContainer?: boolean } = {},
  ) {}

  /** Documented: returns null when called outside a containing document (standalone script or web app). */
  getDocumentLock(): LockEmu {
    this.ctx.counter.hit("LockService.getDocumentLock");
    if (this.opts.hasContainer === false) return null as unknown as LockEmu;
    return new LockEmu(this.ctx, this.executions, lockKey("document", { documentId: this.ctx.workbook.id }));
  }

  getScriptLock(): LockEmu {
    this.ctx.counter.hit("LockService.getScriptLock");
    return new LockEmu(this.ctx, this.executions, lockKey("script"));
  }

  getUserLock(): LockEmu {
    this.ctx.counter.hit("LockService.getUserLock");
    return new LockEmu(this.ctx, this.executions, lockKey("user", { user: this.ctx.user.email }));
  }
}
