// FormApp: forms with the item types ПрофТрек uses, page navigation by answer, text validation, a destination
// spreadsheet, published/edit/prefilled URLs; every call counted. The forms live in `ctx.workbook.forms`.
// Reference: https://developers.google.com/apps-script/reference/forms

import type { EmuContext } from "../context";
import { gasError, isNumber, signatureError } from "./common";
import {
  type ChoiceModel,
  editUrlOf,
  type FormItemModel,
  type FormItemType,
  type FormModel,
  type FormResponseModel,
  type PageNavigationName,
  publishedIdOf,
  publishedUrlOf,
} from "./form-model";
import { EMU_ID } from "./triggers";

type F = typeof GoogleAppsScript.Forms;

/**
 * `Pick<>` of an Apps Script interface with its parameters as @types/google-apps-script types them; the results are
 * the emulator's own classes, which hold only the methods ПрофТрек uses (a whole `Form` would be 60 methods).
 */
type Api<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

export const ItemType = {
  CHECKBOX: "CHECKBOX",
  LIST: "LIST",
  MULTIPLE_CHOICE: "MULTIPLE_CHOICE",
  PAGE_BREAK: "PAGE_BREAK",
  PARAGRAPH_TEXT: "PARAGRAPH_TEXT",
  SCALE: "SCALE",
  SECTION_HEADER: "SECTION_HEADER",
  TEXT: "TEXT",
} as const;
export const PageNavigationType = {
  CONTINUE: "CONTINUE",
  GO_TO_PAGE: "GO_TO_PAGE",
  RESTART: "RESTART",
  SUBMIT: "SUBMIT",
} as const;
export const DestinationType = { SPREADSHEET: "SPREADSHEET" } as const;

/** The forms of the emulated Drive, kept with the workbook. */
export function formsOf(ctx: EmuContext): FormModel[] {
  ctx.workbook.forms ??= [];
  return ctx.workbook.forms;
}

export class FormAppEmu
  implements Api<GoogleAppsScript.Forms.FormApp, "create" | "openById" | "createTextValidation">
{
  readonly ItemType = ItemType as unknown as F["ItemType"];
  readonly PageNavigationType = PageNavigationType as unknown as F["PageNavigationType"];
  readonly DestinationType = DestinationType as unknown as F["DestinationType"];

  constructor(private readonly ctx: EmuContext) {}

  /** Documented: "Creates and returns a new Form" (published, accepting responses, no destination). */
  create(title: string): FormEmu {
    this.ctx.counter.hit("FormApp.create");
    if (typeof title !== "string") throw signatureError("FormApp.create", [title]);
    const forms = formsOf(this.ctx);
    const model: FormModel = {
      id: `${this.ctx.workbook.id}-form-${forms.length + 1}`,
      title,
      description: "",
      items: [],
      acceptingResponses: true,
      published: true,
      confirmationMessage: "",
      responses: [],
      nextItemId: 1,
    };
    forms.push(model);
    return new FormEmu(this.ctx, model);
  }

  openById(id: string): FormEmu {
    this.ctx.counter.hit("FormApp.openById");
    const model = formsOf(this.ctx).find((f) => f.id === id);
    // Apps Script's wording for a file that is not there (or not yours).
    if (!model)
      throw gasError(
        `No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.`,
      );
    return new FormEmu(this.ctx, model);
  }

  createTextValidation(): TextValidationBuilderEmu {
    this.ctx.counter.hit("FormApp.createTextValidation");
    return new TextValidationBuilderEmu(this.ctx);
  }
}

type FormApi = Api<
  GoogleAppsScript.Forms.Form,
  | "getId"
  | "getTitle"
  | "setTitle"
  | "getDescription"
  | "setDescription"
  | "getPublishedUrl"
  | "getEditUrl"
  | "setDestination"
  | "getDestinationId"
  | "setAcceptingResponses"
  | "isAcceptingResponses"
  | "setConfirmationMessage"
  | "getItems"
  | "getItemById"
  | "createResponse"
  | "getResponses"
  | "deleteAllResponses"
>;

export class FormEmu implements FormApi {
  readonly [EMU_ID]: string;
  constructor(
    private readonly ctx: EmuContext,
    readonly model: FormModel,
  ) {
    this[EMU_ID] = model.id;
  }

