// Conformance of the emulated Logger and console.
// Docs: https://developers.google.com/apps-script/reference/base/logger
//       https://developers.google.com/apps-script/reference/base/console

import { createConsole, createLogger, Executions, LogStore } from "../../../emulator/services";
import { makeContext } from "./make-context";

function setup() {
  const ctx = makeContext();
  const logs = new LogStore({ print: false });
  const executions = new Executions();
  return {
    ctx,
    logs,
    executions,
    Logger: createLogger(ctx, logs, executions),
    console: createConsole(ctx, logs, executions),
  };
}

test("Logger.log replaces %s placeholders with the values, converted to strings (logger#log(format, values))", () => {
  const { Logger } = setup();
  Logger.log("Class %s has %s pupils", "7А", 28);
  expect(Logger.getLog()).toBe("Class 7А has 28 pupils\n");
});

test("Logger.log of one value writes it, objects as JSON; log returns the Logger for chaining", () => {
  const { Logger } = setup();
  expect(Logger.log("plain").log({ a: 1 }).log(42)).toBe(Logger);
  expect(Logger.getLog()).toBe('plain\n{"a":1}\n42\n');
});

test("Logger.clear empties the log (logger#clear)", () => {
  const { Logger } = setup();
  Logger.log("x");
  Logger.clear();
  expect(Logger.getLog()).toBe("");
});

test("Logger.getLog shows the current execution's messages only", () => {
  const { Logger, executions, logs } = setup();
  Logger.log("before");
  executions.runAs("other", () => {
    Logger.log("inside");
    expect(Logger.getLog()).toBe("inside\n");
  });
  expect(Logger.getLog()).toBe("before\n");
  expect(logs.entries.map((e) => e.execution)).toEqual(["main", "other"]);
});

test("console levels are recorded with printf-style formatting, not printed", () => {
  const { console: c, logs } = setup();
  const spy = jest.spyOn(process.stderr, "write");
  c.log("saved %d rows", 3);
  c.info("info");
  c.warn("warn");
  c.error("error", { code: 1 });
  expect(logs.entries.map((e) => [e.level, e.message])).toEqual([
    ["log", "saved 3 rows"],
    ["info", "info"],
    ["warn", "warn"],
    ["error", "error { code: 1 }"],
  ]);
  expect(spy).not.toHaveBeenCalled();
  spy.mockRestore();
});

test("with printing on, entries also go to stderr", () => {
  const { ctx } = setup();
  const logs = new LogStore({ print: true });
  const spy = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  createConsole(ctx, logs).warn("careful");
  expect(spy).toHaveBeenCalledWith("[console.warn] careful\n");
  spy.mockRestore();
});

test("console.time / timeEnd measure on the emulator's clock", () => {
  const ctx = makeContext();
  let t = 1000;
  ctx.now = () => new Date(t);
  const logs = new LogStore({ print: false });
  const c = createConsole(ctx, logs);
  c.time("rebuild");
  t += 250;
  c.timeEnd("rebuild");
  expect(logs.entries.at(-1)!.message).toBe("rebuild: 250ms");
});

test("every call is counted", () => {
  const { ctx, Logger, console: c } = setup();
  Logger.log("a");
  c.warn("b");
  expect(ctx.counter.snapshot()).toEqual({ "Logger.log": 1, "console.warn": 1 });
});
