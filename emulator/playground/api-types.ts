// The JSON the playground server sends to its page: shared by server.ts (node) and client/*.ts (browser), types only.

import type { MenuModel } from "../context";

export type { MenuItemModel, MenuModel } from "../context";

export interface TabInfo {
  id: number;
  name: string;
  hidden: boolean;
  /** The sheet's grid size. */
  rows: number;
  cols: number;
  /** The `proftrack.generated` marker's value: the tab is ПрофТрек's own and is rebuilt whole. */
  generated: string | null;
  tabColor: string | null;
}

export interface ShownInfo {
  /** Index in the log of shown HTML: GET /sidebar/:n serves it. */
  n: number;
  kind: "sidebar" | "modal" | "modeless";
  title: string;
  width?: number;
  height?: number;
}

export interface ToastInfo {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface AlertInfo {
  title: string;
  prompt: string;
  buttons: string;
  answer: string;
}

export interface StateResponse {
  workbookName: string;
  tabs: TabInfo[];
  activeSheetId: number | null;
  menus: MenuModel[];
  /** Pass it back as ?cursor= to get only what appeared since. */
  cursor: string;
  toasts: ToastInfo[];
  alerts: AlertInfo[];
  shown: ShownInfo[];
  /** Grows with every change: the page refetches the grid when it moved. */
  version: number;
}

/** Raw type of a cell value: s string, n number, b boolean, d date; "" for empty. */
export type RawType = "s" | "n" | "b" | "d" | "";

export interface CellJson {
  /** What the cell shows. */
  d: string;
  t: RawType;
  /** What an editor starts with (the formula, or the value typed the Sheets way). */
  e: string;
  bg?: string;
  fc?: string;
  b?: true;
  i?: true;
  al?: "left" | "center" | "right";
  note?: string;
  /** Index into SheetResponse.validations. */
  val?: number;
  /**
   * Where a HYPERLINK formula leads, when it is a place in this workbook («#gid=123&range=C86») or a web page
   * (http/https); other addresses are not links.
   */
  link?: string;
}

export type ValidationJson =
  | { kind: "list"; values: string[]; strict: boolean; helpText?: string }
  | { kind: "checkbox"; helpText?: string }
  | { kind: "other"; helpText?: string };

export interface ChartJson {
  id: number;
  /** The recorded spec: Charts.ChartType name, A1 ranges, options as set by the script. */
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  title: string;
  row: number;
  column: number;
  width: number;
  height: number;
  /** The chart's ranges read from the sheet and put side by side: numbers stay numbers, the rest is display text. */
  data: (string | number | null)[][];
}

export interface SheetResponse {
  id: number;
  name: string;
  hidden: boolean;
  generated: string | null;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  /** Width in px of each column, 1-based index → px (missing: the default). */
  columnWidths: Record<number, number>;
  lastRow: number;
  lastColumn: number;
  /** 0-based index of the first row in `rows`. */
  offset: number;
  rows: (CellJson | null)[][];
  validations: ValidationJson[];
  charts: ChartJson[];
  version: number;
}

export type RunResponse =
  | { ok: true; value: unknown; saveError?: string }
  | { ok: false; error: { name: string; message: string }; saveError?: string };
