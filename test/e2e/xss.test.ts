// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the payloads are template-like on purpose
// Sidebar security in headless Chromium: HTML and script payloads typed into the tabs (the thesaurus, events, pupils'
// labels, classes, equipment, resources, the plan, a questionnaire's texts) render as text in every sidebar, dialog,
// the playground grid and the form page; nothing runs (no console mark, no dialog), no element comes from a payload.

import type { Frame, Page } from "playwright-core";
import { createEmulator, type Emulator } from "../../emulator/index";
import type { CellValue, SheetModel } from "../../emulator/model";
import { messages } from "../../src/i18n";
import { clickMenu, dialogFrame, type Harness, openTab, sidebarFrame, startHarness } from "./harness";

jest.setTimeout(60_000);

/**
 * Every payload leaves the mark «XSS-FIRED» in the console (and an alert) if it ever runs. No comma or semicolon:
 * a profession's name may not hold them (lists are split on them), and every payload must pass the tabs' checks.
 */
const P = {
  img: `<img src=x onerror="console.log('XSS-FIRED img')||alert(1)">`,
  script: `<script>console.log('XSS-FIRED script')||alert(2)</script>`,
  svg: `"><svg onload="console.log('XSS-FIRED svg')||alert(3)">`,
  js: `javascript:console.log('XSS-FIRED js')||alert(4)`,
  tpl: "${console.log('XSS-FIRED tpl')} {{constructor.constructor('console.log(`XSS-FIRED ng`)')()}}",
  iframe: `'><iframe src="javascript:console.log('XSS-FIRED iframe')"></iframe>`,
  /** Options of a question are split on «|»: these have none. */
  option1: `<img src=x onerror="console.log('XSS-FIRED option')">`,
  option2: `<script>console.log('XSS-FIRED option')</script>`,
};

