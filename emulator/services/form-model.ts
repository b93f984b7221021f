// Google Forms as plain data, kept with the workbook (so local mode remembers the forms in the .xlsx).

export type FormItemType =
  | "MULTIPLE_CHOICE"
  | "CHECKBOX"
  | "LIST"
  | "SCALE"
  | "TEXT"
  | "PARAGRAPH_TEXT"
  | "PAGE_BREAK"
  | "SECTION_HEADER";

export type PageNavigationName = "CONTINUE" | "GO_TO_PAGE" | "RESTART" | "SUBMIT";

export interface ChoiceModel {
  value: string;
  /** Where a choice leads (multiple choice and list items only); CONTINUE when unset. */
  navigation?: PageNavigationName;
  /** With GO_TO_PAGE: the page break item the choice leads to. */
  goToPage?: number;
}

export interface FormItemModel {
  id: number;
  /** The `entry.<n>` parameter of a prefilled URL (Google's entry ids differ from item ids). */
  entryId: number;
  type: FormItemType;
  title: string;
  helpText: string;
  required: boolean;
  choices?: ChoiceModel[];
  lower?: number;
  upper?: number;
  labels?: [string, string];
  /** A text item's validation: the answer must match `pattern` (Google's "matches pattern", whole text). */
  validation?: { pattern: string; helpText: string };
  /** A page break: where the page before it goes by linear progression (CONTINUE when unset). */
  pageNavigation?: PageNavigationName;
  goToPage?: number;
}

export interface FormResponseModel {
  id: string;
  timestamp: string;
  answers: { itemId: number; value: string | string[] }[];
}

export interface FormModel {
  id: string;
  title: string;
  description: string;
  items: FormItemModel[];
  acceptingResponses: boolean;
  published: boolean;
  confirmationMessage: string;
  /** The spreadsheet and the gid of the tab responses go to. */
  destination?: { spreadsheetId: string; sheetId: number };
  responses: FormResponseModel[];
  nextItemId: number;
}

/** The published form's id in its URL (Google's published ids are a different, longer string than the form id). */
export function publishedIdOf(form: Pick<FormModel, "id">): string {
  return `1FAIpQLSe${form.id}`;
}

export function publishedUrlOf(form: Pick<FormModel, "id">): string {
  return `https://docs.google.com/forms/d/e/${publishedIdOf(form)}/viewform`;
}

export function editUrlOf(form: Pick<FormModel, "id">): string {
  return `https://docs.google.com/forms/d/${form.id}/edit`;
}

/** Item types that are questions (they get a column in the destination and an answer in a response). */
export const QUESTION_ITEM_TYPES: readonly FormItemType[] = [
  "MULTIPLE_CHOICE",
  "CHECKBOX",
  "LIST",
  "SCALE",
  "TEXT",
  "PARAGRAPH_TEXT",
];
