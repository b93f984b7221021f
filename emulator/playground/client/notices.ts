// Toasts in the bottom-right corner, and the alerts the script showed (already answered) as a modal message.

import type { AlertInfo, ToastInfo } from "../api-types";
import { el } from "./dom";

const ANSWERS: Record<string, string> = {
  OK: "ОК",
  CANCEL: "Отмена",
  YES: "Да",
  NO: "Нет",
  CLOSE: "Закрыть",
};

/** A toast: Sheets keeps it timeoutSeconds (5 by default), or until closed when the timeout is negative. */
export function toast(root: HTMLElement, t: ToastInfo, kind: "info" | "error" = "info"): void {
  const box = el("div", `toast ${kind}`);
  box.setAttribute("role", kind === "error" ? "alert" : "status");
  if (t.title) box.append(el("b", "toast-title", t.title));
  box.append(el("div", "toast-message", t.message));
  const close = el("button", "close", "×");
  close.type = "button";
  close.setAttribute("aria-label", "Закрыть");
  close.addEventListener("click", () => box.remove());
  box.append(close);
  root.append(box);
  const seconds = t.timeoutSeconds === undefined || t.timeoutSeconds === null ? 5 : t.timeoutSeconds;
  if (seconds >= 0 && kind !== "error") setTimeout(() => box.remove(), Math.max(1, seconds) * 1000);
}

/** Shows the alerts one after another; each says what the script asked and which answer it got. */
export class AlertQueue {
  private queue: AlertInfo[] = [];
  private open = false;

  constructor(private readonly root: HTMLElement) {}

  push(alerts: AlertInfo[]): void {
    this.queue.push(...alerts);
    if (!this.open) this.next();
  }

  private next(): void {
    const a = this.queue.shift();
    if (!a) {
      this.open = false;
      this.root.classList.add("hidden");
      this.root.replaceChildren();
      return;
    }
    this.open = true;
    const box = el("div", "alert-box");
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-label", a.title || "Сообщение");
    if (a.title) box.append(el("h2", "", a.title));
    box.append(el("p", "alert-prompt", a.prompt));
    const answer = ANSWERS[a.answer] ?? a.answer;
    if (a.buttons && a.buttons !== "OK") {
      box.append(
        el(
          "p",
          "muted",
          `Сценарий получил ответ «${answer}»: в playground ответы на вопросы задаются заранее.`,
        ),
      );
    }
    const ok = el("button", "primary", "ОК");
    ok.type = "button";
    ok.addEventListener("click", () => this.next());
    box.append(ok);
    this.root.replaceChildren(box);
    this.root.classList.remove("hidden");
    ok.focus();
  }
}
