// Step: a teacher types into the grid; the workbook changes, the .xlsx is saved, and the value is there after a reload.

import { openEmulator } from "../../../emulator/index";
import { dataExtent } from "../../../emulator/model";
import { columnLetters } from "../../../emulator/spreadsheet/a1";
import { eventually, openTab, readSheet, screenshot, waitForGrid } from "../harness";
import type { Step } from "./types";

export const editCell: Step = {
  name: "правка ячейки в сетке меняет книгу и сохраняется после перезагрузки",
  async run({ h }) {
    const { page, emu } = h;
    // A teacher's own column to the right of the data (data-model.md: such columns survive every operation).
    const sheet = emu.workbook.sheets.find(
      (s) => !s.hidden && !s.metadata.some((m) => m.key === "proftrack.generated"),
    )!;
    const column = Math.min(dataExtent(sheet).lastColumn + 1, sheet.maxColumns);
    const cell = (row: number) => page.locator(`.c[data-row="${row}"][data-col="${column}"]`);
    await openTab(page, sheet.name);

    await cell(1).dblclick();
    await page.locator(".cell-editor").fill("Заметки учителя");
    await page.keyboard.press("Enter");
    // Enter moved the selection to row 2: typing starts the editor there, as in Sheets.
    await page.keyboard.type("12,5");
    await page.keyboard.press("Enter");

    await eventually(() => {
      expect(sheet.cells[0]?.[column - 1]?.v).toBe("Заметки учителя");
      expect(sheet.cells[1]?.[column - 1]?.v).toBe(12.5);
    });
    await eventually(async () => expect(await cell(2).textContent()).toBe("12,5"));
    // Over HTTP the tab reads as the grid shows it.
    const shown = await readSheet(h.url, sheet.name);
    expect([shown[0]?.[column - 1], shown[1]?.[column - 1]]).toEqual(["Заметки учителя", "12,5"]);
    await screenshot(page, "04-cell-edited");

    // The answer to an edit comes at once; the .xlsx is saved in the background (flushed here, as on the server's stop).
    await page.locator("#status:not(.working)").waitFor();
    expect(await page.locator("#status").textContent()).toMatch(
      /^Изменение принято .*книга сохраняется в фоне/,
    );
    await h.pg.flush();
    const again = (await openEmulator(h.workbookPath)).workbook.sheets.find((s) => s.name === sheet.name)!;
    expect(again.cells[0]?.[column - 1]?.v).toBe("Заметки учителя");
    expect(again.cells[1]?.[column - 1]?.v).toBe(12.5);

    await page.reload();
    await waitForGrid(page);
    await openTab(page, sheet.name);
    await eventually(async () => expect(await cell(1).textContent()).toBe("Заметки учителя"));
    await cell(2).click();
    expect(await page.locator("#cell-ref").textContent()).toBe(`${columnLetters(column)}2`);
    expect(await page.locator("#cell-text").textContent()).toBe("12,5");
  },
};
