// Developer metadata on the spreadsheet, a sheet, or a whole row or column; its location, and the finder.

import type { DeveloperMetadataModel, SheetModel } from "../model";
import { nextId } from "../model";
import type { Doc } from "./doc";
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  type LocationTypeName,
  member,
} from "./enums";
import { badArgs, fail, MSG } from "./errors";
import {
  asGas,
  type GasMetadata,
  type GasMetadataFinder,
  type GasMetadataLocation,
  type GasRange,
  type GasSheet,
  type GasSpreadsheet,
} from "./types";

type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

/**
 * Metadata on a whole row or column. The model has no field for that location yet, so it is kept in the sheet's
 * list with this extra field (the .xlsx file may not keep it).
 */
export interface LocatedMetadata extends DeveloperMetadataModel {
  location?: { type: "ROW" | "COLUMN"; index: number };
}

/**
 * addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility). Enum members are their
 * names here, so a two-argument call whose second argument is "DOCUMENT" or "PROJECT" is read as the visibility.
 */
export function addMetadata(
  doc: Doc,
  method: string,
  args: readonly unknown[],
  sheet: SheetModel | null,
  location: LocatedMetadata["location"] | null = null,
): void {
  const given = args.filter((x) => x !== undefined);
  const [key, a, b] = given;
  if (typeof key !== "string") badArgs(method, given);
  let value: string | null = null;
  let visibility: DeveloperMetadataModel["visibility"] = "DOCUMENT";
  if (given.length >= 3) {
    if (typeof a !== "string") badArgs(method, given);
    value = a as string;
    visibility = member(DeveloperMetadataVisibility, b) ?? badArgs(method, given);
  } else if (given.length === 2) {
    const vis = member(DeveloperMetadataVisibility, a);
    if (vis) visibility = vis;
    else if (typeof a === "string") value = a;
    else badArgs(method, given);
  }
  const model: LocatedMetadata = { id: nextId(doc.wb), key, value, visibility };
  if (location) model.location = location;
  (sheet ? sheet.metadata : doc.wb.metadata).push(model);
}

function locationOf(model: LocatedMetadata, sheet: SheetModel | null): LocationTypeName {
  if (!sheet) return "SPREADSHEET";
  return model.location?.type ?? "SHEET";
}

/** Metadata located on the sheet itself (not its rows or columns), as Sheet.getDeveloperMetadata returns. */
export function sheetMetadata(doc: Doc, sheet: SheetModel): GasMetadata[] {
  return sheet.metadata.filter((m: LocatedMetadata) => !m.location).map((m) => doc.metadata(m, sheet));
}

/** Metadata on one whole row or column. */
export function metadataAt(
  doc: Doc,
  sheet: SheetModel,
  loc: { type: "ROW" | "COLUMN"; index: number },
): GasMetadata[] {
  return sheet.metadata
    .filter((m: LocatedMetadata) => m.location?.type === loc.type && m.location.index === loc.index)
    .map((m) => doc.metadata(m, sheet));
}

export class EmuMetadata
  implements
    Pick<
      GasMetadata,
      | "getId"
      | "getKey"
      | "getValue"
      | "getVisibility"
      | "getLocation"
      | "setKey"
      | "setValue"
      | "setVisibility"
      | "remove"
    >
{
  constructor(
    private readonly doc: Doc,
    readonly model: LocatedMetadata,
    private readonly sheet: SheetModel | null,
  ) {}

  private list(): DeveloperMetadataModel[] {
    return this.sheet ? this.sheet.metadata : this.doc.wb.metadata;
  }

  private hit(method: string): void {
    this.doc.hit(`DeveloperMetadata.${method}`);
    if (!this.list().includes(this.model) || (this.sheet && !this.doc.wb.sheets.includes(this.sheet))) {
      fail(MSG.deletedObject("developer metadata"));
    }
  }

  getId(): number {
    this.hit("getId");
    return this.model.id;
  }
  getKey(): string {
    this.hit("getKey");
    return this.model.key;
  }
  getValue(): string | null {
    this.hit("getValue");
    return this.model.value;
  }
  getVisibility(): Visibility {
    this.hit("getVisibility");
    return this.model.visibility as unknown as Visibility;
  }
  setKey(key: string): GasMetadata {
    this.hit("setKey");
    if (typeof key !== "string") badArgs("DeveloperMetadata.setKey", [key]);
    this.model.key = key;
    return asGas(this);
  }
  setValue(value: string): GasMetadata {
    this.hit("setValue");
    if (typeof value !== "string") badArgs("DeveloperMetadata.setValue", [value]);
    this.model.value = value;
    return asGas(this);
  }
  setVisibility(visibility: Visibility): GasMetadata {
    this.hit("setVisibility");
    this.model.visibility =
      member(DeveloperMetadataVisibility, visibility) ??
      badArgs("DeveloperMetadata.setVisibility", [visibility]);
    return asGas(this);
  }
  remove(): void {
    this.hit("remove");
    const list = this.list();
    list.splice(list.indexOf(this.model), 1);
  }
  getLocation(): GasMetadataLocation {
    this.hit("getLocation");
    return asGas(new EmuMetadataLocation(this.doc, this.model, this.sheet));
  }
}

