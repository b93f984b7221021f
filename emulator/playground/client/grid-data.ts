// The rows of the shown tab, fetched in chunks of 200 as the grid scrolls, and its geometry (row height, column offsets).

import type { CellJson, SheetResponse, ValidationJson } from "../api-types";
import { getSheet } from "./api";

export const CHUNK = 200;
export const ROW_H = 22;
export const HEAD_H = 22;
export const RN_W = 46;
export const DEFAULT_COL_W = 100;

interface Chunk {
  rows: (CellJson | null)[][];
  validations: ValidationJson[];
}

export type SheetMeta = Omit<SheetResponse, "rows" | "validations" | "offset">;

/** One tab's data as far as it has been fetched. `onChange` runs when chunks or the tab's shape arrive. */
export class SheetData {
  meta: SheetMeta | null = null;
  /** Left edge of each column (0-based index), after the row-number column; colX[n] is the total width. */
  colX: number[] = [0];
  private chunks = new Map<number, Chunk>();
  private pending = new Set<number>();
  private generation = 0;

  constructor(
    readonly sheetId: number,
    private readonly onChange: (chunk: number | "meta") => void,
  ) {}

  /** Fetches the first chunk (and the tab's shape). */
  async load(): Promise<void> {
    await this.fetch(0, this.generation);
  }

  /** Starts fetching the chunk holding row r (0-based) if it is not there yet. */
  ensure(r: number): void {
    const k = Math.floor(r / CHUNK);
    if (!this.chunks.has(k) && !this.pending.has(k)) void this.fetch(k, this.generation);
  }

  /** Refetches the given chunks after a change; the old rows stay visible until the new ones arrive. */
  async reload(chunks: number[]): Promise<void> {
    this.generation += 1;
    const gen = this.generation;
    const keep = new Set([0, ...chunks]);
    await Promise.all([...keep].map((k) => this.fetch(k, gen)));
    if (gen !== this.generation) return;
    for (const k of [...this.chunks.keys()]) if (!keep.has(k)) this.chunks.delete(k);
  }

  has(r: number): boolean {
    return this.chunks.has(Math.floor(r / CHUNK));
  }

  cell(r: number, c: number): { cell: CellJson | null; validation?: ValidationJson } {
    const chunk = this.chunks.get(Math.floor(r / CHUNK));
    const cell = chunk?.rows[r % CHUNK]?.[c] ?? null;
    return { cell, validation: cell?.val !== undefined ? chunk?.validations[cell.val] : undefined };
  }

  private async fetch(k: number, gen: number): Promise<void> {
    this.pending.add(k);
    let stale = false;
    try {
      const res = await getSheet(this.sheetId, k * CHUNK, CHUNK);
      stale = gen !== this.generation;
      if (stale) return;
      const { rows, validations, offset: _offset, ...meta } = res;
      this.chunks.set(k, { rows, validations });
      const shapeChanged =
        !this.meta ||
        this.meta.maxRows !== meta.maxRows ||
        this.meta.maxColumns !== meta.maxColumns ||
        this.meta.frozenRows !== meta.frozenRows ||
        JSON.stringify(this.meta.columnWidths) !== JSON.stringify(meta.columnWidths) ||
        JSON.stringify(this.meta.charts) !== JSON.stringify(meta.charts);
      this.meta = meta;
      if (shapeChanged) {
        this.colX = [0];
        for (let c = 1; c <= meta.maxColumns; c++)
          this.colX.push(this.colX[c - 1] + (meta.columnWidths[c] ?? DEFAULT_COL_W));
      }
      this.onChange(shapeChanged ? "meta" : k);
    } finally {
      this.pending.delete(k);
      // A reply overtaken by a reload is dropped; ask for the rows again if nobody else has.
      if (stale && !this.chunks.has(k)) this.onChange(k);
    }
  }
}

/** Column letters of a 1-based index: 1 → A, 27 → AA. */
export function columnLetters(index: number): string {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
