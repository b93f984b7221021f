// Questionnaires: the ready instruments added to Анкеты / Вопросы / Шкалы under the document lock.

import { readyInstrument, readyInstruments } from "../domain/questionnaires-ready";
import { messages } from "../i18n";
import { planReadyQuestionnaire, type ReadyOutcome } from "../tables/questionnaires";
import { userLocale } from "./locale";
import { UserError, withDocumentLock } from "./lock";
import { toastAfterSave } from "./notify";
import { saveTabWrites } from "./tab-writer";
import { Workbook } from "./workbook";

const INSTRUMENT_TABS = ["questionnaires", "questions", "scales"] as const;

/**
 * Adds a ready instrument by its Id: under the lock, reads the three tabs once each and appends one block to each
 * (nothing when the Id is on Анкеты already). Returns what was done; an unknown Id is a UserError.
 */
export function addReadyQuestionnaireAction(id: string): ReadyOutcome {
  const ready = readyInstrument(id);
  if (!ready) throw new UserError(messages(userLocale()).questionnaires.readyUnknown(id));
  return withDocumentLock(
    () => messages(userLocale()),
    () => {
      const wb = new Workbook();
      for (const key of INSTRUMENT_TABS) wb.requireSheet(key);
      const m = wb.messages;
      const { outcome, writes } = planReadyQuestionnaire(
        {
          grids: {
            questionnaires: wb.grid("questionnaires"),
            questions: wb.grid("questions"),
            scales: wb.grid("scales"),
          },
          names: {
            questionnaires: wb.sheetName("questionnaires") ?? "",
            questions: wb.sheetName("questions") ?? "",
            scales: wb.sheetName("scales") ?? "",
          },
          options: { timeZone: wb.timeZone, locale: wb.locale },
        },
        ready,
      );
      saveTabWrites(wb, writes, m);
      const text =
        outcome.status === "added"
          ? m.questionnaires.readyAdded(outcome.id, outcome.questions)
          : m.questionnaires.readyExists(outcome.id);
      toastAfterSave(wb.ss, text, m.questionnaires.title);
      return outcome;
    },
  );
}

/** Menu «Добавить готовую анкету»: asks which one (their Ids and titles listed), then adds it. */
export function addReadyQuestionnaireUi(): ReadyOutcome | null {
  const m = messages(userLocale());
  const ui = SpreadsheetApp.getUi();
  const list = readyInstruments()
    .map((r) => `${r.questionnaire.id} — ${r.questionnaire.title}`)
    .join("\n");
  const answer = ui.prompt(
    m.questionnaires.addReady,
    m.questionnaires.addReadyPrompt(list),
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const id = answer.getResponseText().trim();
  if (id === "") return null;
  return addReadyQuestionnaireAction(id);
}