function sheetOf(emu: Emulator, name: string): SheetModel {
  const s = emu.workbook.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no tab «${name}»`);
  return s;
}

/** Appends a row by header (the «*» of required columns ignored); returns its 1-based number. */
function appendRow(emu: Emulator, tab: string, values: Record<string, CellValue>): number {
  const sheet = sheetOf(emu, tab);
  const header = (sheet.cells[0] ?? []).map((c) => String(c?.v ?? "").replace(/\*$/, ""));
  let last = sheet.cells.length;
  while (last > 0 && !(sheet.cells[last - 1] ?? []).some((c) => c && c.v !== "")) last--;
  const row = header.map((h) => ({ v: values[h] ?? "" }));
  for (const key of Object.keys(values))
    if (!header.includes(key)) throw new Error(`${tab}: no column ${key}`);
  sheet.cells[last] = row;
  if (last + 1 > sheet.maxRows) sheet.maxRows = last + 1;
  return last + 1;
}

function setCell(emu: Emulator, tab: string, row: number, column: string, value: CellValue): void {
  const sheet = sheetOf(emu, tab);
  const header = (sheet.cells[0] ?? []).map((c) => String(c?.v ?? "").replace(/\*$/, ""));
  const col = header.indexOf(column);
  if (col < 0) throw new Error(`${tab}: no column ${column}`);
  sheet.cells[row - 1][col] = { ...sheet.cells[row - 1][col], v: value };
}

/** The demo school with a payload in every field a teacher types that some sidebar, dialog or form shows. */
function plantedSchool(): Emulator {
  const emu = createEmulator();
  emu.call("setupWorkbook");
  emu.call("fillDemoData");
  const today = new Date();
  appendRow(emu, "Профессии", {
    Профессия: P.img,
    Предметы: "Математика",
    Тип: "П",
    Отрасль: P.svg,
    Новая: "нет",
    Описание: P.script,
    Компетенции: P.tpl,
    "Где обучают": P.iframe,
  });
  // A pupil's label and a class's teacher and profile.
  setCell(emu, "Ученики", 2, "Подпись", P.svg);
  setCell(emu, "Классы", 2, "Классный руководитель", P.script);
  setCell(emu, "Классы", 2, "Профиль", P.img);
  const event = sheetOf(emu, "Мероприятия").cells[1].map((c) => c?.v ?? "");
  const eventHeader = sheetOf(emu, "Мероприятия").cells[0].map((c) => String(c?.v).replace(/\*$/, ""));
  const like = Object.fromEntries(eventHeader.map((h, i) => [h, event[i]]));
  appendRow(emu, "Мероприятия", {
    ...like,
    Id: "М-9999",
    Дата: today,
    Название: P.img,
    Классы: "1А",
    Ответственный: P.script,
    Партнёр: P.svg,
    Профессии: P.img,
  });
  const room = String(sheetOf(emu, "Оборудование").cells[1][0]?.v);
  appendRow(emu, "Оборудование", {
    Кабинет: room,
    Наименование: P.img,
    Количество: 1,
    Состояние: "исправно",
    Профессии: P.img,
    Примечание: P.script,
  });
  appendRow(emu, "Ресурсы", {
    Название: P.svg,
    Вид: "цифровая платформа",
    Ссылка: P.js,
    Примечание: P.img,
  });
  appendRow(emu, "План", {
    Предмет: "Математика",
    Параллель: 5,
    Четверть: 2,
    "Тема урока": P.script,
    Профессия: P.img,
    Учитель: P.svg,
    Статус: "запланировано",
  });
  // A questionnaire of payloads: title, questions, options, scale names and interpretations; a form URL «javascript:».
  appendRow(emu, "Анкеты", {
    Id: "XSS",
    Название: P.img,
    Классы: "1–11",
    Идентификация: "список кодов",
  });
  appendRow(emu, "Вопросы", {
    Анкета: "XSS",
    "№": 1,
    Текст: P.svg,
    Тип: "один",
    Варианты: `${P.option1} = A | ${P.option2} = A`,
    Обязательный: "нет",
  });
  appendRow(emu, "Вопросы", { Анкета: "XSS", "№": 2, Текст: P.tpl, Тип: "текст", Обязательный: "нет" });
  appendRow(emu, "Шкалы", {
    Анкета: "XSS",
    Шкала: "A",
    Название: P.svg,
    От: 0,
    До: 10,
    Интерпретация: P.img,
  });
  const made = emu.runFromClient("createQuestionnaireForm", ["XSS"]);
  if (!made.ok) throw new Error(made.error.message);
  // Another questionnaire's «Форма» typed as a javascript: URL.
  setCell(emu, "Анкеты", 2, "Форма", P.js);
  return emu;
}

/** What a frame shows and holds: its text, elements a payload would have made, javascript: links. */
async function inspect(frame: Frame) {
  return frame.evaluate(() => {
    const all = Array.from(document.querySelectorAll("*"));
    // An element a payload made: a handler attribute (onerror, onload) or a script holding the mark. The payload as
    // an attribute's text (a button's title) is text, and fine.
    const planted = all.filter(
      (el) =>
        Array.from(el.attributes).some((a) => a.name.startsWith("on") && a.value.includes("XSS-FIRED")) ||
        (el.tagName === "SCRIPT" && (el.textContent ?? "").includes("XSS-FIRED")) ||
        (el.tagName === "IMG" && el.getAttribute("src") === "x"),
    );
    const jsLinks = all.filter((el) =>
      ["href", "src", "action", "formaction"].some((a) => /^\s*javascript:/i.test(el.getAttribute(a) ?? "")),
    );
    // The payloads as the page holds them: text (hidden parts included) and attribute values (title, value).
    const attrs = all.flatMap((el) => Array.from(el.attributes).map((a) => a.value));
    return {
      text: [document.body?.textContent ?? "", ...attrs].join("\n"),
      planted: planted.map((el) => el.outerHTML.slice(0, 80)),
      jsLinks: jsLinks.map((el) => el.outerHTML.slice(0, 80)),
    };
  });
}

describe("payloads in the tabs never run: sidebars, dialogs, the grid and the form page", () => {
  let h: Harness;
  const fired: string[] = [];
  const m = messages("ru");

  beforeAll(async () => {
    h = await startHarness({ emulator: plantedSchool() });
    const watch = (page: Page) => {
      page.on("console", (msg) => {
        if (msg.text().includes("XSS-FIRED")) fired.push(`console: ${msg.text()}`);
      });
      page.on("dialog", (d) => {
        fired.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
    };
    watch(h.page);
    h.context.on("page", watch);
    // A flag any payload could set through the page's own globals, in every frame.
    await h.context.addInitScript(() => {
      (window as unknown as { __xss: number }).__xss = 0;
    });
    await h.page.reload();
    await h.page.locator("#tabs .tab").first().waitFor();
  });

  afterAll(async () => {
    await h?.close();
  });

  /** Closes the open dialog as Escape in the page does (the key would go to the dialog's own frame). */
  async function closeDialog(page: Page): Promise<void> {
    await page.evaluate(() => document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" })));
    await page.locator("#overlay.hidden").waitFor({ state: "attached" });
  }

  /** Every frame of the page: nothing planted, no javascript: link, no flag; returns the frames' text. */
  async function checkFrames(page: Page): Promise<string> {
    let text = "";
    for (const frame of page.frames()) {
      const seen = await inspect(frame);
      expect(seen.planted).toEqual([]);
      expect(seen.jsLinks).toEqual([]);
      text += `\n${seen.text}`;
      await expect(frame.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0)).resolves.toBe(
        0,
      );
    }
    return text;
  }

  test("sidebars: thesaurus, my plan, events, attendance, equipment and resources, questionnaires", async () => {
    const { page } = h;
    const side = sidebarFrame(page);

    await clickMenu(page, m.thesaurus.menu);
    await side.locator("body").filter({ hasText: "onerror" }).first().waitFor();
    let text = await checkFrames(page);
    expect(text).toContain(P.img);

    await clickMenu(page, m.myPlan.menu);
    await side.locator("#subject").waitFor();
    await side.locator("#subject").selectOption("Математика");
    await side.locator("li.entry").first().waitFor({ state: "attached" });
    text = await checkFrames(page);
    expect(text).toContain(P.img); // the planted row's profession

    await clickMenu(page, m.events.menu);
    await side.locator("#balance").waitFor();
    await side.locator("body").filter({ hasText: "onerror" }).first().waitFor();
    await checkFrames(page);

    await clickMenu(page, m.attendance.menu);
    await side.locator("#event").waitFor();
    await side.locator("#event").selectOption("М-9999");
    await side.locator('[data-class="1А"]').click();
    await side.locator("#pupils li").first().waitFor();
    text = await checkFrames(page);
    expect(text).toContain(P.svg); // the pupil's label

    await clickMenu(page, m.equipment.menu);
    await side.locator("#items .item").first().waitFor();
    await side.locator("body").filter({ hasText: "onerror" }).first().waitFor();
    await checkFrames(page);
    await side.locator("#tab-resources").click();
    await side.locator("#resources .item").first().waitFor();
    text = await checkFrames(page);
    expect(text).toContain(P.svg);

    await clickMenu(page, m.questionnaires.menu, m.questionnaires.menuSidebar);
    await side.locator('li.questionnaire[data-id="XSS"]').waitFor();
    text = await checkFrames(page);
    expect(text).toContain(P.img);
    // The questionnaire whose «Форма» is javascript: shows no link to it.
    await expect(side.locator("a[href^='javascript' i]").count()).resolves.toBe(0);
    expect(fired).toEqual([]);
  });

  test("dialogs: the plan suggestion, the class picker, help", async () => {
    const { page } = h;
    const dialog = dialogFrame(page);
    await clickMenu(page, m.planSuggest.menu);
    await dialog.locator("body").filter({ hasText: "onerror" }).first().waitFor();
    await checkFrames(page);
    await closeDialog(page);

    await clickMenu(page, m.classView.menu);
    await dialog.locator('[data-class="1А"]').waitFor();
    await checkFrames(page);
    await closeDialog(page);

    await clickMenu(page, m.menu.help);
    await dialog.locator("body").first().waitFor();
    await checkFrames(page);
    await closeDialog(page);
    expect(fired).toEqual([]);
  });

  test("the playground grid: source and generated tabs show the payloads as text", async () => {
    const { page, emu } = h;
    expect(emu.runFromClient("refreshEquipmentAnalysis", []).ok).toBe(true);
    expect(emu.runFromClient("showClassView", ["1А"]).ok).toBe(true);
    for (const tab of ["Ресурсы", "Анкеты", "Шкалы", "Класс — 1А"]) {
      await openTab(page, tab);
      await checkFrames(page);
    }
    await openTab(page, "Анкеты");
    const text = await page.locator(".grid-body").first().innerText();
    expect(text).toContain("<img src=x onerror=");
    expect(fired).toEqual([]);
  });

  test("the emulator's form page /f/XSS: title, questions and options as text, nothing runs", async () => {
    const pupil = await h.context.newPage();
    await pupil.goto(`${h.url}/f/XSS`);
    await pupil.locator("h1").waitFor();
    await expect(pupil.locator("h1").innerText()).resolves.toBe(P.img);
    const text = await checkFrames(pupil);
    expect(text).toContain(P.svg); // the question
    expect(text).toContain(P.option2); // an option
    expect(text).toContain("${console.log('XSS-FIRED tpl')}");
    await pupil.close();
    expect(fired).toEqual([]);
    expect(h.pageErrors.filter((e) => e.includes("XSS"))).toEqual([]);
  });
});
