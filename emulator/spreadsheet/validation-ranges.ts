// A sheet's data validations as blocks (not one per cell): looking a cell's rule up, setting or clearing rules on a
// block (splitting the blocks it overlaps), and moving blocks as rows and columns are inserted and deleted the way
// cells move. All positions are 0-based; a block's last row and column are inclusive.

import type { SheetModel, ValidationModel, ValidationRangeModel } from "../model";

/** The rule of one cell, or undefined. */
export function validationAt(sheet: SheetModel, r: number, c: number): ValidationModel | undefined {
  const list = sheet.validations;
  if (!list) return undefined;
  for (const v of list) if (r >= v.r0 && r <= v.r1 && c >= v.c0 && c <= v.c1) return v.rule;
  return undefined;
}

/** The rules of a block, row by row (undefined where none); null when no rule touches the block. */
export function validationBlock(
  sheet: SheetModel,
  r0: number,
  c0: number,
  numRows: number,
  numColumns: number,
): (ValidationModel | undefined)[][] | null {
  const r1 = r0 + numRows - 1;
  const c1 = c0 + numColumns - 1;
  let out: (ValidationModel | undefined)[][] | null = null;
  for (const v of sheet.validations ?? []) {
    if (v.r1 < r0 || v.r0 > r1 || v.c1 < c0 || v.c0 > c1) continue;
    if (!out) {
      out = new Array(numRows);
      for (let i = 0; i < numRows; i++)
        out[i] = new Array<ValidationModel | undefined>(numColumns).fill(undefined);
    }
    const top = Math.max(v.r0, r0);
    const bottom = Math.min(v.r1, r1);
    const left = Math.max(v.c0, c0);
    const right = Math.min(v.c1, c1);
    for (let r = top; r <= bottom; r++) {
      const line = out[r - r0]!;
      for (let c = left; c <= right; c++) line[c - c0] = v.rule;
    }
  }
  return out;
}

/** The parts of `v` outside the block (up to four). */
function minus(
  v: ValidationRangeModel,
  r0: number,
  c0: number,
  r1: number,
  c1: number,
): ValidationRangeModel[] {
  if (v.r1 < r0 || v.r0 > r1 || v.c1 < c0 || v.c0 > c1) return [v];
  const out: ValidationRangeModel[] = [];
  const { rule } = v;
  if (v.r0 < r0) out.push({ r0: v.r0, c0: v.c0, r1: r0 - 1, c1: v.c1, rule });
  if (v.r1 > r1) out.push({ r0: r1 + 1, c0: v.c0, r1: v.r1, c1: v.c1, rule });
  const top = Math.max(v.r0, r0);
  const bottom = Math.min(v.r1, r1);
  if (v.c0 < c0) out.push({ r0: top, c0: v.c0, r1: bottom, c1: c0 - 1, rule });
  if (v.c1 > c1) out.push({ r0: top, c0: c1 + 1, r1: bottom, c1: v.c1, rule });
  return out;
}

/** How many of the last blocks `add` looks at for a neighbour to join (a run set cell by cell joins the last one). */
const JOIN_WINDOW = 8;

/**
 * Adds a block that overlaps no other, joined to a recent neighbour of the same rule and the same span when there is
 * one. The list is the sheet's own (a copy of a workbook copies it) and changes in place; a block is a value, never
 * changed in place: a join puts a new block there.
 */
function add(list: ValidationRangeModel[], b: ValidationRangeModel): void {
  for (let i = list.length - 1; i >= 0 && i >= list.length - JOIN_WINDOW; i--) {
    const v = list[i]!;
    if (v.rule !== b.rule) continue;
    if (v.c0 === b.c0 && v.c1 === b.c1 && (v.r1 + 1 === b.r0 || b.r1 + 1 === v.r0)) {
      list[i] = { ...v, r0: Math.min(v.r0, b.r0), r1: Math.max(v.r1, b.r1) };
      return;
    }
    if (v.r0 === b.r0 && v.r1 === b.r1 && (v.c1 + 1 === b.c0 || b.c1 + 1 === v.c0)) {
      list[i] = { ...v, c0: Math.min(v.c0, b.c0), c1: Math.max(v.c1, b.c1) };
      return;
    }
  }
  list.push(b);
}

/** Sets one rule (or none) on every cell of the block. */
export function setValidation(
  sheet: SheetModel,
  r0: number,
  c0: number,
  numRows: number,
  numColumns: number,
  rule: ValidationModel | undefined,
): void {
  const r1 = r0 + numRows - 1;
  const c1 = c0 + numColumns - 1;
  let list = sheet.validations ?? [];
  // Most sets cover no block yet (a read file's ranges, setup's columns): the list is then only added to.
  let overlaps = false;
  for (const v of list) {
    if (v.r1 >= r0 && v.r0 <= r1 && v.c1 >= c0 && v.c0 <= c1) {
      overlaps = true;
      break;
    }
  }
  if (overlaps) {
    const kept: ValidationRangeModel[] = [];
    for (const v of list) for (const part of minus(v, r0, c0, r1, c1)) kept.push(part);
    list = kept;
  }
  if (rule) add(list, { r0, c0, r1, c1, rule });
  if (list.length > 0) sheet.validations = list;
  else delete sheet.validations;
}

