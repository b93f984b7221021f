// Ui: menus recorded as built, sidebars and dialogs, alerts and prompts answered from the script.

import { HtmlServiceEmu } from "../../../emulator/services/html";
import { makeApp, thrown } from "./make-context";

const REF = "https://developers.google.com/apps-script/reference/base";

/** What HtmlService's HtmlOutput offers to Ui (duck-typed: any object with these getters). */
function html(content: string, title = "", width = 600, height = 400) {
  return {
    getContent: () => content,
    getTitle: () => title,
    getWidth: () => width,
    getHeight: () => height,
  } as never;
}

describe("menus", () => {
  test(`createAddonMenu's caption is the add-on's name; items, separators and submenus are recorded (${REF}/ui#createaddonmenu)`, () => {
    const { app, ctx } = makeApp();
    const ui = app.getUi();
    ui.createAddonMenu()
      .addItem("Открыть панель", "showSidebar")
      .addSeparator()
      .addSubMenu(ui.createMenu("Отчёты").addItem("Сводка", "buildSummary"))
      .addToUi();
    expect(ctx.ui.menus).toEqual([
      {
        caption: "ПрофТрек",
        addon: true,
        items: [
          { caption: "Открыть панель", functionName: "showSidebar" },
          { caption: "", functionName: null },
          {
            caption: "Отчёты",
            functionName: null,
            submenu: {
              caption: "Отчёты",
              addon: false,
              items: [{ caption: "Сводка", functionName: "buildSummary" }],
            },
          },
        ],
      },
    ]);
  });

  test("adding a menu with the same caption again replaces it (onOpen runs on every open)", () => {
    const { app, ctx } = makeApp();
    app.getUi().createMenu("ПрофТрек").addItem("A", "a").addToUi();
    app.getUi().createMenu("ПрофТрек").addItem("B", "b").addToUi();
    expect(ctx.ui.menus).toHaveLength(1);
    expect(ctx.ui.menus[0].items.map((i) => i.caption)).toEqual(["B"]);
  });
});

describe("sidebars and dialogs", () => {
  test(`showSidebar / showModalDialog / showModelessDialog record the HtmlOutput's title, content and size (${REF}/ui#showmodaldialoguserinterface,-title)`, () => {
    const { app, ctx } = makeApp();
    const ui = app.getUi();
    ui.showSidebar(html("<p>панель</p>", "ПрофТрек"));
    ui.showModalDialog(html("<p>справка</p>", "", 520, 420), "Справка");
    ui.showModelessDialog(html("<p>x</p>"), "Окно");
    expect(ctx.ui.shown).toEqual([
      { kind: "sidebar", title: "ПрофТрек", html: "<p>панель</p>" },
      { kind: "modal", title: "Справка", html: "<p>справка</p>", width: 520, height: 420 },
      { kind: "modeless", title: "Окно", html: "<p>x</p>", width: 600, height: 400 },
    ]);
  });

  test("the emulator's own HtmlOutput is read without counting HtmlOutput calls; an unset size is left out", () => {
    const { app, ctx } = makeApp();
    const out = new HtmlServiceEmu(ctx).createHtmlOutput("<b>hi</b>").setTitle("Панель");
    ctx.counter.reset();
    app.getUi().showSidebar(out);
    app.getUi().showModalDialog(out, "Окно");
    expect(ctx.ui.shown).toEqual([
      { kind: "sidebar", title: "Панель", html: "<b>hi</b>" },
      { kind: "modal", title: "Окно", html: "<b>hi</b>" },
    ]);
    expect(ctx.counter.sum("HtmlOutput.")).toBe(0);
  });

  test("something that is not an HtmlOutput is a signature mismatch", () => {
    const { app } = makeApp();
    expect(thrown(() => app.getUi().showSidebar("<p>" as never))).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Ui.showSidebar.",
    );
  });
});

describe("alerts and prompts", () => {
  test(`alert(prompt) / alert(title, prompt, buttons) answer from the script, OK when none is left (${REF}/ui#alerttitle,-prompt,-buttons)`, () => {
    const { app, ctx } = makeApp();
    const ui = app.getUi();
    ctx.uiScript.alertAnswers.push("NO");
    expect(String(ui.alert("Удалить?", "Точно удалить лист?", ui.ButtonSet.YES_NO))).toBe("NO");
    expect(ui.alert("Готово") === ui.Button.OK).toBe(true);
    expect(ctx.ui.alerts).toEqual([
      { title: "Удалить?", prompt: "Точно удалить лист?", buttons: "YES_NO", answer: "NO" },
      { title: "", prompt: "Готово", buttons: "OK", answer: "OK" },
    ]);
  });

  test(`prompt returns a PromptResponse; with nothing scripted the user cancelled (${REF}/prompt-response)`, () => {
    const { app, ctx } = makeApp();
    const ui = app.getUi();
    ctx.uiScript.promptAnswers.push({ button: "OK", text: "7А" });
    const r = ui.prompt("Класс", "Введите класс", ui.ButtonSet.OK_CANCEL);
    expect([String(r.getSelectedButton()), r.getResponseText()]).toEqual(["OK", "7А"]);
    const none = ui.prompt("Ещё?");
    expect([String(none.getSelectedButton()), none.getResponseText()]).toEqual(["CANCEL", ""]);
  });

  test("a scripted answer that is not a button of the dialog is a test error", () => {
    const { app, ctx } = makeApp();
    ctx.uiScript.alertAnswers.push("YES");
    expect(thrown(() => app.getUi().alert("Только OK"))).toBe(
      'Scripted answer "YES" is not a button of OK (nor CLOSE).',
    );
  });
});
