// A person answering a form, as Google handles it: the pages they reach by their answers, the checks of required and
// validated items, the response stored, and a row appended to the destination tab (not counted: Google writes it).
// Reference: https://developers.google.com/apps-script/guides/triggers/events (form submit event of Sheets).

import type { EmuContext } from "../context";
import { type CellValue, newSheet, type SheetModel, type WorkbookModel } from "../model";
import type { FormItemModel, FormModel } from "./form-model";
import { QUESTION_ITEM_TYPES } from "./form-model";
import { formatJavaDate } from "./format-date";

/** An answer as a person gives it: a choice or text, the boxes ticked, a number on a scale. */
export type FormAnswer = string | number | readonly string[];

export interface SubmittedRow {
  form: FormModel;
  responseId: string;
  sheet: SheetModel;
  /** 1-based row of the destination tab the response went to. */
  row: number;
  width: number;
  /** As the Sheets form-submit event gives them: display strings, the timestamp first. */
  values: string[];
  namedValues: Record<string, string[]>;
}

export class FormSubmitError extends Error {}

/** The name Google gives a new responses tab: «Ответы на форму (1)» in Russian, "Form Responses 1" in English. */
export function destinationName(locale: string, taken: readonly string[]): string {
  const ru = locale.toLowerCase().startsWith("ru");
  for (let n = 1; ; n++) {
    const name = ru ? `Ответы на форму (${n})` : `Form Responses ${n}`;
    if (!taken.includes(name)) return name;
  }
}

function timestampHeader(locale: string): string {
  return locale.toLowerCase().startsWith("ru") ? "Отметка времени" : "Timestamp";
}

/** The questions of a form in order: the destination's columns after the timestamp. */
export function questionItems(form: FormModel): FormItemModel[] {
  return form.items.filter((i) => QUESTION_ITEM_TYPES.includes(i.type));
}

/** Makes the responses tab of a form at the front of the workbook, with its header row; returns its gid. */
export function createDestination(ctx: EmuContext, form: FormModel): number {
  const wb = ctx.workbook;
  const sheet = newSheet(
    wb,
    destinationName(
      wb.locale,
      wb.sheets.map((s) => s.name),
    ),
  );
  sheet.frozenRows = 1;
  writeHeader(ctx, form, sheet);
  wb.sheets.unshift(sheet);
  return sheet.id;
}

/** The header row: the timestamp and every question's title; questions added later get columns at the end. */
function writeHeader(ctx: EmuContext, form: FormModel, sheet: SheetModel): string[] {
  const header = (sheet.cells[0] ?? []).map((c) => String(c?.v ?? ""));
  if (header.length === 0) header.push(timestampHeader(ctx.workbook.locale));
  for (const item of questionItems(form)) if (!header.includes(item.title)) header.push(item.title);
  sheet.cells[0] = header.map((v) => ({ v }));
  if (header.length > sheet.maxColumns) sheet.maxColumns = header.length;
  return header;
}

/** The items a person reaches: page by page, following the page breaks' and the chosen answers' navigation. */
export function reachedItems(form: FormModel, answers: ReadonlyMap<number, FormAnswer>): FormItemModel[] {
  const pages: FormItemModel[][] = [[]];
  for (const item of form.items) {
    if (item.type === "PAGE_BREAK") pages.push([item]);
    else pages[pages.length - 1].push(item);
  }
  const pageOf = (breakId: number) => pages.findIndex((p) => p[0]?.id === breakId);
  const reached: FormItemModel[] = [];
  const seen = new Set<number>();
  let page = 0;
  while (page >= 0 && page < pages.length && !seen.has(page)) {
    seen.add(page);
    reached.push(...pages[page]);
    let next = page + 1;
    // A page break's own navigation says where the page before it goes by linear progression.
    const following = pages[page + 1]?.[0];
    if (following?.pageNavigation === "SUBMIT") next = -1;
    else if (following?.pageNavigation === "GO_TO_PAGE" && following.goToPage !== undefined)
      next = pageOf(following.goToPage);
    // An answer that leads somewhere wins.
    for (const item of pages[page]) {
      const answer = answers.get(item.id);
      const choice = item.choices?.find((c) => c.value === answer);
      if (!choice?.navigation || choice.navigation === "CONTINUE") continue;
      if (choice.navigation === "SUBMIT") next = -1;
      else if (choice.navigation === "RESTART") next = 0;
      else if (choice.goToPage !== undefined) next = pageOf(choice.goToPage);
    }
    page = next;
  }
  return reached;
}

/**
 * Submits one response by question title, as a person would through the form: items on pages not reached are
 * ignored; a required item left blank, a choice not offered, a scale value out of bounds or a text that does not
 * match its pattern refuses the response (FormSubmitError, nothing stored). The response is appended to the form and,
 * with a destination, as a row of the destination tab.
 */
