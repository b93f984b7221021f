// PropertiesService: document properties live in the workbook (saved with the .xlsx), script and user ones here.

import type { EmuContext } from "../context";
import { gasError } from "./common";

/** Quotas for Google Services: "Properties value size 9 KB / val". */
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
/** Quotas for Google Services: "Properties total storage 500 KB / property store" (keys count too). */
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;
/** The runtime's message when a store would pass 500 KB. */
export const PROPERTY_QUOTA_MESSAGE =
  "You have exceeded the property storage quota. Please remove some properties and try again.";
/** The runtime's message when one value passes 9 KB. */
export const PROPERTY_VALUE_TOO_LARGE_MESSAGE = "Argument too large: value";

/** Script properties (one store) and user properties (one store per e-mail): what outlives an execution. */
export interface PropertyStores {
  script: Record<string, string>;
  users: Record<string, Record<string, string>>;
}

export function newPropertyStores(): PropertyStores {
  return { script: {}, users: {} };
}

const utf8Length = (s: string): number => Buffer.byteLength(s, "utf8");

function storeBytes(store: Record<string, string>): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += utf8Length(k) + utf8Length(v);
  return n;
}

/** A key to write: a non-empty string (values are converted with String(), as the guide says). */
function keyOf(key: unknown): string {
  const k = String(key);
  if (key === null || key === undefined || k === "") throw gasError("Invalid argument: key");
  return k;
}

/**
 * One property store. `store()` is read at every call, so a store that the workbook replaces (a reloaded
 * .xlsx) is seen at once; changes are made in place, so the workbook keeps the same object.
 */
export class PropertiesEmu implements GoogleAppsScript.Properties.Properties {
  constructor(
    private readonly ctx: EmuContext,
    private readonly store: () => Record<string, string>,
  ) {}

  deleteAllProperties(): PropertiesEmu {
    this.ctx.counter.hit("Properties.deleteAllProperties");
    const s = this.store();
    for (const k of Object.keys(s)) delete s[k];
    return this;
  }

  deleteProperty(key: string): PropertiesEmu {
    this.ctx.counter.hit("Properties.deleteProperty");
    delete this.store()[String(key)];
    return this;
  }

  getKeys(): string[] {
    this.ctx.counter.hit("Properties.getKeys");
    return Object.keys(this.store());
  }

  /** A copy, not a live view (guide: "return a copy of the stored data"). */
  getProperties(): { [key: string]: string } {
    this.ctx.counter.hit("Properties.getProperties");
    return { ...this.store() };
  }

  getProperty(key: string): string | null {
    this.ctx.counter.hit("Properties.getProperty");
    const s = this.store();
    const k = String(key);
    return Object.hasOwn(s, k) ? s[k]! : null;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): PropertiesEmu {
    this.ctx.counter.hit("Properties.setProperties");
    if (properties === null || typeof properties !== "object") throw gasError("Invalid argument: properties");
    const entries = Object.entries(properties).map(([k, v]) => [keyOf(k), String(v)] as const);
    this.commit(entries, deleteAllOthers);
    return this;
  }

  setProperty(key: string, value: string): PropertiesEmu {
    this.ctx.counter.hit("Properties.setProperty");
    this.commit([[keyOf(key), String(value)]], false);
    return this;
  }

  /** Checks both quotas on the result before changing anything: a rejected write leaves the store as it was. */
  private commit(entries: readonly (readonly [string, string])[], replaceAll: boolean): void {
    for (const [, v] of entries) {
      if (utf8Length(v) > PROPERTY_VALUE_MAX_BYTES) throw gasError(PROPERTY_VALUE_TOO_LARGE_MESSAGE);
    }
    const s = this.store();
    const next: Record<string, string> = replaceAll ? {} : { ...s };
    for (const [k, v] of entries) next[k] = v;
    if (storeBytes(next) > PROPERTY_STORE_MAX_BYTES) throw gasError(PROPERTY_QUOTA_MESSAGE);
    for (const k of Object.keys(s)) if (!Object.hasOwn(next, k)) delete s[k];
    Object.assign(s, next);
  }
}

export class PropertiesServiceEmu
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      "getDocumentProperties" | "getScriptProperties" | "getUserProperties"
    >
{
  constructor(
    private readonly ctx: EmuContext,
    private readonly stores: PropertyStores,
  ) {}

  /** Kept in `ctx.workbook.documentProperties`, so local mode remembers them in the .xlsx. */
  getDocumentProperties(): PropertiesEmu {
    this.ctx.counter.hit("PropertiesService.getDocumentProperties");
    return new PropertiesEmu(this.ctx, () => this.ctx.workbook.documentProperties);
  }

  getScriptProperties(): PropertiesEmu {
    this.ctx.counter.hit("PropertiesService.getScriptProperties");
    return new PropertiesEmu(this.ctx, () => this.stores.script);
  }

  /** The store of the user running the script (`ctx.user.email`, read now: a later user switch does not move it). */
  getUserProperties(): PropertiesEmu {
    this.ctx.counter.hit("PropertiesService.getUserProperties");
    const email = this.ctx.user.email;
    return new PropertiesEmu(this.ctx, () => {
      this.stores.users[email] ??= {};
      return this.stores.users[email];
    });
  }
}