  private hit(method: string): void {
    this.ctx.counter.hit(`Form.${method}`);
  }

  getId(): string {
    this.hit("getId");
    return this.model.id;
  }
  getTitle(): string {
    this.hit("getTitle");
    return this.model.title;
  }
  setTitle(title: string): this {
    this.hit("setTitle");
    this.model.title = String(title);
    return this;
  }
  getDescription(): string {
    this.hit("getDescription");
    return this.model.description;
  }
  setDescription(description: string): this {
    this.hit("setDescription");
    this.model.description = String(description);
    return this;
  }
  getPublishedUrl(): string {
    this.hit("getPublishedUrl");
    return publishedUrlOf(this.model);
  }
  getEditUrl(): string {
    this.hit("getEditUrl");
    return editUrlOf(this.model);
  }
  /**
   * Documented: "Sets the destination where form responses are saved". A spreadsheet destination gets a new tab,
   * named as Google names it («Ответы на форму (1)» in a Russian spreadsheet, "Form Responses 1" in English), with the
   * header row; the tab is made by the emulator's seam (`ctx.formDestination`), as Google makes it, uncounted.
   */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): this {
    this.hit("setDestination");
    if (String(type) !== "SPREADSHEET" || typeof id !== "string")
      throw signatureError("Form.setDestination", [type, id]);
    if (id !== this.ctx.workbook.id)
      throw gasError(
        `No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.`,
      );
    const make = this.ctx.formDestination;
    if (!make) throw gasError("Form destinations are not wired in this emulator.");
    this.model.destination = { spreadsheetId: id, sheetId: make(this.model) };
    return this;
  }
  getDestinationId(): string {
    this.hit("getDestinationId");
    if (!this.model.destination) throw gasError("This form does not currently have a response destination.");
    return this.model.destination.spreadsheetId;
  }
  setAcceptingResponses(enabled: boolean): this {
    this.hit("setAcceptingResponses");
    this.model.acceptingResponses = Boolean(enabled);
    return this;
  }
  isAcceptingResponses(): boolean {
    this.hit("isAcceptingResponses");
    return this.model.acceptingResponses;
  }
  /** Forms made since 2025 have a publish state besides accepting responses (newer than @types/google-apps-script). */
  setPublished(enabled: boolean): this {
    this.hit("setPublished");
    this.model.published = Boolean(enabled);
    return this;
  }
  isPublished(): boolean {
    this.hit("isPublished");
    return this.model.published;
  }
  setConfirmationMessage(message: string): this {
    this.hit("setConfirmationMessage");
    this.model.confirmationMessage = String(message);
    return this;
  }

  private add(type: FormItemType): FormItemModel {
    const id = this.model.nextItemId++;
    const item: FormItemModel = {
      id,
      entryId: 1_000_000 + id * 7,
      type,
      title: "",
      helpText: "",
      required: false,
    };
    this.model.items.push(item);
    return item;
  }
  addMultipleChoiceItem(): MultipleChoiceItemEmu {
    this.hit("addMultipleChoiceItem");
    return new MultipleChoiceItemEmu(this.ctx, this.model, this.add("MULTIPLE_CHOICE"));
  }
  addListItem(): MultipleChoiceItemEmu {
    this.hit("addListItem");
    return new MultipleChoiceItemEmu(this.ctx, this.model, this.add("LIST"));
  }
  addCheckboxItem(): CheckboxItemEmu {
    this.hit("addCheckboxItem");
    return new CheckboxItemEmu(this.ctx, this.model, this.add("CHECKBOX"));
  }
  addScaleItem(): ScaleItemEmu {
    this.hit("addScaleItem");
    const item = this.add("SCALE");
    item.lower = 1;
    item.upper = 5;
    return new ScaleItemEmu(this.ctx, this.model, item);
  }
  addTextItem(): TextItemEmu {
    this.hit("addTextItem");
    return new TextItemEmu(this.ctx, this.model, this.add("TEXT"));
  }
  addParagraphTextItem(): TextItemEmu {
    this.hit("addParagraphTextItem");
    return new TextItemEmu(this.ctx, this.model, this.add("PARAGRAPH_TEXT"));
  }
  addPageBreakItem(): PageBreakItemEmu {
    this.hit("addPageBreakItem");
    return new PageBreakItemEmu(this.ctx, this.model, this.add("PAGE_BREAK"));
  }
  addSectionHeaderItem(): ItemEmu {
    this.hit("addSectionHeaderItem");
    return new ItemEmu(this.ctx, this.model, this.add("SECTION_HEADER"));
  }
  getItems(): ItemEmu[] {
    this.hit("getItems");
    return this.model.items.map((i) => new ItemEmu(this.ctx, this.model, i));
  }
  getItemById(id: number): ItemEmu {
    this.hit("getItemById");
    const item = this.model.items.find((i) => i.id === id);
    return (item ? new ItemEmu(this.ctx, this.model, item) : null) as ItemEmu;
  }
  createResponse(): FormResponseEmu {
    this.hit("createResponse");
    return new FormResponseEmu(this.ctx, this.model, { id: "", timestamp: "", answers: [] });
  }
  getResponses(): FormResponseEmu[] {
    this.hit("getResponses");
    return this.model.responses.map((r) => new FormResponseEmu(this.ctx, this.model, r));
  }
  deleteAllResponses(): this {
    this.hit("deleteAllResponses");
    this.model.responses = [];
    return this;
  }
}