export function submitForm(
  ctx: EmuContext,
  form: FormModel,
  byTitle: Readonly<Record<string, FormAnswer>>,
): SubmittedRow | { form: FormModel; responseId: string; sheet?: undefined } {
  if (!form.acceptingResponses || !form.published)
    throw new FormSubmitError(`The form «${form.title}» is not accepting responses.`);
  const questions = questionItems(form);
  const byId = new Map<number, FormAnswer>();
  for (const [title, answer] of Object.entries(byTitle)) {
    const item = questions.find((q) => q.title === title);
    if (!item) throw new FormSubmitError(`The form has no question «${title}».`);
    byId.set(item.id, answer);
  }
  const answers: { itemId: number; value: string | string[] }[] = [];
  for (const item of reachedItems(form, byId)) {
    if (!QUESTION_ITEM_TYPES.includes(item.type)) continue;
    const raw = byId.get(item.id);
    const value = normalizeAnswer(item, raw);
    const blank = value === "" || (Array.isArray(value) && value.length === 0);
    if (blank) {
      if (item.required) throw new FormSubmitError(`«${item.title}» is required.`);
      continue;
    }
    checkAnswer(item, value);
    answers.push({ itemId: item.id, value });
  }
  const now = ctx.now();
  const responseId = `${form.id}-r${form.responses.length + 1}`;
  form.responses.push({ id: responseId, timestamp: now.toISOString(), answers });
  const dest = form.destination && ctx.workbook.sheets.find((s) => s.id === form.destination?.sheetId);
  if (!dest) return { form, responseId };
  const header = writeHeader(ctx, form, dest);
  const row: CellValue[] = header.map(() => "");
  row[0] = now;
  for (const a of answers) {
    const item = form.items.find((i) => i.id === a.itemId)!;
    const column = header.indexOf(item.title);
    row[column] = Array.isArray(a.value)
      ? a.value.join(", ")
      : item.type === "SCALE"
        ? Number(a.value)
        : a.value;
  }
  let last = 0;
  dest.cells.forEach((r, i) => {
    if (r?.some((c) => c && c.v !== "")) last = i + 1;
  });
  const rowIndex = last + 1;
  dest.cells[rowIndex - 1] = row.map((v) => ({ v }));
  if (rowIndex > dest.maxRows) dest.maxRows = rowIndex;
  const pattern = ctx.workbook.locale.toLowerCase().startsWith("ru")
    ? "dd.MM.yyyy H:mm:ss"
    : "M/d/yyyy H:mm:ss";
  const values = row.map((v, i) =>
    i === 0 ? formatJavaDate(now, ctx.workbook.timeZone, pattern) : String(v),
  );
  const namedValues: Record<string, string[]> = {};
  header.forEach((h, i) => {
    namedValues[h] = [values[i]];
  });
  return { form, responseId, sheet: dest, row: rowIndex, width: header.length, values, namedValues };
}

function normalizeAnswer(item: FormItemModel, raw: FormAnswer | undefined): string | string[] {
  if (raw === undefined) return item.type === "CHECKBOX" ? [] : "";
  if (item.type === "CHECKBOX")
    return (Array.isArray(raw) ? [...raw] : [String(raw)]).filter((v) => v !== "");
  if (Array.isArray(raw)) throw new FormSubmitError(`«${item.title}» takes one answer.`);
  return String(raw).trim();
}

function checkAnswer(item: FormItemModel, value: string | string[]): void {
  const offered = (item.choices ?? []).map((c) => c.value);
  if (item.type === "MULTIPLE_CHOICE" || item.type === "LIST") {
    if (!offered.includes(value as string))
      throw new FormSubmitError(`«${value}» is not an option of «${item.title}».`);
  } else if (item.type === "CHECKBOX") {
    for (const v of value as string[])
      if (!offered.includes(v)) throw new FormSubmitError(`«${v}» is not an option of «${item.title}».`);
  } else if (item.type === "SCALE") {
    const n = Number(value);
    if (!Number.isInteger(n) || n < (item.lower ?? 1) || n > (item.upper ?? 5))
      throw new FormSubmitError(`«${value}» is not on the scale of «${item.title}».`);
  } else if (item.validation) {
    // Google's "matches pattern" is a whole-text match.
    if (!new RegExp(`^(?:${item.validation.pattern})$`).test(value as string))
      throw new FormSubmitError(
        item.validation.helpText || `«${value}» does not match the pattern of «${item.title}».`,
      );
  }
}

/** The form of a questionnaire: the latest whose destination is «Ответы — <Id>» (or «… (n)»), or the form with that id. */
export function findQuestionnaireForm(workbook: WorkbookModel, id: string): FormModel | undefined {
  const forms = workbook.forms ?? [];
  const direct = forms.find((f) => f.id === id);
  if (direct) return direct;
  const wanted = id.trim().toLocaleUpperCase("ru");
  const tab = /^Ответы — (.+?)(?: \(\d+\))?$/;
  const found = forms.filter((f) => {
    const sheet = workbook.sheets.find((s) => s.id === f.destination?.sheetId);
    const m = sheet ? tab.exec(sheet.name) : null;
    return m !== null && m[1].toLocaleUpperCase("ru") === wanted;
  });
  return found[found.length - 1];
}
