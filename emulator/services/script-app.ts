// ScriptApp: installable triggers, kept per user in a TriggerStore that the emulator reads to fire them.

import type { EmuContext } from "../context";
import { signatureError } from "./common";
import type { Executions } from "./lock";
import { TriggerBuilderEmu } from "./trigger-builders";
import {
  AuthMode,
  EventType,
  sourceIdOf,
  TriggerEmu,
  TriggerSource,
  type TriggerStore,
  WeekDay,
} from "./triggers";

export * from "./trigger-builders";
export * from "./triggers";

export class ScriptAppEmu
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      "newTrigger" | "getProjectTriggers" | "getUserTriggers" | "deleteTrigger"
    >
{
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(
    private readonly ctx: EmuContext,
    private readonly store: TriggerStore,
    /** When given, a trigger made inside a trigger's execution belongs to that trigger's owner (the effective user). */
    private readonly executions?: Executions,
  ) {}

  /** Triggers belong to the user the script runs as. */
  private owner(): string {
    return this.executions?.current.effectiveUser ?? this.ctx.user.email;
  }

  newTrigger(functionName: string): TriggerBuilderEmu {
    this.ctx.counter.hit("ScriptApp.newTrigger");
    if (typeof functionName !== "string" || functionName === "")
      throw signatureError("ScriptApp.newTrigger", [functionName]);
    return new TriggerBuilderEmu({
      ctx: this.ctx,
      store: this.store,
      handler: functionName,
      owner: () => this.owner(),
    });
  }

  /** Documented: "all installable triggers associated with the current project and current user". */
  getProjectTriggers(): TriggerEmu[] {
    this.ctx.counter.hit("ScriptApp.getProjectTriggers");
    return this.store.list({ owner: this.owner() }).map((r) => new TriggerEmu(this.ctx, r));
  }

  /** Documented: the triggers "owned by this user in the given" document, form or spreadsheet, for this script. */
  getUserTriggers(
    document:
      | GoogleAppsScript.Document.Document
      | GoogleAppsScript.Forms.Form
      | GoogleAppsScript.Spreadsheet.Spreadsheet,
  ): TriggerEmu[] {
    this.ctx.counter.hit("ScriptApp.getUserTriggers");
    const sourceId = sourceIdOf("ScriptApp.getUserTriggers", document);
    return this.store.list({ owner: this.owner(), sourceId }).map((r) => new TriggerEmu(this.ctx, r));
  }

  /** Removes one of the current user's triggers; a trigger already gone is ignored. */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.ctx.counter.hit("ScriptApp.deleteTrigger");
    if (!(trigger instanceof TriggerEmu)) throw signatureError("ScriptApp.deleteTrigger", [trigger]);
    this.store.remove(trigger.record.uid, this.owner());
  }
}