/** True when no two of the blocks share a cell (a sweep down the rows: only blocks open at a row are compared). */
function disjoint(blocks: readonly ValidationRangeModel[]): boolean {
  const byTop = [...blocks].sort((a, b) => a.r0 - b.r0);
  let open: ValidationRangeModel[] = [];
  for (const b of byTop) {
    open = open.filter((v) => v.r1 >= b.r0);
    for (const v of open) if (v.c1 >= b.c0 && v.c0 <= b.c1) return false;
    open.push(b);
  }
  return true;
}

/**
 * Sets blocks one after another (a later one wins where they overlap), as a read file lists them. Blocks that
 * overlap nothing go in at once: a file with thousands of ranges is read in about linear time.
 */
export function addValidations(sheet: SheetModel, blocks: readonly ValidationRangeModel[]): void {
  if (blocks.length === 0) return;
  if (!sheet.validations && disjoint(blocks)) {
    sheet.validations = [...blocks];
    return;
  }
  for (const b of blocks) setValidation(sheet, b.r0, b.c0, b.r1 - b.r0 + 1, b.c1 - b.c0 + 1, b.rule);
}

/** Sets a rule (or none) per cell of the block: the block is cleared, then each run down a column of one rule added. */
export function setValidations(
  sheet: SheetModel,
  r0: number,
  c0: number,
  rules: readonly (readonly (ValidationModel | undefined)[])[],
): void {
  const numRows = rules.length;
  const numColumns = rules[0]?.length ?? 0;
  if (numRows === 0 || numColumns === 0) return;
  setValidation(sheet, r0, c0, numRows, numColumns, undefined);
  const list = sheet.validations ?? [];
  for (let j = 0; j < numColumns; j++) {
    let i = 0;
    while (i < numRows) {
      const rule = rules[i]![j];
      let end = i;
      while (end + 1 < numRows && rules[end + 1]![j] === rule) end++;
      if (rule) add(list, { r0: r0 + i, c0: c0 + j, r1: r0 + end, c1: c0 + j, rule });
      i = end + 1;
    }
  }
  if (list.length > 0) sheet.validations = list;
}

/** New (0-based inclusive) bounds of [a, b] after `count` lines are inserted before line `at`; split when inside. */
function afterInsert(a: number, b: number, at: number, count: number): [number, number][] {
  if (b < at) return [[a, b]];
  if (a >= at) return [[a + count, b + count]];
  return [
    [a, at - 1],
    [at + count, b + count],
  ];
}

/** New bounds of [a, b] after lines at..at+count-1 are deleted; null when none of it is left. */
function afterDelete(a: number, b: number, at: number, count: number): [number, number] | null {
  const map = (x: number, start: boolean) => (x < at ? x : x >= at + count ? x - count : start ? at : at - 1);
  const na = map(a, true);
  const nb = map(b, false);
  return na > nb ? null : [na, nb];
}

function moveAll(sheet: SheetModel, move: (v: ValidationRangeModel) => ValidationRangeModel[]): void {
  const list = sheet.validations;
  if (!list) return;
  const out = list.flatMap(move);
  if (out.length > 0) sheet.validations = out;
  else delete sheet.validations;
}

/** Rows inserted before 0-based row `at` have no validation; blocks across it are split, as cells move. */
export function insertValidationRows(sheet: SheetModel, at: number, count: number): void {
  moveAll(sheet, (v) => afterInsert(v.r0, v.r1, at, count).map(([r0, r1]) => ({ ...v, r0, r1 })));
}

export function deleteValidationRows(sheet: SheetModel, at: number, count: number): void {
  moveAll(sheet, (v) => {
    const rows = afterDelete(v.r0, v.r1, at, count);
    return rows ? [{ ...v, r0: rows[0], r1: rows[1] }] : [];
  });
}

export function insertValidationColumns(sheet: SheetModel, at: number, count: number): void {
  moveAll(sheet, (v) => afterInsert(v.c0, v.c1, at, count).map(([c0, c1]) => ({ ...v, c0, c1 })));
}

export function deleteValidationColumns(sheet: SheetModel, at: number, count: number): void {
  moveAll(sheet, (v) => {
    const cols = afterDelete(v.c0, v.c1, at, count);
    return cols ? [{ ...v, c0: cols[0], c1: cols[1] }] : [];
  });
}
