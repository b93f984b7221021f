// Logger and console: messages are recorded (printed only with PROFTRACK_EMU_LOGS=1) for tests and the CLI.

import { format } from "node:util";
import type { EmuContext } from "../context";
import type { Executions } from "./lock";

export type LogLevel = "log" | "info" | "warn" | "error";

export interface LogEntry {
  source: "Logger" | "console";
  level: LogLevel;
  message: string;
  time: Date;
  /** The execution that logged it (Logger.getLog shows only the current execution's messages). */
  execution: string;
}

/** Everything logged by the bundle, across executions. */
export class LogStore {
  readonly entries: LogEntry[] = [];
  /** Also write each entry to stderr; defaults to the PROFTRACK_EMU_LOGS=1 environment flag. */
  print: boolean;

  constructor(opts: { print?: boolean } = {}) {
    this.print = opts.print ?? process.env.PROFTRACK_EMU_LOGS === "1";
  }

  add(entry: LogEntry): void {
    this.entries.push(entry);
    if (this.print)
      process.stderr.write(
        `[${entry.source === "Logger" ? "Logger" : `console.${entry.level}`}] ${entry.message}\n`,
      );
  }

  /** The log as the CLI prints it: one `level: message` line per entry. */
  text(): string {
    return this.entries.map((e) => `${e.level}: ${e.message}\n`).join("");
  }

  clear(): void {
    this.entries.length = 0;
  }
}

/** How Logger writes a single value: strings as they are, objects and arrays as JSON. */
function show(v: unknown): string {
  if (typeof v === "string") return v;
  if (v !== null && typeof v === "object" && Object.prototype.toString.call(v) !== "[object Date]") {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

/** Reference: "%s placeholders, which are replaced with corresponding values from the list of arguments". */
function withPlaceholders(template: string, values: readonly unknown[]): string {
  let i = 0;
  return template.replace(/%s/g, (m) => (i < values.length ? show(values[i++]) : m));
}

export class LoggerEmu implements Pick<GoogleAppsScript.Base.Logger, "log" | "getLog" | "clear"> {
  constructor(
    private readonly ctx: EmuContext,
    private readonly logs: LogStore,
    private readonly executions?: Executions,
  ) {}

  private execution(): string {
    return this.executions?.current.id ?? "main";
  }

  log(data: unknown, ...values: unknown[]): LoggerEmu {
    this.ctx.counter.hit("Logger.log");
    const message = values.length > 0 ? withPlaceholders(String(data), values) : show(data);
    this.logs.add({
      source: "Logger",
      level: "info",
      message,
      time: this.ctx.now(),
      execution: this.execution(),
    });
    return this;
  }

  /** The current execution's Logger messages, one per line. */
  getLog(): string {
    this.ctx.counter.hit("Logger.getLog");
    const id = this.execution();
    return this.logs.entries
      .filter((e) => e.source === "Logger" && e.execution === id)
      .map((e) => `${e.message}\n`)
      .join("");
  }

  /** Clears the current execution's Logger messages. */
  clear(): void {
    this.ctx.counter.hit("Logger.clear");
    const id = this.execution();
    const keep = this.logs.entries.filter((e) => !(e.source === "Logger" && e.execution === id));
    this.logs.entries.length = 0;
    this.logs.entries.push(...keep);
  }
}

export class ConsoleEmu implements Pick<Console, "log" | "info" | "warn" | "error" | "time" | "timeEnd"> {
  private readonly timers = new Map<string, number>();

  constructor(
    private readonly ctx: EmuContext,
    private readonly logs: LogStore,
    private readonly executions?: Executions,
  ) {}

  private write(level: LogLevel, args: unknown[]): void {
    this.ctx.counter.hit(`console.${level}`);
    this.logs.add({
      source: "console",
      level,
      message: format(...args),
      time: this.ctx.now(),
      execution: this.executions?.current.id ?? "main",
    });
  }

  log(...args: unknown[]): void {
    this.write("log", args);
  }
  info(...args: unknown[]): void {
    this.write("info", args);
  }
  warn(...args: unknown[]): void {
    this.write("warn", args);
  }
  error(...args: unknown[]): void {
    this.write("error", args);
  }

  time(label = "default"): void {
    this.ctx.counter.hit("console.time");
    this.timers.set(String(label), this.ctx.now().getTime());
  }

  /** Logs `label: Nms` measured on the emulator's clock (ctx.now). */
  timeEnd(label = "default"): void {
    this.ctx.counter.hit("console.timeEnd");
    const start = this.timers.get(String(label));
    if (start === undefined) return;
    this.timers.delete(String(label));
    this.logs.add({
      source: "console",
      level: "log",
      message: `${String(label)}: ${this.ctx.now().getTime() - start}ms`,
      time: this.ctx.now(),
      execution: this.executions?.current.id ?? "main",
    });
  }
}
