// Factories for the emulated services other than SpreadsheetApp and FormApp, and the state they share.

import type { EmuContext } from "../context";
import { HtmlServiceEmu } from "./html";
import { Executions, LockServiceEmu } from "./lock";
import { ConsoleEmu, LoggerEmu, LogStore } from "./logger";
import { newPropertyStores, PropertiesServiceEmu, type PropertyStores } from "./properties";
import { ScriptAppEmu, TriggerStore } from "./script-app";
import { SessionEmu } from "./session";
import { UtilitiesEmu } from "./utilities";

export { gasError } from "./common";
export { ALLOWED_META_TAGS, HtmlOutputEmu, type HtmlOutputModel, HtmlServiceEmu } from "./html";
export {
  type ExecutionInfo,
  Executions,
  LOCK_TIMEOUT_MESSAGE,
  LockEmu,
  type LockEvent,
  type LockScope,
  LockServiceEmu,
  lockKey,
} from "./lock";
export { ConsoleEmu, type LogEntry, LoggerEmu, type LogLevel, LogStore } from "./logger";
export {
  newPropertyStores,
  PROPERTY_QUOTA_MESSAGE,
  PROPERTY_STORE_MAX_BYTES,
  PROPERTY_VALUE_MAX_BYTES,
  PROPERTY_VALUE_TOO_LARGE_MESSAGE,
  PropertiesEmu,
  PropertiesServiceEmu,
  type PropertyStores,
} from "./properties";
export {
  AuthMode,
  type ClockSpec,
  EMU_ID,
  EventType,
  type EventTypeName,
  MAX_TRIGGERS_PER_USER,
  ScriptAppEmu,
  TOO_MANY_TRIGGERS_MESSAGE,
  TriggerEmu,
  type TriggerRecord,
  TriggerSource,
  type TriggerSourceName,
  TriggerStore,
  type TriggerStoreSnapshot,
} from "./script-app";
export { SessionEmu, type SessionOptions, UserEmu } from "./session";
export { MAX_SLEEP_MS, UtilitiesEmu } from "./utilities";

/** What outlives one execution: locks and executions, script/user properties, triggers, logs. */
export interface ServicesState {
  executions: Executions;
  properties: PropertyStores;
  triggers: TriggerStore;
  logs: LogStore;
}

export function newServicesState(opts: { printLogs?: boolean } = {}): ServicesState {
  return {
    executions: new Executions(),
    properties: newPropertyStores(),
    triggers: new TriggerStore(),
    logs: new LogStore({ print: opts.printLogs }),
  };
}

export function createLockService(ctx: EmuContext, executions: Executions): LockServiceEmu {
  executions.documentId ??= ctx.workbook.id;
  return new LockServiceEmu(ctx, executions);
}

export function createPropertiesService(ctx: EmuContext, stores: PropertyStores): PropertiesServiceEmu {
  return new PropertiesServiceEmu(ctx, stores);
}

export function createScriptApp(
  ctx: EmuContext,
  triggers: TriggerStore,
  executions?: Executions,
): ScriptAppEmu {
  return new ScriptAppEmu(ctx, triggers, executions);
}

export function createSession(
  ctx: EmuContext,
  opts: { scriptTimeZone?: string; executions?: Executions } = {},
): SessionEmu {
  return new SessionEmu(ctx, opts);
}

export function createUtilities(ctx: EmuContext): UtilitiesEmu {
  return new UtilitiesEmu(ctx);
}

export function createHtmlService(ctx: EmuContext): HtmlServiceEmu {
  return new HtmlServiceEmu(ctx);
}

export function createLogger(ctx: EmuContext, logs: LogStore, executions?: Executions): LoggerEmu {
  return new LoggerEmu(ctx, logs, executions);
}

export function createConsole(ctx: EmuContext, logs: LogStore, executions?: Executions): ConsoleEmu {
  return new ConsoleEmu(ctx, logs, executions);
}

/** The globals these services add to the bundle's realm, keyed by their Apps Script names. */
export interface ServiceGlobals {
  LockService: LockServiceEmu;
  PropertiesService: PropertiesServiceEmu;
  ScriptApp: ScriptAppEmu;
  Session: SessionEmu;
  Utilities: UtilitiesEmu;
  HtmlService: HtmlServiceEmu;
  Logger: LoggerEmu;
  console: ConsoleEmu;
}

/** All of them at once, sharing `state`; `scriptTimeZone` is appsscript.json's `timeZone`. */
export function createServices(
  ctx: EmuContext,
  state: ServicesState,
  opts: { scriptTimeZone?: string } = {},
): ServiceGlobals {
  return {
    LockService: createLockService(ctx, state.executions),
    PropertiesService: createPropertiesService(ctx, state.properties),
    ScriptApp: createScriptApp(ctx, state.triggers, state.executions),
    Session: createSession(ctx, { scriptTimeZone: opts.scriptTimeZone, executions: state.executions }),
    Utilities: createUtilities(ctx),
    HtmlService: createHtmlService(ctx),
    Logger: createLogger(ctx, state.logs, state.executions),
    console: createConsole(ctx, state.logs, state.executions),
  };
}
