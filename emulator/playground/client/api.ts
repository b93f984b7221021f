// The page's calls to the playground server: state, a window of a sheet, a menu or sidebar call, a cell edit.

import type { RunResponse, SheetResponse, StateResponse } from "../api-types";

async function request<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  if (!res.ok) throw new Error((data as { error?: string }).error ?? `HTTP ${res.status}`);
  return data as T;
}

export function getState(cursor?: string): Promise<StateResponse> {
  return request("GET", `/api/state${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`);
}

export function getSheet(id: number, offset: number, limit: number): Promise<SheetResponse> {
  return request("GET", `/api/sheet/${id}?offset=${offset}&limit=${limit}`);
}

/** A menu click: runs a global of the bundle as google.script.run would. */
export function run(fn: string, args: unknown[] = []): Promise<RunResponse> {
  return request("POST", "/api/run", { fn, args });
}

export function edit(
  sheetId: number,
  row: number,
  column: number,
  value: string | boolean,
): Promise<RunResponse> {
  return request("POST", "/api/edit", { sheetId, row, column, value });
}

export function activate(sheetId: number): Promise<unknown> {
  return request("POST", "/api/activate", { sheetId });
}
