// Typed google.script.run: server functions and their results come from typeof the entry module, as promises.

import type * as Entry from "../../gas/entry";

type Fn = (...args: never[]) => unknown;
type Server = { [K in keyof typeof Entry]: (typeof Entry)[K] extends Fn ? (typeof Entry)[K] : never };

/** Calls a server function; resolves with its result, rejects with the server's Error (message in the user's language). */
export function call<K extends keyof Server>(
  name: K,
  ...args: Parameters<Server[K]>
): Promise<ReturnType<Server[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v: unknown) => resolve(v as ReturnType<Server[K]>))
      .withFailureHandler((e: Error) => reject(e)) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[name as string](...(args as unknown[]));
  });
}

/** Closes the dialog or sidebar. */
export function close(): void {
  google.script.host.close();
}
