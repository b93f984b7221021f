// The message catalogue: every area's Russian and English strings, picked by locale.

import * as attendance from "./attendance";
import * as classView from "./class-view";
import * as equipment from "./equipment";
import * as events from "./events";
import type { Locale } from "./format";
import * as generated from "./generated";
import * as menu from "./menu";
import * as myPlan from "./my-plan";
import * as planCoverage from "./plan-coverage";
import * as planSuggest from "./plan-suggest";
import * as questionnaires from "./questionnaires";
import * as reliability from "./reliability";
import * as setup from "./setup";
import * as summaries from "./summaries";
import * as thesaurus from "./thesaurus";
import * as validate from "./validate";

export type { Locale } from "./format";
export { pickLocale, plural } from "./format";

const ru = {
  ...menu.ru,
  ...generated.ru,
  ...setup.ru,
  ...validate.ru,
  ...thesaurus.ru,
  ...planCoverage.ru,
  ...planSuggest.ru,
  ...myPlan.ru,
  ...attendance.ru,
  ...classView.ru,
  ...events.ru,
  ...equipment.ru,
  ...questionnaires.ru,
  ...summaries.ru,
  ...reliability.ru,
};
const en: typeof ru = {
  ...menu.en,
  ...generated.en,
  ...setup.en,
  ...validate.en,
  ...thesaurus.en,
  ...planCoverage.en,
  ...planSuggest.en,
  ...myPlan.en,
  ...attendance.en,
  ...classView.en,
  ...events.en,
  ...equipment.en,
  ...questionnaires.en,
  ...summaries.en,
  ...reliability.en,
};

export type Messages = typeof ru;

/** The catalogue for a locale (Russian by default). */
export function messages(locale: Locale): Messages {
  return locale === "en" ? en : ru;
}
