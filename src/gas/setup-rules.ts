// The data validations setup puts on new columns: dropdowns from enumerations and from other tabs, date checks.

import type { Locale } from "../i18n";
import { tableMessages } from "../i18n/tables";
import { columnLetter } from "../tables/cell";
import { optionLabels } from "../tables/enums";
import { mapHeader } from "../tables/read";
import type { ColumnSpec, SettingsParam, TabKey } from "../tables/specs";
import { anyTab } from "../tables/specs";
import type { TabState } from "./setup";

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Rules built once per operation and shared by every column that takes the same one. */
export type RuleCache = Map<string, Rule | null>;

/** Column types a one-value dropdown fits (list columns hold several values in a cell). */
const ONE_VALUE: readonly ColumnSpec["type"][] = ["text", "className", "grade"];

/**
 * The rule of a column, or null: enumerations and да/нет as lists, a reference to another tab (and every class
 * column, to Классы) as a list from that tab's column, dates as dates. Every rule only warns (allowInvalid), since
 * ПрофТрек reads synonyms and the other locale's labels too and reports the rest in «Проверка данных».
 */
export function columnRule(
  tabKey: TabKey,
  column: ColumnSpec,
  tabs: Record<TabKey, TabState>,
  locale: Locale,
  cache: RuleCache,
): Rule | null {
  const ref =
    column.ref ??
    (column.type === "className" && tabKey !== "classes"
      ? { tab: "classes" as TabKey, column: "className" }
      : undefined);
  if (ref && ONE_VALUE.includes(column.type)) {
    const target = tabs[ref.tab];
    const i = target ? mapHeader(anyTab(ref.tab), target.grid[0] ?? []).index[ref.column] : undefined;
    if (i === undefined) return null;
    const letter = columnLetter(i);
    return cached(cache, `ref:${ref.tab}.${ref.column}`, () =>
      SpreadsheetApp.newDataValidation().requireValueInRange(
        target.sheet.getRange(`${letter}2:${letter}`),
        true,
      ),
    );
  }
  if (column.type === "enum" && column.enumeration) {
    const labels = optionLabels(column.enumeration, locale);
    return cached(cache, `enum:${column.enumeration.key}`, () =>
      SpreadsheetApp.newDataValidation().requireValueInList(labels, true),
    );
  }
  if (column.type === "boolean") {
    const msg = tableMessages(locale);
    return cached(cache, "boolean", () =>
      SpreadsheetApp.newDataValidation().requireValueInList([msg.yes, msg.no], true),
    );
  }
  if (column.type === "date")
    return cached(cache, "date", () => SpreadsheetApp.newDataValidation().requireDate());
  return null;
}

/** The rule of a parameter's value cell in Настройки: its options, a date, or none. */
export function settingsValueRule(param: SettingsParam, locale: Locale, cache: RuleCache): Rule | null {
  if (param.enumeration) {
    const labels = optionLabels(param.enumeration, locale);
    return cached(cache, `enum:${param.enumeration.key}`, () =>
      SpreadsheetApp.newDataValidation().requireValueInList(labels, true),
    );
  }
  if (param.type === "date")
    return cached(cache, "date", () => SpreadsheetApp.newDataValidation().requireDate());
  return null;
}

function cached(
  cache: RuleCache,
  id: string,
  make: () => GoogleAppsScript.Spreadsheet.DataValidationBuilder,
): Rule {
  let rule = cache.get(id);
  if (!rule) {
    rule = make().setAllowInvalid(true).build();
    cache.set(id, rule);
  }
  return rule;
}