/** What every item shares. */
class BaseItem {
  constructor(
    protected readonly ctx: EmuContext,
    protected readonly form: FormModel,
    readonly model: FormItemModel,
  ) {}
  protected hit(method: string): void {
    this.ctx.counter.hit(`${this.kind()}.${method}`);
  }
  protected kind(): string {
    return "Item";
  }
  getId(): number {
    this.hit("getId");
    return this.model.id;
  }
  getTitle(): string {
    this.hit("getTitle");
    return this.model.title;
  }
  setTitle(title: string): this {
    this.hit("setTitle");
    this.model.title = String(title);
    return this;
  }
  getHelpText(): string {
    this.hit("getHelpText");
    return this.model.helpText;
  }
  setHelpText(text: string): this {
    this.hit("setHelpText");
    this.model.helpText = String(text);
    return this;
  }
  getIndex(): number {
    this.hit("getIndex");
    return this.form.items.indexOf(this.model);
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    this.hit("getType");
    return this.model.type as unknown as GoogleAppsScript.Forms.ItemType;
  }
}

class QuestionItem extends BaseItem {
  isRequired(): boolean {
    this.hit("isRequired");
    return this.model.required;
  }
  setRequired(enabled: boolean): this {
    this.hit("setRequired");
    this.model.required = Boolean(enabled);
    return this;
  }
}

/** An item as getItems returns it: cast to its type with as…Item (a wrong cast throws, as in Apps Script). */
export class ItemEmu
  extends BaseItem
  implements Api<GoogleAppsScript.Forms.Item, "getId" | "getTitle" | "getHelpText" | "getIndex" | "getType">
{
  private as<T>(method: string, types: FormItemType[], make: () => T): T {
    this.hit(method);
    if (!types.includes(this.model.type)) throw gasError(`Item is not a ${types[0]} item.`);
    return make();
  }
  asMultipleChoiceItem(): MultipleChoiceItemEmu {
    return this.as(
      "asMultipleChoiceItem",
      ["MULTIPLE_CHOICE"],
      () => new MultipleChoiceItemEmu(this.ctx, this.form, this.model),
    );
  }
  asListItem(): MultipleChoiceItemEmu {
    return this.as("asListItem", ["LIST"], () => new MultipleChoiceItemEmu(this.ctx, this.form, this.model));
  }
  asCheckboxItem(): CheckboxItemEmu {
    return this.as(
      "asCheckboxItem",
      ["CHECKBOX"],
      () => new CheckboxItemEmu(this.ctx, this.form, this.model),
    );
  }
  asScaleItem(): ScaleItemEmu {
    return this.as("asScaleItem", ["SCALE"], () => new ScaleItemEmu(this.ctx, this.form, this.model));
  }
  asTextItem(): TextItemEmu {
    return this.as("asTextItem", ["TEXT"], () => new TextItemEmu(this.ctx, this.form, this.model));
  }
  asParagraphTextItem(): TextItemEmu {
    return this.as(
      "asParagraphTextItem",
      ["PARAGRAPH_TEXT"],
      () => new TextItemEmu(this.ctx, this.form, this.model),
    );
  }
  asPageBreakItem(): PageBreakItemEmu {
    return this.as(
      "asPageBreakItem",
      ["PAGE_BREAK"],
      () => new PageBreakItemEmu(this.ctx, this.form, this.model),
    );
  }
}

