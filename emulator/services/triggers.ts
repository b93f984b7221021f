// Installable triggers as data: the enums, the per-user TriggerStore the emulator fires from, and Trigger handles.

import type { EmuContext } from "../context";
import { gasError, signatureError } from "./common";

/** Apps Script's enums, as their names: `String(ScriptApp.EventType.ON_FORM_SUBMIT)` is "ON_FORM_SUBMIT" there too. */
export const AuthMode = {
  NONE: "NONE",
  CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
  LIMITED: "LIMITED",
  FULL: "FULL",
} as const;
export const EventType = {
  CLOCK: "CLOCK",
  ON_OPEN: "ON_OPEN",
  ON_EDIT: "ON_EDIT",
  ON_FORM_SUBMIT: "ON_FORM_SUBMIT",
  ON_CHANGE: "ON_CHANGE",
  ON_EVENT_UPDATED: "ON_EVENT_UPDATED",
} as const;
export const TriggerSource = {
  SPREADSHEETS: "SPREADSHEETS",
  CLOCK: "CLOCK",
  FORMS: "FORMS",
  DOCUMENTS: "DOCUMENTS",
  CALENDAR: "CALENDAR",
} as const;
export const WeekDay = {
  SUNDAY: "SUNDAY",
  MONDAY: "MONDAY",
  TUESDAY: "TUESDAY",
  WEDNESDAY: "WEDNESDAY",
  THURSDAY: "THURSDAY",
  FRIDAY: "FRIDAY",
  SATURDAY: "SATURDAY",
} as const;
export type EventTypeName = keyof typeof EventType;
export type TriggerSourceName = keyof typeof TriggerSource;

/** Quotas for Google Services, current limitations: "Triggers 20 / user / script". */
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS_MESSAGE =
  "This script has too many triggers. Triggers must be deleted from the script before more can be added.";

/**
 * An emulated Spreadsheet, Form or Document may carry its id under this symbol, so that ScriptApp can read it
 * without calling (and counting) `getId()`.
 */
export const EMU_ID = Symbol.for("proftrack.emulator.id");

/** What a time-driven trigger was built with (recorded, not scheduled: the emulator has no clock loop). */
export interface ClockSpec {
  afterMs?: number;
  at?: string;
  atDate?: [number, number, number];
  atHour?: number;
  nearMinute?: number;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  timeZone?: string;
}

/** A stored installable trigger (plain data, JSON-able). */
export interface TriggerRecord {
  uid: string;
  handlerFunction: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** The spreadsheet's, form's or document's id; null for a clock trigger. */
  sourceId: string | null;
  /** The e-mail of the user who created it: the trigger runs as this user. */
  owner: string;
  clock?: ClockSpec;
}

export interface TriggerStoreSnapshot {
  records: TriggerRecord[];
  nextUid: number;
}

/** All installable triggers of the script, for every user. */
export class TriggerStore {
  private records: TriggerRecord[] = [];
  private nextUid = 1;

  /** Triggers matching the filter, oldest first: the form-submit simulation fires `list({ eventType, sourceId })`. */
  list(
    filter: { eventType?: EventTypeName; sourceId?: string | null; owner?: string } = {},
  ): TriggerRecord[] {
    return this.records
      .filter(
        (r) =>
          (filter.eventType === undefined || r.eventType === filter.eventType) &&
          (filter.sourceId === undefined || r.sourceId === filter.sourceId) &&
          (filter.owner === undefined || r.owner === filter.owner),
      )
      .map((r) => structuredClone(r));
  }

  get(uid: string): TriggerRecord | undefined {
    const r = this.records.find((x) => x.uid === uid);
    return r && structuredClone(r);
  }

  /** Adds a trigger, refusing the 21st of one user as Apps Script does. */
  add(record: Omit<TriggerRecord, "uid">): TriggerRecord {
    if (this.records.filter((r) => r.owner === record.owner).length >= MAX_TRIGGERS_PER_USER) {
      throw gasError(TOO_MANY_TRIGGERS_MESSAGE);
    }
    // Apps Script's unique ids are long decimal strings.
    const stored = {
      ...structuredClone(record),
      uid: String(5_000_000_000_000_000_000n + BigInt(this.nextUid)),
    };
    this.nextUid += 1;
    this.records.push(stored);
    return structuredClone(stored);
  }

  /** Removes a trigger of `owner`; false if there is none with that id. */
  remove(uid: string, owner: string): boolean {
    const before = this.records.length;
    this.records = this.records.filter((r) => !(r.uid === uid && r.owner === owner));
    return this.records.length < before;
  }

  snapshot(): TriggerStoreSnapshot {
    return structuredClone({ records: this.records, nextUid: this.nextUid });
  }

  restore(s: TriggerStoreSnapshot): void {
    this.records = structuredClone(s.records);
    this.nextUid = s.nextUid;
  }
}

/** The id of a spreadsheet, form or document given as an object or as its id. */
export function sourceIdOf(method: string, x: unknown): string {
  if (typeof x === "string") return x;
  if (x !== null && typeof x === "object") {
    const tagged = (x as { [EMU_ID]?: unknown })[EMU_ID];
    if (typeof tagged === "string") return tagged;
    const getId = (x as { getId?: unknown }).getId;
    if (typeof getId === "function") return String(getId.call(x));
  }
  throw signatureError(method, [x]);
}

export class TriggerEmu implements GoogleAppsScript.Script.Trigger {
  constructor(
    private readonly ctx: EmuContext,
    /** The trigger as it was when this handle was made. */
    readonly record: TriggerRecord,
  ) {}

  getEventType(): GoogleAppsScript.Script.EventType {
    this.ctx.counter.hit("Trigger.getEventType");
    return this.record.eventType as unknown as GoogleAppsScript.Script.EventType;
  }

  getHandlerFunction(): string {
    this.ctx.counter.hit("Trigger.getHandlerFunction");
    return this.record.handlerFunction;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.ctx.counter.hit("Trigger.getTriggerSource");
    return this.record.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  /** Documented: the source's id (the spreadsheet's id for a spreadsheet trigger), null for clock events. */
  getTriggerSourceId(): string {
    this.ctx.counter.hit("Trigger.getTriggerSourceId");
    return this.record.sourceId as string;
  }

  getUniqueId(): string {
    this.ctx.counter.hit("Trigger.getUniqueId");
    return this.record.uid;
  }
}
