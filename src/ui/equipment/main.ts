// «Оборудование» sidebar: items by room and resources in one call; add or edit either in a form, saved with one call.

import { normalizeKey } from "../../domain/text";
import type { EquipmentData, EquipmentEntry, EquipmentSaveResult, ResourceEntry } from "../../gas/equipment";
import { type EquipmentMessages, equipmentMessages } from "../../i18n/equipment";
import { h, mount } from "../shared/dom";
import { call } from "../shared/server";
import { itemForm, resourceForm } from "./forms";

const app = document.getElementById("app")!;

interface State {
  data: EquipmentData;
  m: EquipmentMessages["sidebar"];
  view: "equipment" | "resources";
  /** The room typed or picked in the filter ("" = all rooms). */
  room: string;
  /** The row saved last, highlighted in its list. */
  savedRow?: number;
}

const status = h("p", { class: "status", id: "status", role: "status", "aria-live": "polite" });
const body = h("div", {});
const tabs = h("div", { class: "tabs", role: "tablist" });

function setStatus(text: string, kind: "" | "error" | "warning" = ""): void {
  status.className = `status ${kind}`.trim();
  status.textContent = text;
}

function conditionBadge(state: State, item: EquipmentEntry): HTMLElement {
  const code = item.condition ?? "ok";
  const label = state.data.conditions.find((c) => c.code === code)?.label ?? code;
  return h("span", { class: `badge cond-${code}` }, label);
}

function itemButton(state: State, item: EquipmentEntry): HTMLLIElement {
  const known = new Set(state.data.professions.map((p) => normalizeKey(p.profession)));
  const professions = item.professions.map((p) =>
    known.has(normalizeKey(p)) ? p : `${p} (${state.m.unknownProfession})`,
  );
  return h(
    "li",
    {},
    h(
      "button",
      {
        type: "button",
        class: item.row === state.savedRow ? "item saved" : "item",
        title: state.m.editOf(item.name),
        "data-row": String(item.row),
        onclick: () => showItemForm(state, item),
      },
      h("span", { class: "name" }, item.name),
      item.quantity === undefined ? null : h("span", { class: "qty" }, ` × ${item.quantity}`),
      conditionBadge(state, item),
      state.room === "" ? h("span", { class: "meta" }, item.room) : null,
      professions.length ? h("span", { class: "meta professions" }, professions.join(", ")) : null,
    ),
  );
}

function equipmentView(state: State): HTMLElement {
  const m = state.m;
  const rooms = [...new Map(state.data.equipment.map((e) => [normalizeKey(e.room), e.room.trim()])).values()];
  const list = h("ul", { class: "list", id: "items" });
  const count = h("p", { class: "count muted", id: "count" });
  const refresh = () => {
    const key = normalizeKey(state.room);
    const items = state.data.equipment.filter((e) => key === "" || normalizeKey(e.room) === key);
    count.textContent = m.items(items.length);
    mount(
      list,
      items.length === 0 ? h("li", { class: "muted note" }, m.noItems) : null,
      ...items.map((i) => itemButton(state, i)),
    );
  };
  const room = h("input", {
    id: "room",
    type: "search",
    list: "rooms",
    value: state.room,
    placeholder: m.roomPlaceholder,
    autocomplete: "off",
    oninput: (e: Event) => {
      state.room = (e.target as HTMLInputElement).value;
      refresh();
    },
  });
  refresh();
  return h(
    "section",
    { "aria-label": m.tabEquipment },
    h("label", { for: "room" }, m.room),
    room,
    h("datalist", { id: "rooms" }, ...rooms.map((r) => h("option", { value: r }))),
    h(
      "div",
      { class: "top" },
      count,
      h(
        "button",
        {
          type: "button",
          class: "primary",
          id: "add-item",
          "aria-label": m.addItemLabel,
          title: m.addItemLabel,
          onclick: () => showItemForm(state, null),
        },
        m.addItem,
      ),
    ),
    state.data.skipped.equipment > 0
      ? h("p", { class: "warning note" }, m.skipped(state.data.skipped.equipment, state.data.tabs.equipment))
      : null,
    list,
  );
}

