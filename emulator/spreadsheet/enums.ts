// Apps Script enums as the bundle sees them: each member is its own name (what the real enum's toString() gives).

type EnumOf<N extends string> = { readonly [K in N]: K };

function makeEnum<const N extends string>(names: readonly N[]): EnumOf<N> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as EnumOf<N>;
}

export const DataValidationCriteria = makeEnum([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
]);
export type CriteriaName = keyof typeof DataValidationCriteria;

export const ProtectionType = makeEnum(["RANGE", "SHEET"]);
export const DeveloperMetadataVisibility = makeEnum(["DOCUMENT", "PROJECT"]);
export const DeveloperMetadataLocationType = makeEnum(["SPREADSHEET", "SHEET", "ROW", "COLUMN"]);
export type LocationTypeName = keyof typeof DeveloperMetadataLocationType;
export const BorderStyle = makeEnum(["DOTTED", "DASHED", "SOLID", "SOLID_MEDIUM", "SOLID_THICK", "DOUBLE"]);
export const Dimension = makeEnum(["COLUMNS", "ROWS"]);
export const WrapStrategy = makeEnum(["WRAP", "OVERFLOW", "CLIP"]);
export const SheetType = makeEnum(["GRID", "OBJECT"]);

export const Button = makeEnum(["CLOSE", "OK", "CANCEL", "YES", "NO"]);
export type ButtonName = keyof typeof Button;
export const ButtonSet = makeEnum(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);
export type ButtonSetName = keyof typeof ButtonSet;
/** The buttons each set shows (a dialog can also be closed: CLOSE). */
export const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

export const ChartType = makeEnum([
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
]);

/** The enum member named by `v` (an enum value handed back by the bundle), or null. */
export function member<E extends Record<string, string>>(e: E, v: unknown): E[keyof E] | null {
  const s = v === null || v === undefined ? "" : String(v);
  return Object.hasOwn(e, s) ? (e[s] as E[keyof E]) : null;
}
