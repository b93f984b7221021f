// Ui: menus (recorded in ctx.ui.menus), sidebars and dialogs (ctx.ui.shown), alerts and prompts answered by ctx.uiScript.

import type { MenuModel, ShownHtml } from "../context";
import type { Doc } from "./doc";
import { BUTTONS_OF, Button, type ButtonName, ButtonSet, type ButtonSetName, member } from "./enums";
import { badArgs } from "./errors";
import { asGas, type GasButton, type GasMenu, type GasPromptResponse, type GasUi } from "./types";

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export class EmuMenu implements Pick<GasMenu, "addItem" | "addSeparator" | "addSubMenu" | "addToUi"> {
  readonly model: MenuModel;

  constructor(
    private readonly doc: Doc,
    caption: string,
    addon: boolean,
  ) {
    this.model = { caption, items: [], addon };
  }

  private hit(method: string): GasMenu {
    this.doc.hit(`Menu.${method}`);
    return asGas(this);
  }

  addItem(caption: string, functionName: string): GasMenu {
    const self = this.hit("addItem");
    if (typeof caption !== "string" || typeof functionName !== "string")
      badArgs("Menu.addItem", [caption, functionName]);
    this.model.items.push({ caption, functionName });
    return self;
  }
  addSeparator(): GasMenu {
    const self = this.hit("addSeparator");
    this.model.items.push({ caption: "", functionName: null });
    return self;
  }
  addSubMenu(menu: GasMenu): GasMenu {
    const self = this.hit("addSubMenu");
    if (!(menu instanceof EmuMenu)) return badArgs("Menu.addSubMenu", [menu]);
    this.model.items.push({
      caption: menu.model.caption,
      functionName: null,
      submenu: structuredClone(menu.model),
    });
    return self;
  }
  /** Records the menu as it is now; a menu with the same caption (and kind) added before is replaced. */
  addToUi(): void {
    this.hit("addToUi");
    const menus = this.doc.ctx.ui.menus;
    const snapshot = structuredClone(this.model);
    const at = menus.findIndex((m) => m.caption === snapshot.caption && m.addon === snapshot.addon);
    if (at >= 0) menus[at] = snapshot;
    else menus.push(snapshot);
  }
}

/** The emulated HtmlOutput's uncounted view of itself (emulator/services/html.ts). */
interface Inspectable {
  inspect(): { title: string; content: string; width?: number; height?: number };
}

/**
 * Reads an HtmlOutput: through its uncounted inspect() when it is the emulator's own, else through the public
 * getters (any object that has them). A size never set (0) is left out, as Sheets then uses its default.
 */
function shown(kind: ShownHtml["kind"], html: unknown, method: string, title?: string): ShownHtml {
  const h = html as (Partial<HtmlOutput> & Partial<Inspectable>) | null;
  if (!h || (typeof h.inspect !== "function" && typeof h.getContent !== "function")) {
    return badArgs(
      method,
      [html, title].filter((x) => x !== undefined),
    );
  }
  const m =
    typeof h.inspect === "function"
      ? h.inspect()
      : {
          title: typeof h.getTitle === "function" ? h.getTitle() : "",
          content: (h.getContent as () => string)(),
          width: typeof h.getWidth === "function" ? h.getWidth() : undefined,
          height: typeof h.getHeight === "function" ? h.getHeight() : undefined,
        };
  const out: ShownHtml = { kind, title: title ?? m.title, html: m.content };
  if (kind !== "sidebar") {
    if (m.width) out.width = m.width;
    if (m.height) out.height = m.height;
  }
  return out;
}

export class EmuUi
  implements
    Pick<
      GasUi,
      | "alert"
      | "prompt"
      | "createMenu"
      | "createAddonMenu"
      | "showSidebar"
      | "showModalDialog"
      | "showModelessDialog"
    >
{
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly doc: Doc) {}

  private hit(method: string): void {
    this.doc.hit(`Ui.${method}`);
  }

  createMenu(caption: string): GasMenu {
    this.hit("createMenu");
    if (typeof caption !== "string") badArgs("Ui.createMenu", [caption]);
    return asGas(new EmuMenu(this.doc, caption, false));
  }
  /** An add-on's menu: its caption is the add-on's name, shown under Extensions. */
  createAddonMenu(): GasMenu {
    this.hit("createAddonMenu");
    return asGas(new EmuMenu(this.doc, this.doc.addonName, true));
  }

  showSidebar(userInterface: HtmlOutput): void {
    this.hit("showSidebar");
    this.doc.ctx.ui.shown.push(shown("sidebar", userInterface, "Ui.showSidebar"));
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.hit("showModalDialog");
    this.doc.ctx.ui.shown.push(shown("modal", userInterface, "Ui.showModalDialog", String(title ?? "")));
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.hit("showModelessDialog");
    this.doc.ctx.ui.shown.push(
      shown("modeless", userInterface, "Ui.showModelessDialog", String(title ?? "")),
    );
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  private dialogArgs(
    method: string,
    a: unknown,
    b: unknown,
    c: unknown,
  ): { title: string; prompt: string; set: ButtonSetName } {
    const args = [a, b, c].filter((x) => x !== undefined);
    if (args.length === 3 && typeof a === "string" && typeof b === "string" && member(ButtonSet, c)) {
      return { title: a, prompt: b, set: member(ButtonSet, c) as ButtonSetName };
    }
    if (args.length === 2 && typeof a === "string" && member(ButtonSet, b))
      return { title: "", prompt: a, set: member(ButtonSet, b) as ButtonSetName };
    if (args.length === 1 && typeof a === "string") return { title: "", prompt: a, set: "OK" };
    return badArgs(method, args);
  }

  /** Answered by the next scripted answer (which must be a button of the set, or CLOSE); with none left, OK. */
  alert(a: string, b?: unknown, c?: unknown): GasButton {
    this.hit("alert");
    const { title, prompt, set } = this.dialogArgs("Ui.alert", a, b, c);
    const scripted = this.doc.ctx.uiScript.alertAnswers.shift();
    const answer = scripted === undefined ? "OK" : this.button(scripted, set);
    this.doc.ctx.ui.alerts.push({ title, prompt, buttons: set, answer });
    return answer as unknown as GasButton;
  }

  /** Answered by the next scripted { button, text }; with none left, CANCEL and "". */
  prompt(a: string, b?: unknown, c?: unknown): GasPromptResponse {
    this.hit("prompt");
    const { title, prompt, set } = this.dialogArgs("Ui.prompt", a, b, c);
    const scripted = this.doc.ctx.uiScript.promptAnswers.shift();
    const button = scripted === undefined ? "CANCEL" : this.button(scripted.button, set);
    const text = scripted?.text ?? "";
    this.doc.ctx.ui.alerts.push({ title, prompt, buttons: set, answer: button });
    const doc = this.doc;
    return asGas({
      getResponseText: () => {
        doc.hit("PromptResponse.getResponseText");
        return text;
      },
      getSelectedButton: () => {
        doc.hit("PromptResponse.getSelectedButton");
        return button;
      },
    });
  }

  /** A scripted answer must be a button the dialog shows: a test that scripts YES for an OK alert is wrong. */
  private button(answer: string, set: ButtonSetName): ButtonName {
    const b = member(Button, answer);
    if (!b || (b !== "CLOSE" && !BUTTONS_OF[set].includes(b))) {
      throw new Error(`Scripted answer "${answer}" is not a button of ${set} (nor CLOSE).`);
    }
    return b;
  }

  toString(): string {
    return "Ui";
  }
}