export class ChoiceEmu implements Api<GoogleAppsScript.Forms.Choice, "getValue" | "getPageNavigationType"> {
  constructor(
    private readonly ctx: EmuContext,
    readonly model: ChoiceModel,
  ) {}
  getValue(): string {
    this.ctx.counter.hit("Choice.getValue");
    return this.model.value;
  }
  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    this.ctx.counter.hit("Choice.getPageNavigationType");
    return (this.model.navigation ?? "CONTINUE") as unknown as GoogleAppsScript.Forms.PageNavigationType;
  }
}

function choiceValues(method: string, values: unknown): string[] {
  if (!Array.isArray(values) || values.some((v) => typeof v !== "string"))
    throw signatureError(method, [values]);
  if (values.length === 0) throw gasError("Array is empty: values");
  return values as string[];
}

/** A multiple-choice or list item: choices may lead to a page (navigation by answer). */
export class MultipleChoiceItemEmu
  extends QuestionItem
  implements
    Api<
      GoogleAppsScript.Forms.MultipleChoiceItem,
      "setChoiceValues" | "getChoices" | "isRequired" | "setTitle" | "getTitle" | "getId"
    >
{
  protected override kind(): string {
    return this.model.type === "LIST" ? "ListItem" : "MultipleChoiceItem";
  }
  /** createChoice(value), (value, PageBreakItem) or (value, PageNavigationType). */
  createChoice(value: string, target?: unknown): ChoiceEmu {
    this.hit("createChoice");
    if (typeof value !== "string") throw signatureError(`${this.kind()}.createChoice`, [value, target]);
    const choice: ChoiceModel = { value };
    if (target instanceof PageBreakItemEmu) {
      choice.navigation = "GO_TO_PAGE";
      choice.goToPage = target.model.id;
    } else if (typeof target === "string" && target in PageNavigationType) {
      choice.navigation = target as PageNavigationName;
    } else if (target !== undefined && typeof target !== "boolean") {
      throw signatureError(`${this.kind()}.createChoice`, [value, target]);
    }
    return new ChoiceEmu(this.ctx, choice);
  }
  setChoices(choices: ChoiceEmu[]): this {
    this.hit("setChoices");
    if (!Array.isArray(choices) || choices.some((c) => !(c instanceof ChoiceEmu)))
      throw signatureError(`${this.kind()}.setChoices`, [choices]);
    if (choices.length === 0) throw gasError("Array is empty: choices");
    this.model.choices = choices.map((c) => ({ ...c.model }));
    return this;
  }
  setChoiceValues(values: string[]): this {
    this.hit("setChoiceValues");
    this.model.choices = choiceValues(`${this.kind()}.setChoiceValues`, values).map((value) => ({ value }));
    return this;
  }
  getChoices(): ChoiceEmu[] {
    this.hit("getChoices");
    return (this.model.choices ?? []).map((c) => new ChoiceEmu(this.ctx, c));
  }
  createResponse(response: string): ItemResponseEmu {
    this.hit("createResponse");
    if (typeof response !== "string") throw signatureError(`${this.kind()}.createResponse`, [response]);
    return new ItemResponseEmu(this.ctx, this.form, this.model, response);
  }
}

export class CheckboxItemEmu
  extends QuestionItem
  implements Api<GoogleAppsScript.Forms.CheckboxItem, "setChoiceValues" | "isRequired" | "getTitle" | "getId">
{
  protected override kind(): string {
    return "CheckboxItem";
  }
  setChoiceValues(values: string[]): this {
    this.hit("setChoiceValues");
    this.model.choices = choiceValues("CheckboxItem.setChoiceValues", values).map((value) => ({ value }));
    return this;
  }
  getChoices(): ChoiceEmu[] {
    this.hit("getChoices");
    return (this.model.choices ?? []).map((c) => new ChoiceEmu(this.ctx, c));
  }
  createResponse(responses: string[]): ItemResponseEmu {
    this.hit("createResponse");
    if (!Array.isArray(responses)) throw signatureError("CheckboxItem.createResponse", [responses]);
    return new ItemResponseEmu(this.ctx, this.form, this.model, [...responses]);
  }
}

