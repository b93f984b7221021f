// Range, part 2: formats and notes — number formats, backgrounds, fonts, wrap, alignment — singly or as blocks.

import type { CellModel } from "../model";
import { DEFAULT_NUMBER_FORMAT } from "./display";
import { badArgs, fail, MAX_CELL_CHARS, MSG } from "./errors";
import { clearCell } from "./grid";
import { RangeCore } from "./range-core";
import type { GasRange } from "./types";

export type RangeFormats = Pick<
  GasRange,
  | "getNumberFormat"
  | "getNumberFormats"
  | "setNumberFormat"
  | "setNumberFormats"
  | "getBackground"
  | "getBackgrounds"
  | "setBackground"
  | "setBackgrounds"
  | "getFontWeight"
  | "getFontWeights"
  | "setFontWeight"
  | "setFontWeights"
  | "getFontColor"
  | "getFontColors"
  | "setFontColor"
  | "setFontColors"
  | "getFontStyle"
  | "getFontStyles"
  | "setFontStyle"
  | "setFontStyles"
  | "getWrap"
  | "getWraps"
  | "setWrap"
  | "setWraps"
  | "getHorizontalAlignment"
  | "getHorizontalAlignments"
  | "setHorizontalAlignment"
  | "setHorizontalAlignments"
  | "getNote"
  | "getNotes"
  | "setNote"
  | "setNotes"
  | "clearNote"
>;

type Key =
  | "numberFormat"
  | "background"
  | "fontColor"
  | "fontWeight"
  | "fontStyle"
  | "wrap"
  | "horizontalAlignment"
  | "note";

const NAMED: Record<string, string> = {
  white: "#ffffff",
  black: "#000000",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  silver: "#c0c0c0",
  purple: "#800080",
  lime: "#00ff00",
  cyan: "#00ffff",
  magenta: "#ff00ff",
};

