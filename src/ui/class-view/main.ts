// The class picker of «Класс — участие и часы»: one call for the classes, one click builds the class's tab.

import type { ClassPickerData } from "../../gas/class-view";
import { classViewMessages } from "../../i18n/class-view";
import { h, mount } from "../shared/dom";
import { call, close } from "../shared/server";

const app = document.getElementById("app")!;

function start(data: ClassPickerData): void {
  const m = classViewMessages(data.locale);
  document.documentElement.lang = data.locale;
  const status = h("p", { class: "status", id: "status", role: "status", "aria-live": "polite" });
  const buttons = data.classes.map((c) =>
    h(
      "button",
      {
        type: "button",
        "data-class": c.className,
        onclick: async () => {
          for (const b of buttons) b.disabled = true;
          status.className = "status";
          status.textContent = m.building(c.className);
          try {
            const r = await call("showClassView", c.className);
            status.textContent = m.built(r.tab);
            close();
          } catch (e) {
            status.className = "status error";
            status.textContent = (e as Error).message;
            for (const b of buttons) b.disabled = false;
          }
        },
      },
      c.className,
      h("span", { class: "count" }, m.pupils(c.pupils)),
    ),
  );
  mount(
    app,
    h("p", {}, m.pickIntro),
    data.classes.length
      ? h("div", { class: "classes", id: "classes" }, ...buttons)
      : h("p", { class: "warning" }, m.noClasses),
    status,
    h(
      "div",
      { class: "bottom" },
      h("button", { type: "button", id: "close", onclick: () => close() }, m.close),
    ),
  );
  buttons[0]?.focus();
}

call("getClassViewClasses")
  .then(start)
  .catch((e: Error) => mount(app, h("p", { class: "error", role: "alert" }, e.message)));