export class ScaleItemEmu
  extends QuestionItem
  implements
    Api<GoogleAppsScript.Forms.ScaleItem, "setBounds" | "setLabels" | "getLowerBound" | "getUpperBound">
{
  protected override kind(): string {
    return "ScaleItem";
  }
  /** Documented: the lower bound 0 or 1, the upper 3 to 10 (the form editor allows 2). */
  setBounds(lower: number, upper: number): this {
    this.hit("setBounds");
    if (!isNumber(lower) || !isNumber(upper)) throw signatureError("ScaleItem.setBounds", [lower, upper]);
    if (![0, 1].includes(lower) || upper < 2 || upper > 10)
      throw gasError("Invalid data updating form: the scale bounds must be 0 or 1 and 2 to 10.");
    this.model.lower = lower;
    this.model.upper = upper;
    return this;
  }
  setLabels(lower: string, upper: string): this {
    this.hit("setLabels");
    this.model.labels = [String(lower), String(upper)];
    return this;
  }
  getLowerBound(): number {
    this.hit("getLowerBound");
    return this.model.lower ?? 1;
  }
  getUpperBound(): number {
    this.hit("getUpperBound");
    return this.model.upper ?? 5;
  }
  createResponse(response: number): ItemResponseEmu {
    this.hit("createResponse");
    if (!isNumber(response)) throw signatureError("ScaleItem.createResponse", [response]);
    return new ItemResponseEmu(this.ctx, this.form, this.model, String(response));
  }
}

export class TextItemEmu
  extends QuestionItem
  implements Api<GoogleAppsScript.Forms.TextItem, "isRequired" | "getTitle" | "getId">
{
  protected override kind(): string {
    return this.model.type === "PARAGRAPH_TEXT" ? "ParagraphTextItem" : "TextItem";
  }
  setValidation(validation: TextValidationEmu): this {
    this.hit("setValidation");
    if (!(validation instanceof TextValidationEmu))
      throw signatureError(`${this.kind()}.setValidation`, [validation]);
    this.model.validation = { ...validation.model };
    return this;
  }
  createResponse(response: string): ItemResponseEmu {
    this.hit("createResponse");
    if (typeof response !== "string") throw signatureError(`${this.kind()}.createResponse`, [response]);
    return new ItemResponseEmu(this.ctx, this.form, this.model, response);
  }
}

export class PageBreakItemEmu
  extends BaseItem
  implements Api<GoogleAppsScript.Forms.PageBreakItem, "getTitle" | "getId" | "getPageNavigationType">
{
  protected override kind(): string {
    return "PageBreakItem";
  }
  /** Documented: "the page to jump to after completing the page before this page break". */
  setGoToPage(target: unknown): this {
    this.hit("setGoToPage");
    if (target instanceof PageBreakItemEmu) {
      this.model.pageNavigation = "GO_TO_PAGE";
      this.model.goToPage = target.model.id;
    } else if (typeof target === "string" && target in PageNavigationType) {
      this.model.pageNavigation = target as PageNavigationName;
      delete this.model.goToPage;
    } else throw signatureError("PageBreakItem.setGoToPage", [target]);
    return this;
  }
  getPageNavigationType(): GoogleAppsScript.Forms.PageNavigationType {
    this.hit("getPageNavigationType");
    return (this.model.pageNavigation ?? "CONTINUE") as unknown as GoogleAppsScript.Forms.PageNavigationType;
  }
}

export class TextValidationEmu {
  constructor(readonly model: { pattern: string; helpText: string }) {}
}

