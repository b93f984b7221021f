// The TriggerBuilder family of ScriptApp.newTrigger: spreadsheet, form, document and time-driven triggers.

import type { EmuContext } from "../context";
import { gasError, isNumber, notEmulated } from "./common";
import {
  type ClockSpec,
  type EventTypeName,
  sourceIdOf,
  TriggerEmu,
  type TriggerRecord,
  type TriggerStore,
  WeekDay,
} from "./triggers";

/** What every builder needs to create a trigger. */
export interface BuildContext {
  ctx: EmuContext;
  store: TriggerStore;
  handler: string;
  owner: () => string;
}

function createTrigger(
  b: BuildContext,
  rec: Omit<TriggerRecord, "uid" | "handlerFunction" | "owner">,
): TriggerEmu {
  const stored = b.store.add({ ...rec, handlerFunction: b.handler, owner: b.owner() });
  return new TriggerEmu(b.ctx, stored);
}

function needEvent(builder: string, event: EventTypeName | undefined, choices: string): EventTypeName {
  if (event === undefined) throw gasError(`${builder}.create: choose the event first (${choices}).`);
  return event;
}

export class SpreadsheetTriggerBuilderEmu implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  private event: EventTypeName | undefined;
  constructor(
    private readonly b: BuildContext,
    private readonly sourceId: string,
  ) {}

  private on(method: string, event: EventTypeName): this {
    this.b.ctx.counter.hit(`SpreadsheetTriggerBuilder.${method}`);
    this.event = event;
    return this;
  }
  onChange(): this {
    return this.on("onChange", "ON_CHANGE");
  }
  onEdit(): this {
    return this.on("onEdit", "ON_EDIT");
  }
  onFormSubmit(): this {
    return this.on("onFormSubmit", "ON_FORM_SUBMIT");
  }
  onOpen(): this {
    return this.on("onOpen", "ON_OPEN");
  }
  create(): TriggerEmu {
    this.b.ctx.counter.hit("SpreadsheetTriggerBuilder.create");
    const eventType = needEvent(
      "SpreadsheetTriggerBuilder",
      this.event,
      "onOpen, onEdit, onChange or onFormSubmit",
    );
    return createTrigger(this.b, { eventType, source: "SPREADSHEETS", sourceId: this.sourceId });
  }
}

export class FormTriggerBuilderEmu implements GoogleAppsScript.Script.FormTriggerBuilder {
  private event: EventTypeName | undefined;
  constructor(
    private readonly b: BuildContext,
    private readonly sourceId: string,
  ) {}

  onFormSubmit(): this {
    this.b.ctx.counter.hit("FormTriggerBuilder.onFormSubmit");
    this.event = "ON_FORM_SUBMIT";
    return this;
  }
  onOpen(): this {
    this.b.ctx.counter.hit("FormTriggerBuilder.onOpen");
    this.event = "ON_OPEN";
    return this;
  }
  create(): TriggerEmu {
    this.b.ctx.counter.hit("FormTriggerBuilder.create");
    const eventType = needEvent("FormTriggerBuilder", this.event, "onOpen or onFormSubmit");
    return createTrigger(this.b, { eventType, source: "FORMS", sourceId: this.sourceId });
  }
}

export class DocumentTriggerBuilderEmu implements GoogleAppsScript.Script.DocumentTriggerBuilder {
  private event: EventTypeName | undefined;
  constructor(
    private readonly b: BuildContext,
    private readonly sourceId: string,
  ) {}

  onOpen(): this {
    this.b.ctx.counter.hit("DocumentTriggerBuilder.onOpen");
    this.event = "ON_OPEN";
    return this;
  }
  create(): TriggerEmu {
    this.b.ctx.counter.hit("DocumentTriggerBuilder.create");
    const eventType = needEvent("DocumentTriggerBuilder", this.event, "onOpen");
    return createTrigger(this.b, { eventType, source: "DOCUMENTS", sourceId: this.sourceId });
  }
}

/** Allowed values from the ClockTriggerBuilder reference. */
const EVERY_MINUTES = [1, 5, 10, 15, 30];
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

export class ClockTriggerBuilderEmu implements GoogleAppsScript.Script.ClockTriggerBuilder {
  private readonly spec: ClockSpec = {};
  constructor(private readonly b: BuildContext) {}

