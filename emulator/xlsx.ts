// Workbook files: the emulator's WorkbookModel read from and written to .xlsx. The writer (xlsx/write.ts) makes the
// XML parts and the zip itself; files it wrote are read back from their XML (xlsx/own-read.ts), any other file
// (saved by Excel, LibreOffice, Google Sheets) through exceljs (xlsx/read.ts).
// What .xlsx holds natively is kept natively (values, dates as wall clocks in the workbook's zone, formulas with
// their last values, formats, notes, validations, frozen panes, hidden tabs, tab colours, column widths); the
// rest lives as JSON in one very hidden tab, `_proftrack` (see emulator/xlsx/meta.ts).

import { open, readFile, rename, rm } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import type { WorkbookModel } from "./model";
import { parseWorkbook } from "./xlsx/read";
import { writeXlsx } from "./xlsx/write";

export { META_SHEET } from "./xlsx/meta";

/** Reads an .xlsx (ours, or one exported from Google Sheets, Excel or LibreOffice) into a model. */
export async function readWorkbookBuffer(
  buf: Buffer | Uint8Array,
  fallbackName?: string,
): Promise<WorkbookModel> {
  return parseWorkbook(
    Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength),
    fallbackName,
  );
}

export async function writeWorkbookBuffer(wb: WorkbookModel): Promise<Buffer> {
  // Deflated at level 1 (xlsx/zip.ts): local mode saves on every change.
  return writeXlsx(wb);
}

/** Reads a workbook file; a file without the meta tab is named after the file (as Google names an imported one). */
export async function readWorkbookFile(path: string): Promise<WorkbookModel> {
  const buf = await readFile(path);
  try {
    return await parseWorkbook(buf, basename(path, extname(path)));
  } catch (e) {
    throw new Error(`cannot read workbook ${path}: ${(e as Error).message}`, { cause: e });
  }
}

/** Writes in flight by absolute path: writes to one file run one after another, in call order. */
const writing = new Map<string, Promise<void>>();

/**
 * Writes atomically: the bytes go to `path + ".tmp"`, are flushed to disk, and the file is renamed over `path`,
 * so a crash leaves the old file or the new one, never half of one. The model is read at the call (so later
 * changes to it do not leak into this write); overlapping writes to the same file are queued.
 */
export async function writeWorkbookFile(wb: WorkbookModel, path: string): Promise<void> {
  const bytes = writeWorkbookBuffer(wb);
  const key = resolve(path);
  const previous = writing.get(key) ?? Promise.resolve();
  const done = previous.catch(() => undefined).then(async () => replaceFile(path, await bytes));
  writing.set(key, done);
  try {
    await done;
  } finally {
    if (writing.get(key) === done) writing.delete(key);
  }
}

async function replaceFile(path: string, buf: Buffer): Promise<void> {
  const tmp = `${path}.tmp`;
  try {
    const handle = await open(tmp, "w");
    try {
      await handle.writeFile(buf);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