export class TextValidationBuilderEmu {
  private pattern: string | undefined;
  private help = "";
  constructor(private readonly ctx: EmuContext) {}
  requireTextMatchesPattern(pattern: string): this {
    this.ctx.counter.hit("TextValidationBuilder.requireTextMatchesPattern");
    if (typeof pattern !== "string")
      throw signatureError("TextValidationBuilder.requireTextMatchesPattern", [pattern]);
    this.pattern = pattern;
    return this;
  }
  setHelpText(text: string): this {
    this.ctx.counter.hit("TextValidationBuilder.setHelpText");
    this.help = String(text);
    return this;
  }
  build(): TextValidationEmu {
    this.ctx.counter.hit("TextValidationBuilder.build");
    if (this.pattern === undefined)
      throw gasError("TextValidationBuilder.build: choose a requirement first.");
    return new TextValidationEmu({ pattern: this.pattern, helpText: this.help });
  }
}

export class ItemResponseEmu implements Api<GoogleAppsScript.Forms.ItemResponse, "getResponse"> {
  constructor(
    private readonly ctx: EmuContext,
    private readonly form: FormModel,
    readonly item: FormItemModel,
    readonly value: string | string[],
  ) {}
  getItem(): ItemEmu {
    this.ctx.counter.hit("ItemResponse.getItem");
    return new ItemEmu(this.ctx, this.form, this.item);
  }
  getResponse(): string | string[] {
    this.ctx.counter.hit("ItemResponse.getResponse");
    return Array.isArray(this.value) ? [...this.value] : this.value;
  }
}

export class FormResponseEmu
  implements Api<GoogleAppsScript.Forms.FormResponse, "getId" | "toPrefilledUrl" | "getItemResponses">
{
  private readonly items: ItemResponseEmu[] = [];
  constructor(
    private readonly ctx: EmuContext,
    private readonly form: FormModel,
    readonly model: FormResponseModel,
  ) {
    for (const a of model.answers) {
      const item = form.items.find((i) => i.id === a.itemId);
      if (item) this.items.push(new ItemResponseEmu(ctx, form, item, a.value));
    }
  }
  getId(): string {
    this.ctx.counter.hit("FormResponse.getId");
    return this.model.id;
  }
  getTimestamp(): Date {
    this.ctx.counter.hit("FormResponse.getTimestamp");
    return this.ctx.toRealmDate(new Date(this.model.timestamp));
  }
  withItemResponse(response: ItemResponseEmu): this {
    this.ctx.counter.hit("FormResponse.withItemResponse");
    if (!(response instanceof ItemResponseEmu))
      throw signatureError("FormResponse.withItemResponse", [response]);
    const i = this.items.findIndex((x) => x.item.id === response.item.id);
    if (i >= 0) this.items[i] = response;
    else this.items.push(response);
    return this;
  }
  getItemResponses(): ItemResponseEmu[] {
    this.ctx.counter.hit("FormResponse.getItemResponses");
    return [...this.items];
  }
  /**
   * Documented: "Generates a URL that can be used to edit a response that has already been submitted" / prefilled:
   * the published form's viewform URL with `usp=pp_url` and one `entry.<id>=value` per answer (a checkbox repeats it).
   */
  toPrefilledUrl(): string {
    this.ctx.counter.hit("FormResponse.toPrefilledUrl");
    const params = ["usp=pp_url"];
    for (const r of this.items) {
      for (const v of Array.isArray(r.value) ? r.value : [r.value])
        params.push(`entry.${r.item.entryId}=${encodeURIComponent(v).replace(/%20/g, "+")}`);
    }
    return `https://docs.google.com/forms/d/e/${publishedIdOf(this.form)}/viewform?${params.join("&")}`;
  }
}

/** The answers of a prefilled URL (what the form shows when a person opens it), by item id. */
export function prefilledAnswers(form: FormModel, url: string): Map<number, string | string[]> {
  const out = new Map<number, string | string[]>();
  const query = url.split("?")[1] ?? "";
  for (const part of query.split("&")) {
    const m = /^entry\.(\d+)=(.*)$/.exec(part);
    if (!m) continue;
    const item = form.items.find((i) => i.entryId === Number(m[1]));
    if (!item) continue;
    const value = decodeURIComponent(m[2].replace(/\+/g, " "));
    if (item.type === "CHECKBOX") out.set(item.id, [...((out.get(item.id) as string[]) ?? []), value]);
    else out.set(item.id, value);
  }
  return out;
}