  private set<K extends keyof ClockSpec>(method: string, key: K, value: ClockSpec[K], ok: boolean): this {
    this.b.ctx.counter.hit(`ClockTriggerBuilder.${method}`);
    if (!ok) throw gasError(`Invalid argument for ClockTriggerBuilder.${method}: ${String(value)}`);
    this.spec[key] = value;
    return this;
  }
  private int(v: unknown, min: number, max: number): boolean {
    return isNumber(v) && Number.isInteger(v) && v >= min && v <= max;
  }

  after(durationMilliseconds: number): this {
    return this.set(
      "after",
      "afterMs",
      durationMilliseconds,
      this.int(durationMilliseconds, 0, Number.MAX_SAFE_INTEGER),
    );
  }
  at(date: GoogleAppsScript.Base.Date): this {
    const t =
      Object.prototype.toString.call(date) === "[object Date]" ? (date as unknown as Date).getTime() : NaN;
    return this.set("at", "at", Number.isNaN(t) ? String(date) : new Date(t).toISOString(), !Number.isNaN(t));
  }
  atDate(year: number, month: number, day: number): this {
    const ok = this.int(year, 1, 9999) && this.int(month, 1, 12) && this.int(day, 1, 31);
    return this.set("atDate", "atDate", [year, month, day], ok);
  }
  atHour(hour: number): this {
    return this.set("atHour", "atHour", hour, this.int(hour, 0, 23));
  }
  everyDays(n: number): this {
    return this.set("everyDays", "everyDays", n, this.int(n, 1, 366));
  }
  everyHours(n: number): this {
    return this.set("everyHours", "everyHours", n, EVERY_HOURS.includes(n));
  }
  everyMinutes(n: number): this {
    return this.set("everyMinutes", "everyMinutes", n, EVERY_MINUTES.includes(n));
  }
  everyWeeks(n: number): this {
    return this.set("everyWeeks", "everyWeeks", n, this.int(n, 1, 52));
  }
  inTimezone(timezone: string): this {
    return this.set("inTimezone", "timeZone", timezone, typeof timezone === "string" && timezone !== "");
  }
  nearMinute(minute: number): this {
    return this.set("nearMinute", "nearMinute", minute, this.int(minute, 0, 59));
  }
  onMonthDay(day: number): this {
    return this.set("onMonthDay", "onMonthDay", day, this.int(day, 1, 31));
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    const name = String(day);
    return this.set("onWeekDay", "onWeekDay", name, Object.hasOwn(WeekDay, name));
  }
  create(): TriggerEmu {
    this.b.ctx.counter.hit("ClockTriggerBuilder.create");
    const s = this.spec;
    const scheduled = [
      s.afterMs,
      s.at,
      s.atDate,
      s.everyMinutes,
      s.everyHours,
      s.everyDays,
      s.everyWeeks,
    ].some((v) => v !== undefined);
    if (!scheduled)
      throw gasError("ClockTriggerBuilder.create: choose when it runs first (after, at, atDate, every…).");
    return createTrigger(this.b, { eventType: "CLOCK", source: "CLOCK", sourceId: null, clock: { ...s } });
  }
}

export class TriggerBuilderEmu implements GoogleAppsScript.Script.TriggerBuilder {
  constructor(private readonly b: BuildContext) {}

  forDocument(document: GoogleAppsScript.Document.Document | string): DocumentTriggerBuilderEmu {
    this.b.ctx.counter.hit("TriggerBuilder.forDocument");
    return new DocumentTriggerBuilderEmu(this.b, sourceIdOf("TriggerBuilder.forDocument", document));
  }
  forForm(form: GoogleAppsScript.Forms.Form | string): FormTriggerBuilderEmu {
    this.b.ctx.counter.hit("TriggerBuilder.forForm");
    return new FormTriggerBuilderEmu(this.b, sourceIdOf("TriggerBuilder.forForm", form));
  }
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): SpreadsheetTriggerBuilderEmu {
    this.b.ctx.counter.hit("TriggerBuilder.forSpreadsheet");
    return new SpreadsheetTriggerBuilderEmu(this.b, sourceIdOf("TriggerBuilder.forSpreadsheet", sheet));
  }
  forUserCalendar(_emailId: string): never {
    this.b.ctx.counter.hit("TriggerBuilder.forUserCalendar");
    return notEmulated("TriggerBuilder.forUserCalendar");
  }
  timeBased(): ClockTriggerBuilderEmu {
    this.b.ctx.counter.hit("TriggerBuilder.timeBased");
    return new ClockTriggerBuilderEmu(this.b);
  }
}
