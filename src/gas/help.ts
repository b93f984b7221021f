// «Справка»: a modal dialog that lists the menu and explains the privacy rule.

import { userMessages } from "./locale";
import { menuItems } from "./menu";

export interface HelpData {
  title: string;
  intro: string;
  menuTitle: string;
  items: { caption: string; description: string }[];
  privacy: string;
  close: string;
}

export function showHelpDialog(): void {
  const m = userMessages();
  const html = HtmlService.createHtmlOutputFromFile("help").setWidth(520).setHeight(420);
  SpreadsheetApp.getUi().showModalDialog(html, m.help.title);
}

export function helpData(): HelpData {
  const m = userMessages();
  return {
    ...m.help,
    items: menuItems().map((i) => ({ caption: i.caption(m), description: m.menuHelp[i.fn] ?? "" })),
  };
}
