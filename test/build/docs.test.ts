// The README's list of tabs and columns is generated from the specs (npm run docs): it must not drift from them.

import { readFileSync } from "node:fs";
import { currentTabsSection, README, tabsSection, withTabsSection } from "../../scripts/docs";
import { renderTabsMarkdown } from "../../src/tables/docs";
import { SETTINGS_PARAMS, SOURCE_TAB_ORDER, TABS } from "../../src/tables/specs";

const readme = () => readFileSync(README, "utf8");

describe("README tabs section", () => {
  test("is exactly what npm run docs generates from the specs (run `npm run docs` after changing a spec)", () => {
    expect(currentTabsSection(readme())).toBe(tabsSection());
  });

  test("lists every source tab and every column of it, and every parameter of Настройки", () => {
    const section = currentTabsSection(readme()) ?? "";
    for (const key of SOURCE_TAB_ORDER) {
      expect(section).toContain(`### ${TABS[key].name.ru}\n`);
      for (const c of TABS[key].columns) expect(section).toMatch(new RegExp(`\\n\\| ${c.header.ru}[ |(]`));
    }
    for (const p of SETTINGS_PARAMS) expect(section).toContain(`| ${p.label.ru} |`);
  });

  test("regenerating replaces only the section between the markers", () => {
    const doc = "intro\n<!-- tabs:start -->\nold\n<!-- tabs:end -->\noutro\n";
    const out = withTabsSection(doc);
    expect(out.startsWith("intro\n")).toBe(true);
    expect(out.endsWith("\noutro\n")).toBe(true);
    expect(out).toContain(renderTabsMarkdown("ru").trimEnd());
    expect(withTabsSection(out)).toBe(out);
    expect(() => withTabsSection("no markers")).toThrow("tabs:start");
  });
});
