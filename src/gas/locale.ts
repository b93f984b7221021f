// Which catalogue to speak: the user's locale, since onOpen may read no sheet; operations that read Настройки refine it.

import { type Locale, type Messages, messages, pickLocale } from "../i18n";

/** The user's locale without touching the spreadsheet; Russian when Apps Script cannot tell (AuthMode.NONE). */
export function userLocale(): Locale {
  try {
    return pickLocale(undefined, Session.getActiveUserLocale());
  } catch (_e) {
    return "ru";
  }
}

export function userMessages(): Messages {
  return messages(userLocale());
}
