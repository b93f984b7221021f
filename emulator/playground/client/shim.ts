// /shim.js: google.script.run and google.script.host for a sidebar or dialog served by the playground.
// Loaded as the first script of the page; calls go to POST /api/run, the host talks to the playground by postMessage.

import { serialiseArgs } from "./serialise";

type Handler = (value: unknown, userObject?: unknown) => void;
interface RunnerState {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

/** Tells the playground page (the parent window) something: a call finished, close me, resize me. */
function post(type: string, extra: Record<string, unknown> = {}): void {
  if (window.parent && window.parent !== window)
    window.parent.postMessage({ source: "proftrack-shim", type, ...extra }, "*");
}

function fail(state: RunnerState, error: Error): void {
  if (state.failure) state.failure(error, state.userObject);
  else console.error(error);
}

async function callServer(fn: string, rawArgs: unknown[], state: RunnerState): Promise<void> {
  let args: unknown[];
  try {
    args = serialiseArgs(rawArgs);
  } catch (e) {
    // Apps Script never reaches the server with an illegal value; the call still fails asynchronously.
    await Promise.resolve();
    fail(state, e as Error);
    return;
  }
  let result: { ok: boolean; value?: unknown; error?: { name: string; message: string } };
  try {
    const res = await fetch("/api/run", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ fn, args }),
    });
    const body = await res.json();
    result = res.ok
      ? body
      : { ok: false, error: { name: "Error", message: body.error ?? `HTTP ${res.status}` } };
  } catch (e) {
    result = {
      ok: false,
      error: { name: "NetworkError", message: `Нет связи с playground: ${(e as Error).message}` },
    };
  }
  post("ran", { fn });
  if (result.ok) state.success?.(result.value, state.userObject);
  else {
    const error = new Error(result.error?.message ?? "");
    error.name = result.error?.name ?? "Error";
    fail(state, error);
  }
}

const RESERVED = new Set(["then", "toJSON", "constructor", "valueOf", "toString"]);

/** A runner is immutable: every with* returns a new one, so a shared runner keeps its handlers. */
function runner(state: RunnerState): unknown {
  const base = {
    withSuccessHandler: (f: Handler) => runner({ ...state, success: f }),
    withFailureHandler: (f: Handler) => runner({ ...state, failure: f }),
    withUserObject: (o: unknown) => runner({ ...state, userObject: o }),
  };
  return new Proxy(base, {
    get(target, prop) {
      if (typeof prop !== "string" || RESERVED.has(prop)) return undefined;
      if (prop in target) return target[prop as keyof typeof target];
      return (...args: unknown[]) => {
        void callServer(prop, args, state);
      };
    },
  });
}

const host = {
  close: () => post("close"),
  setHeight: (h: number) => post("resize", { height: Number(h) }),
  setWidth: (w: number) => post("resize", { width: Number(w) }),
  editor: { focus: () => post("focus-editor") },
  origin: location.origin,
};

const w = window as unknown as { google?: { script?: Record<string, unknown> } };
w.google = w.google ?? {};
w.google.script = { ...(w.google.script ?? {}), run: runner({}), host };