export class EmuMetadataLocation
  implements
    Pick<GasMetadataLocation, "getLocationType" | "getSheet" | "getSpreadsheet" | "getRow" | "getColumn">
{
  constructor(
    private readonly doc: Doc,
    private readonly model: LocatedMetadata,
    private readonly sheet: SheetModel | null,
  ) {}

  getLocationType(): LocationType {
    this.doc.hit("DeveloperMetadataLocation.getLocationType");
    return locationOf(this.model, this.sheet) as unknown as LocationType;
  }
  getSheet(): GasSheet | null {
    this.doc.hit("DeveloperMetadataLocation.getSheet");
    return this.sheet ? this.doc.sheet(this.sheet) : null;
  }
  getSpreadsheet(): GasSpreadsheet | null {
    this.doc.hit("DeveloperMetadataLocation.getSpreadsheet");
    return this.sheet ? null : this.doc.spreadsheet();
  }
  getRow(): GasRange | null {
    this.doc.hit("DeveloperMetadataLocation.getRow");
    const loc = this.model.location;
    if (!this.sheet || loc?.type !== "ROW") return null;
    return this.doc.range(this.sheet, loc.index, 1, 1, this.sheet.maxColumns);
  }
  getColumn(): GasRange | null {
    this.doc.hit("DeveloperMetadataLocation.getColumn");
    const loc = this.model.location;
    if (!this.sheet || loc?.type !== "COLUMN") return null;
    return this.doc.range(this.sheet, 1, loc.index, this.sheet.maxRows, 1);
  }
}

type Filter = (m: LocatedMetadata, sheet: SheetModel | null) => boolean;

/** Searches the spreadsheet's metadata (all of it, or one sheet's); every with…() narrows the search. */
export class EmuMetadataFinder
  implements
    Pick<
      GasMetadataFinder,
      "find" | "withId" | "withKey" | "withLocationType" | "withValue" | "withVisibility"
    >
{
  private readonly filters: Filter[] = [];

  constructor(
    private readonly doc: Doc,
    /** null: the whole spreadsheet. */
    private readonly scope: SheetModel | null,
  ) {}

  private narrow(method: string, f: Filter): GasMetadataFinder {
    this.doc.hit(`DeveloperMetadataFinder.${method}`);
    this.filters.push(f);
    return asGas(this);
  }

  withId(id: number): GasMetadataFinder {
    return this.narrow("withId", (m) => m.id === id);
  }
  withKey(key: string): GasMetadataFinder {
    return this.narrow("withKey", (m) => m.key === key);
  }
  withValue(value: string): GasMetadataFinder {
    return this.narrow("withValue", (m) => m.value === value);
  }
  withVisibility(visibility: Visibility): GasMetadataFinder {
    const v = String(visibility);
    return this.narrow("withVisibility", (m) => m.visibility === v);
  }
  withLocationType(locationType: LocationType): GasMetadataFinder {
    const t = member(DeveloperMetadataLocationType, locationType);
    return this.narrow("withLocationType", (m, sheet) => locationOf(m, sheet) === t);
  }

  find(): GasMetadata[] {
    this.doc.hit("DeveloperMetadataFinder.find");
    const found: GasMetadata[] = [];
    const consider = (m: LocatedMetadata, sheet: SheetModel | null) => {
      if (this.filters.every((f) => f(m, sheet))) found.push(this.doc.metadata(m, sheet));
    };
    if (this.scope) {
      this.doc.checkAlive(this.scope);
      for (const m of this.scope.metadata) consider(m, this.scope);
    } else {
      for (const m of this.doc.wb.metadata) consider(m, null);
      for (const s of this.doc.wb.sheets) for (const m of s.metadata) consider(m, s);
    }
    return found;
  }
}