function resourcesView(state: State): HTMLElement {
  const m = state.m;
  const kind = (code: string) => state.data.kinds.find((k) => k.code === code)?.label ?? code;
  const resources = state.data.resources;
  return h(
    "section",
    { "aria-label": m.tabResources },
    h(
      "div",
      { class: "top" },
      h("p", { class: "count muted", id: "count" }, m.resources(resources.length)),
      h(
        "button",
        {
          type: "button",
          class: "primary",
          id: "add-resource",
          "aria-label": m.addResourceLabel,
          title: m.addResourceLabel,
          onclick: () => showResourceForm(state, null),
        },
        m.addResource,
      ),
    ),
    state.data.skipped.resources > 0
      ? h("p", { class: "warning note" }, m.skipped(state.data.skipped.resources, state.data.tabs.resources))
      : null,
    h(
      "ul",
      { class: "list", id: "resources" },
      resources.length === 0 ? h("li", { class: "muted note" }, m.noResources) : null,
      ...resources.map((r: ResourceEntry) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: r.row === state.savedRow ? "item saved" : "item",
              title: m.editOf(r.name),
              "data-row": String(r.row),
              onclick: () => showResourceForm(state, r),
            },
            h("span", { class: "name" }, r.name),
            h("span", { class: "meta" }, [kind(r.kind), r.bands.join(", ")].filter(Boolean).join(" · ")),
          ),
        ),
      ),
    ),
  );
}

function renderTabs(state: State): void {
  const tab = (view: State["view"], label: string) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${view}`,
        "aria-selected": String(state.view === view),
        onclick: () => {
          state.view = view;
          state.savedRow = undefined;
          setStatus("");
          showList(state);
        },
      },
      label,
    );
  mount(tabs, tab("equipment", state.m.tabEquipment), tab("resources", state.m.tabResources));
}

function showList(state: State, focusRow?: number): void {
  tabs.hidden = false;
  renderTabs(state);
  mount(body, state.view === "equipment" ? equipmentView(state) : resourcesView(state));
  const saved = focusRow === undefined ? null : body.querySelector<HTMLElement>(`[data-row="${focusRow}"]`);
  if (saved) {
    saved.scrollIntoView({ block: "center" });
    saved.focus({ preventScroll: true });
  }
}

/** After a save: the fresh list from the server, the list shown, the message (an error when the row was refused). */
function onResult(state: State, r: EquipmentSaveResult): void {
  if (state.view === "equipment") {
    state.data.equipment = r.list as EquipmentEntry[];
    state.data.skipped.equipment = r.skipped;
  } else {
    state.data.resources = r.list as ResourceEntry[];
    state.data.skipped.resources = r.skipped;
  }
  if (r.ok) {
    state.savedRow = r.row;
    if (state.view === "equipment")
      state.room = state.data.equipment.find((e) => e.row === r.row)?.room ?? state.room;
  }
  showList(state, r.ok ? r.row : undefined);
  setStatus(r.message, r.ok ? "" : "error");
}

function formOptions<E>(state: State, entry: E | null) {
  return {
    m: state.m,
    data: state.data,
    entry,
    room: state.room,
    setStatus,
    onResult: (r: EquipmentSaveResult) => onResult(state, r),
    onCancel: () => {
      setStatus("");
      showList(state);
    },
  };
}

function showItemForm(state: State, entry: EquipmentEntry | null): void {
  tabs.hidden = true;
  setStatus("");
  const form = itemForm(formOptions(state, entry));
  mount(body, form.el);
  form.focus();
}

function showResourceForm(state: State, entry: ResourceEntry | null): void {
  tabs.hidden = true;
  setStatus("");
  const form = resourceForm(formOptions(state, entry));
  mount(body, form.el);
  form.focus();
}

function start(data: EquipmentData): void {
  const m = equipmentMessages(data.locale).sidebar;
  document.documentElement.lang = data.locale;
  document.title = m.title;
  const state: State = { data, m, view: "equipment", room: "" };
  app.setAttribute("aria-label", m.title);
  mount(app, tabs, body, status);
  showList(state);
}

call("getEquipment")
  .then(start)
  .catch((e: Error) => mount(app, h("p", { class: "error", role: "alert" }, e.message)));
