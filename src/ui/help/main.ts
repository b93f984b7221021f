// «Справка» dialog: what each menu item does, and the privacy rule.

import { h, mount } from "../shared/dom";
import { call, close } from "../shared/server";

const app = document.getElementById("app")!;

call("getHelp")
  .then((d) => {
    mount(
      app,
      h("p", {}, d.intro),
      h("h2", {}, d.menuTitle),
      h("ul", {}, ...d.items.map((i) => h("li", {}, h("b", {}, i.caption), " — ", i.description))),
      h("p", { class: "muted" }, d.privacy),
      h("button", { class: "primary", onclick: close, autofocus: true }, d.close),
    );
  })
  .catch((e: Error) => mount(app, h("p", { class: "error", role: "alert" }, e.message)));
