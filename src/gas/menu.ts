// The ПрофТрек menu as data: each capability adds its items here, in one place; onOpen and «Справка» read it.

import type { Messages } from "../i18n";

export interface MenuItemSpec {
  /** The global function the item runs (an export of entry.ts). */
  fn: string;
  caption: (m: Messages) => string;
}
/** A submenu («Анкеты ▸»): its caption and its items. */
export interface SubMenuSpec {
  submenu: (m: Messages) => string;
  items: MenuItemSpec[];
}
export type MenuSpec = (MenuItemSpec | SubMenuSpec | "separator")[];

/** Only what works is listed. */
export const MENU: MenuSpec = [
  { fn: "setupWorkbook", caption: (m) => m.setup.menu },
  { fn: "validateData", caption: (m) => m.validate.menu },
  { fn: "fillDemoData", caption: (m) => m.demo.menu },
  "separator",
  { fn: "showThesaurusSidebar", caption: (m) => m.thesaurus.menu },
  { fn: "showPlanSidebar", caption: (m) => m.myPlan.menu },
  { fn: "suggestPlan", caption: (m) => m.planSuggest.menu },
  { fn: "refreshPlanCoverage", caption: (m) => m.planReport.menu },
  "separator",
  { fn: "showEventSidebar", caption: (m) => m.events.menu },
  { fn: "showAttendanceSidebar", caption: (m) => m.attendance.menu },
  { fn: "pickClassView", caption: (m) => m.classView.menu },
  "separator",
  { fn: "showEquipmentSidebar", caption: (m) => m.equipment.menu },
  { fn: "refreshEquipmentAnalysis", caption: (m) => m.equipment.reportMenu },
  "separator",
  { fn: "refreshSummaries", caption: (m) => m.summaries.menu },
  "separator",
  {
    submenu: (m) => m.questionnaires.menu,
    items: [
      { fn: "showQuestionnairesSidebar", caption: (m) => m.questionnaires.menuSidebar },
      { fn: "addReadyQuestionnaire", caption: (m) => m.questionnaires.menuAddReady },
      { fn: "createQuestionnaireFormMenu", caption: (m) => m.questionnaires.menuCreateForm },
      { fn: "rescoreQuestionnaires", caption: (m) => m.questionnaires.menuRescore },
    ],
  },
  "separator",
  { fn: "showHelp", caption: (m) => m.menu.help },
];

/** Every item, a submenu's with its path («Анкеты → Создать форму»), for «Справка» and the checks. */
export function menuItems(): MenuItemSpec[] {
  return MENU.flatMap((i): MenuItemSpec[] => {
    if (i === "separator") return [];
    if ("submenu" in i)
      return i.items.map((item) => ({ fn: item.fn, caption: (m) => `${i.submenu(m)} → ${item.caption(m)}` }));
    return [i];
  });
}
