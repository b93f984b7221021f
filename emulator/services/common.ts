// Helpers every emulated service shares: Apps Script-style exceptions and checks that work across vm realms.

let realmError: ErrorConstructor = Error;

/**
 * Service errors are made with the bundle realm's Error, so `e instanceof Error` holds inside the bundle as on
 * Apps Script. The emulator points this at the realm of the bundle it is running before each execution.
 */
export function useRealmErrors(ctor: ErrorConstructor): void {
  realmError = ctor;
}

/**
 * An error as Apps Script's V8 runtime throws it from a service: `name` is "Exception", so that
 * `String(e)` reads "Exception: <message>" as in the execution log.
 */
export function gasError(message: string): Error {
  const e = new realmError(message);
  e.name = "Exception";
  return e;
}

/** The name Apps Script uses for a value's type in "The parameters (…) don't match the method signature" errors. */
function typeName(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) {
    if (v.length > 0 && v.every((x) => typeof x === "number")) return "number[]";
    if (v.length > 0 && v.every((x) => typeof x === "string")) return "String[]";
    return "Object[]";
  }
  if (isDate(v)) return "Date";
  switch (typeof v) {
    case "string":
      return "String";
    case "number":
      return "number";
    case "boolean":
      return "Boolean";
    default:
      return "Object";
  }
}

/** Apps Script's wording when a method is called with arguments of the wrong types, e.g. `Utilities.formatDate`. */
export function signatureError(method: string, args: readonly unknown[]): Error {
  return gasError(
    `The parameters (${args.map(typeName).join(",")}) don't match the method signature for ${method}.`,
  );
}

/** A Date from any realm: the bundle's Dates are not `instanceof` this realm's Date. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** A finite number (Apps Script's Integer parameters reject strings, NaN and objects). */
export function isNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** Thrown by interface methods the emulator deliberately does not provide. */
export function notEmulated(method: string): never {
  throw new Error(
    `${method} is not emulated: ПрофТрек does not use it. Add it in emulator/services if it becomes needed.`,
  );
}