/** A color as Apps Script hands it back: lower-case #rrggbb; null or "" reset it. */
export function normColor(x: unknown): string | undefined {
  if (x === null || x === undefined || x === "") return undefined;
  const s = String(x).trim().toLowerCase();
  if (NAMED[s]) return NAMED[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : s;
}

const numberFormat = (x: unknown) =>
  x === null || x === undefined || x === "" || x === "General" ? undefined : String(x);
const fontWeight = (x: unknown) => (x === "bold" ? "bold" : undefined) as CellModel["fontWeight"];
const fontStyle = (x: unknown) => (x === "italic" ? "italic" : undefined) as CellModel["fontStyle"];
const wrap = (x: unknown) => (x === true ? true : undefined);
const alignment = (x: unknown) =>
  (x === "left" || x === "center" || x === "right" ? x : undefined) as CellModel["horizontalAlignment"];
const note = (x: unknown) => {
  const s = x === null || x === undefined ? "" : String(x);
  if (s.length > MAX_CELL_CHARS) fail(MSG.tooLong);
  return s === "" ? undefined : s;
};

export class RangeFormatting extends RangeCore implements RangeFormats {
  private getOne<K extends Key>(method: string, key: K, dflt: string | boolean): NonNullable<CellModel[K]> {
    this.hit(method);
    return (this.topLeft()?.[key] ?? dflt) as NonNullable<CellModel[K]>;
  }

  private getAll<K extends Key>(
    method: string,
    key: K,
    dflt: string | boolean,
  ): NonNullable<CellModel[K]>[][] {
    this.hit(method);
    return this.readBlock((cell) => (cell?.[key] ?? dflt) as NonNullable<CellModel[K]>);
  }

  private setOne<K extends Key>(method: string, key: K, value: CellModel[K] | undefined): GasRange {
    this.hit(method);
    if (value === undefined) this.eachExisting((cell) => delete cell[key]);
    else this.fillBlock((cell) => (cell[key] = value));
    return this.self();
  }

  private setAll<K extends Key>(
    method: string,
    key: K,
    data: unknown,
    conv: (x: unknown) => CellModel[K] | undefined,
  ): GasRange {
    this.hit(method);
    const block = this.checkShape(method, data);
    const converted = block.map((r) => r.map(conv));
    this.fillBlock((cell, i, j) => {
      const v = converted[i][j];
      if (v === undefined) delete cell[key];
      else cell[key] = v;
    });
    return this.self();
  }

  getNumberFormat(): string {
    return this.getOne("getNumberFormat", "numberFormat", DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormats(): string[][] {
    return this.getAll("getNumberFormats", "numberFormat", DEFAULT_NUMBER_FORMAT);
  }
  setNumberFormat(format: string): GasRange {
    if (typeof format !== "string") badArgs("Range.setNumberFormat", [format]);
    return this.setOne("setNumberFormat", "numberFormat", numberFormat(format));
  }
  setNumberFormats(formats: string[][]): GasRange {
    return this.setAll("setNumberFormats", "numberFormat", formats, numberFormat);
  }

  getBackground(): string {
    return this.getOne("getBackground", "background", "#ffffff");
  }
  getBackgrounds(): string[][] {
    return this.getAll("getBackgrounds", "background", "#ffffff");
  }
  setBackground(color: string | null): GasRange {
    return this.setOne("setBackground", "background", normColor(color));
  }
  setBackgrounds(colors: (string | null)[][]): GasRange {
    return this.setAll("setBackgrounds", "background", colors, normColor);
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getOne("getFontWeight", "fontWeight", "normal");
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.getAll("getFontWeights", "fontWeight", "normal");
  }
  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    return this.setOne("setFontWeight", "fontWeight", fontWeight(weight));
  }
  setFontWeights(weights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): GasRange {
    return this.setAll("setFontWeights", "fontWeight", weights, fontWeight);
  }

  getFontColor(): string {
    return this.getOne("getFontColor", "fontColor", "#000000");
  }
  getFontColors(): string[][] {
    return this.getAll("getFontColors", "fontColor", "#000000");
  }
  setFontColor(color: string | null): GasRange {
    return this.setOne("setFontColor", "fontColor", normColor(color));
  }
  setFontColors(colors: unknown[][]): GasRange {
    return this.setAll("setFontColors", "fontColor", colors, normColor);
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.getOne("getFontStyle", "fontStyle", "normal");
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.getAll("getFontStyles", "fontStyle", "normal");
  }
  setFontStyle(style: GoogleAppsScript.Spreadsheet.FontStyle | null): GasRange {
    return this.setOne("setFontStyle", "fontStyle", fontStyle(style));
  }
  setFontStyles(styles: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]): GasRange {
    return this.setAll("setFontStyles", "fontStyle", styles, fontStyle);
  }

  getWrap(): boolean {
    return this.getOne("getWrap", "wrap", false);
  }
  getWraps(): boolean[][] {
    return this.getAll("getWraps", "wrap", false);
  }
  setWrap(isWrapEnabled: boolean): GasRange {
    return this.setOne("setWrap", "wrap", wrap(isWrapEnabled));
  }
  setWraps(isWrapEnabled: boolean[][]): GasRange {
    return this.setAll("setWraps", "wrap", isWrapEnabled, wrap);
  }

  getHorizontalAlignment(): string {
    return this.getOne("getHorizontalAlignment", "horizontalAlignment", "general");
  }
  getHorizontalAlignments(): string[][] {
    return this.getAll("getHorizontalAlignments", "horizontalAlignment", "general");
  }
  setHorizontalAlignment(alignmentName: "left" | "center" | "normal" | "right" | null): GasRange {
    return this.setOne("setHorizontalAlignment", "horizontalAlignment", alignment(alignmentName));
  }
  setHorizontalAlignments(alignments: ("left" | "center" | "normal" | "right" | null)[][]): GasRange {
    return this.setAll("setHorizontalAlignments", "horizontalAlignment", alignments, alignment);
  }

  getNote(): string {
    return this.getOne("getNote", "note", "");
  }
  getNotes(): string[][] {
    return this.getAll("getNotes", "note", "");
  }
  setNote(text: string | null): GasRange {
    return this.setOne("setNote", "note", note(text));
  }
  setNotes(notes: (string | null)[][]): GasRange {
    return this.setAll("setNotes", "note", notes, note);
  }
  clearNote(): GasRange {
    return this.setOne("clearNote", "note", undefined);
  }

  /** Removes every format (not values, notes or validation), as clearFormat does. */
  protected clearFormats(): void {
    this.eachExisting((cell) => clearCell(cell, { formats: true }));
  }
}
