// The README's table of every source tab and column, rendered from the specs so the docs cannot drift.

import type { Locale } from "../i18n/format";
import { tableMessages } from "../i18n/tables";
import { formatGradeList } from "./normalize";
import type { ColumnSpec } from "./spec-types";
import { SETTINGS_PARAMS, SOURCE_TAB_ORDER, TABS } from "./specs";

/** A Markdown table cell: pipes escaped, line breaks folded. */
const md = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

function describeDefault(
  value: unknown,
  column: Pick<ColumnSpec, "type" | "enumeration">,
  locale: Locale,
): string {
  const msg = tableMessages(locale);
  if (value === undefined) return "";
  if (typeof value === "object" && value !== null && "ru" in value && "en" in value)
    return (value as Record<Locale, string>)[locale];
  if (typeof value === "boolean") return value ? msg.yes : msg.no;
  if (column.enumeration)
    return column.enumeration.options.find((o) => o.code === value)?.label[locale] ?? String(value);
  if (column.type === "classSelector") return (value as { all: boolean }).all ? msg.all : "";
  if (Array.isArray(value))
    return column.type === "gradeList" ? formatGradeList(value as number[]) : value.join(", ");
  return String(value);
}

function describeValues(
  column: Pick<ColumnSpec, "enumeration" | "ref" | "min" | "max">,
  locale: Locale,
): string {
  const msg = tableMessages(locale);
  if (column.enumeration) return column.enumeration.options.map((o) => o.label[locale]).join(" / ");
  if (column.ref) {
    const tab = TABS[column.ref.tab];
    const header = tab.columns.find((c) => c.key === column.ref!.column)?.header[locale] ?? column.ref.column;
    return msg.docs.refersTo(tab.name[locale], header);
  }
  if (column.min !== undefined || column.max !== undefined)
    return `${column.min ?? "…"}–${column.max ?? "…"}`;
  return "";
}

/**
 * Markdown for the README: for each source tab in order, a heading, its note and a table of its columns
 * (header, type, required, default, values, note), then the parameters of Настройки.
 */
export function renderTabsMarkdown(locale: Locale): string {
  const msg = tableMessages(locale);
  const d = msg.docs;
  const out: string[] = [];
  for (const key of SOURCE_TAB_ORDER) {
    const tab = TABS[key];
    out.push(`### ${tab.name[locale]}`, "", md(tab.note[locale]), "");
    out.push(
      `| ${d.column} | ${d.type} | ${d.required} | ${d.default} | ${d.values} | ${d.note} |`,
      "|---|---|---|---|---|---|",
    );
    for (const c of tab.columns as readonly ColumnSpec[]) {
      const aliases = c.aliases?.length ? ` (${d.aliases.toLowerCase()}: ${c.aliases.join(", ")})` : "";
      const cells = [
        c.header[locale] + aliases,
        msg.type[c.type],
        c.required ? msg.yes : "",
        describeDefault(c.default, c, locale),
        describeValues(c, locale),
        c.note[locale],
      ];
      out.push(`| ${cells.map(md).join(" | ")} |`);
    }
    out.push("");
    if (key === "settings") {
      out.push(
        `| ${d.parameter} | ${d.type} | ${d.default} | ${d.values} | ${d.note} |`,
        "|---|---|---|---|---|",
      );
      for (const p of SETTINGS_PARAMS) {
        const cells = [
          p.label[locale],
          msg.type[p.type],
          describeDefault(p.default, p, locale),
          describeValues(p, locale),
          p.note[locale],
        ];
        out.push(`| ${cells.map(md).join(" | ")} |`);
      }
      out.push("");
    }
  }
  return out.join("\n");
}
