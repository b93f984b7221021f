// Protection of a sheet or a range: description, warning-only, editors; the whole-sheet one is unique per sheet.

import type { ProtectionModel, SheetModel } from "../model";
import { nextId } from "../model";
import type { Doc } from "./doc";
import { badArgs, fail, MSG } from "./errors";
import { asGas, type GasProtection, type GasRange, type GasUser } from "./types";

type ProtectionTypeEnum = GoogleAppsScript.Spreadsheet.ProtectionType;

/**
 * Sheet.protect(): "If the sheet is already protected, this method returns an object representing the existing
 * protection settings." Range.protect() makes a new range protection every time.
 */
export function newProtection(doc: Doc, sheet: SheetModel, a1: string | null): GasProtection {
  if (a1 === null) {
    const existing = sheet.protections.find((p) => p.range === null);
    if (existing) return doc.protection(sheet, existing);
  }
  const email = doc.ctx.user.email;
  const model: ProtectionModel = {
    id: nextId(doc.wb),
    description: "",
    warningOnly: false,
    range: a1,
    editors: email ? [email] : [],
  };
  sheet.protections.push(model);
  return doc.protection(sheet, model);
}

function user(doc: Doc, email: string): GasUser {
  return asGas({
    getEmail: () => {
      doc.hit("User.getEmail");
      return email;
    },
    toString: () => email,
  });
}

function emailOf(x: unknown): string | null {
  if (typeof x === "string") return x;
  if (x && typeof (x as GasUser).getEmail === "function") return (x as GasUser).getEmail();
  return null;
}

export class EmuProtection
  implements
    Pick<
      GasProtection,
      | "addEditor"
      | "addEditors"
      | "canDomainEdit"
      | "canEdit"
      | "getDescription"
      | "getEditors"
      | "getProtectionType"
      | "getRange"
      | "isWarningOnly"
      | "remove"
      | "removeEditor"
      | "removeEditors"
      | "setDescription"
      | "setDomainEdit"
      | "setWarningOnly"
    >
{
  constructor(
    private readonly doc: Doc,
    private readonly sheet: SheetModel,
    readonly model: ProtectionModel,
  ) {}

  private hit(method: string): void {
    this.doc.hit(`Protection.${method}`);
    this.doc.checkAlive(this.sheet);
    if (!this.sheet.protections.includes(this.model)) fail(MSG.deletedObject("protection"));
  }

  private self(): GasProtection {
    return asGas(this);
  }

  getDescription(): string {
    this.hit("getDescription");
    return this.model.description;
  }
  setDescription(description: string): GasProtection {
    this.hit("setDescription");
    if (typeof description !== "string") badArgs("Protection.setDescription", [description]);
    this.model.description = description;
    return this.self();
  }
  isWarningOnly(): boolean {
    this.hit("isWarningOnly");
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GasProtection {
    this.hit("setWarningOnly");
    if (typeof warningOnly !== "boolean") badArgs("Protection.setWarningOnly", [warningOnly]);
    this.model.warningOnly = warningOnly;
    return this.self();
  }
  getProtectionType(): ProtectionTypeEnum {
    this.hit("getProtectionType");
    return (this.model.range === null ? "SHEET" : "RANGE") as unknown as ProtectionTypeEnum;
  }
  getRange(): GasRange {
    this.hit("getRange");
    if (this.model.range === null)
      return this.doc.range(this.sheet, 1, 1, this.sheet.maxRows, this.sheet.maxColumns);
    const { sheet, r, c, nr, nc } = this.doc.resolveA1(this.model.range, this.sheet);
    return this.doc.range(sheet, r, c, nr, nc);
  }
  /** Warning-only protection lets everyone edit (after a warning); otherwise only the listed editors. */
  canEdit(): boolean {
    this.hit("canEdit");
    return this.model.warningOnly || this.model.editors.includes(this.doc.ctx.user.email);
  }
  canDomainEdit(): boolean {
    this.hit("canDomainEdit");
    return false;
  }
  setDomainEdit(_editable: boolean): GasProtection {
    this.hit("setDomainEdit");
    return this.self();
  }
  getEditors(): GasUser[] {
    this.hit("getEditors");
    return this.model.editors.map((e) => user(this.doc, e));
  }
  addEditor(emailOrUser: string | GasUser): GasProtection {
    this.hit("addEditor");
    this.add([emailOrUser], "Protection.addEditor");
    return this.self();
  }
  addEditors(emails: string[]): GasProtection {
    this.hit("addEditors");
    if (!Array.isArray(emails)) badArgs("Protection.addEditors", [emails]);
    this.add(emails, "Protection.addEditors");
    return this.self();
  }
  removeEditor(emailOrUser: string | GasUser): GasProtection {
    this.hit("removeEditor");
    this.drop([emailOrUser], "Protection.removeEditor");
    return this.self();
  }
  /** "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditors(emailsOrUsers: string[] | GasUser[]): GasProtection {
    this.hit("removeEditors");
    if (!Array.isArray(emailsOrUsers)) badArgs("Protection.removeEditors", [emailsOrUsers]);
    this.drop(emailsOrUsers, "Protection.removeEditors");
    return this.self();
  }
  remove(): void {
    this.hit("remove");
    this.sheet.protections.splice(this.sheet.protections.indexOf(this.model), 1);
  }

  private add(list: readonly unknown[], method: string): void {
    for (const x of list) {
      const email = emailOf(x) ?? badArgs(method, [x]);
      if (!this.model.editors.includes(email)) this.model.editors.push(email);
    }
  }

  private drop(list: readonly unknown[], method: string): void {
    const me = this.doc.ctx.user.email;
    const gone = new Set(list.map((x) => emailOf(x) ?? badArgs(method, [x])));
    this.model.editors = this.model.editors.filter((e) => e === me || !gone.has(e));
  }
}
