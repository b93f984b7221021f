// The school year as one ordered list of steps: each capability adds its steps at its marked place, nowhere else.

import { editCell } from "./edit-cell";
import { helpDialog } from "./help-dialog";
import { menuAndTabs } from "./menu-and-tabs";
import type { Step } from "./types";

export type { Step, StepContext } from "./types";

export const SCHOOL_YEAR: Step[] = [
  // Август: the coordinator opens the workbook.
  menuAndTabs,
  helpDialog,

  // STEP SLOT — issue «Настроить книгу» (setupWorkbook): menu item creates/repairs the source tabs, the tab strip
  // shows them, running it twice changes nothing.

  // STEP SLOT — issue «Заполнить демо-данными» (fillDemoData): the demo school appears; screenshot of Ученики and План.

  // Сентябрь: teachers fill in the source tabs.
  editCell,

  // STEP SLOT — issue «Проверить данные»: a bad value typed in the grid shows up in «Проверка данные» with its cell.

  // STEP SLOT — issue «Тезаурус профессий» sidebar: open it, search, add a profession; the Профессии tab gets the row.

  // STEP SLOT — issue «Предложить план»: предложено rows appear in План; a teacher switches one to запланировано.

  // STEP SLOT — issue «Итоги — план»: the generated tab appears (marked «авто»), gaps in red, its chart drawn.
];
