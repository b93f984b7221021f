// The add/edit forms of the «Оборудование» sidebar: an item (with the searchable profession picker) and a resource.

import type { Equipment, Resource } from "../../domain/records";
import { matchesQuery, normalizeKey } from "../../domain/text";
import type {
  EquipmentData,
  EquipmentDraftArg,
  EquipmentEntry,
  EquipmentSaveResult,
  ResourceDraftArg,
  ResourceEntry,
} from "../../gas/equipment";
import type { EquipmentMessages } from "../../i18n/equipment";
import { h, mount } from "../shared/dom";
import { call } from "../shared/server";

export interface FormOptions<E> {
  m: EquipmentMessages["sidebar"];
  data: EquipmentData;
  /** The entry edited, or null to add one. */
  entry: E | null;
  /** The room typed in the filter: a new item starts there. */
  room?: string;
  setStatus(text: string, kind?: "" | "error" | "warning"): void;
  /** The server answered: ok (saved) or refused because the row changed; the fresh list comes either way. */
  onResult(result: EquipmentSaveResult): void;
  onCancel(): void;
}

function checkbox(name: string, value: string, checked: boolean, label: string): HTMLLabelElement {
  return h("label", { class: "check" }, h("input", { type: "checkbox", name, value, checked }), label);
}

function checkedValues(root: HTMLElement, name: string): string[] {
  return Array.from(root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`), (i) => i.value);
}

/** Known names first (sheet order), then the entry's own names the list lacks. */
const withOwn = (known: readonly string[], own: readonly string[]) => [
  ...known,
  ...own.filter((o) => !known.some((k) => normalizeKey(k) === normalizeKey(o))),
];

const isKnown = (known: readonly string[], name: string) =>
  known.some((k) => normalizeKey(k) === normalizeKey(name));

/**
 * The searchable multi-select of thesaurus professions: the chosen ones as removable chips, a search box, and the
 * matching professions as checkboxes, by default only those linked to the subjects chosen in the form.
 */
function professionPicker(
  m: EquipmentMessages["sidebar"],
  data: EquipmentData,
  initial: readonly string[],
  subjectsOf: () => string[],
) {
  const chosen: string[] = [...initial];
  const chips = h("div", { class: "chips", id: "f-chosen", "aria-live": "polite" });
  const list = h("div", { class: "choices", id: "f-professions" });
  const search = h("input", {
    type: "search",
    id: "f-profession-search",
    placeholder: m.fields.professionSearch,
    "aria-label": m.fields.professionSearch,
    autocomplete: "off",
  });
  const only = h("input", { type: "checkbox", id: "f-only-subjects", checked: true });
  const known = data.professions.map((p) => p.profession);
  const toggle = (name: string, on: boolean) => {
    const i = chosen.findIndex((c) => normalizeKey(c) === normalizeKey(name));
    if (on && i < 0) chosen.push(name);
    if (!on && i >= 0) chosen.splice(i, 1);
    render();
  };
  const renderChips = () =>
    mount(
      chips,
      chosen.length === 0 ? h("span", { class: "muted note" }, m.fields.chosen(0)) : null,
      ...chosen.map((name) =>
        h(
          "span",
          { class: isKnown(known, name) ? "chip" : "chip unknown" },
          name,
          isKnown(known, name) ? null : h("span", { class: "hint" }, ` (${m.unknownProfession})`),
          h(
            "button",
            {
              type: "button",
              class: "remove",
              "aria-label": m.fields.remove(name),
              onclick: () => toggle(name, false),
            },
            "×",
          ),
        ),
      ),
    );
  const renderList = () => {
    const subjects = subjectsOf().map(normalizeKey);
    const hits = data.professions.filter(
      (p) =>
        (!only.checked ||
          subjects.length === 0 ||
          p.subjects.some((s) => subjects.includes(normalizeKey(s)))) &&
        matchesQuery([p.profession], search.value),
    );
    mount(
      list,
      hits.length === 0 ? h("div", { class: "muted note" }, m.fields.noMatches) : null,
      ...hits.map((p) => {
        const box = checkbox("profession", p.profession, isKnown(chosen, p.profession), p.profession);
        box
          .querySelector("input")!
          .addEventListener("change", (e) => toggle(p.profession, (e.target as HTMLInputElement).checked));
        return box;
      }),
    );
  };
  const render = () => {
    renderChips();
    renderList();
  };
  search.addEventListener("input", renderList);
  only.addEventListener("change", renderList);
  render();
  const el = h(
    "fieldset",
    {},
    h("legend", {}, m.fields.professions, " ", h("span", { class: "hint" }, m.fields.professionsHint)),
    chips,
    search,
    h("label", { class: "check", for: "f-only-subjects" }, only, m.fields.onlySubjects),
    list,
  );
  return { el, value: () => [...chosen], refresh: renderList };
}

function errorBox(field: string) {
  return h("div", { class: "field-error error", id: `error-${field}` });
}

/** Shows the server's field errors under their fields. */
function showErrors(boxes: Record<string, HTMLElement>, errors: readonly { field: string; text: string }[]) {
  for (const [field, box] of Object.entries(boxes))
    mount(box, ...errors.filter((e) => e.field === field).map((e) => h("div", {}, e.text)));
}

function formShell(
  o: FormOptions<unknown>,
  id: string,
  heading: string,
  submit: () => void,
  ...fields: (Node | null)[]
): HTMLFormElement {
  const save = h("button", { type: "submit", class: "primary", id: "save" }, o.m.save);
  const cancel = h("button", { type: "button", id: "cancel", onclick: () => o.onCancel() }, o.m.cancel);
  return h(
    "form",
    {
      id,
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        submit();
      },
      onkeydown: (e: KeyboardEvent) => {
        if (e.key === "Escape") {
          e.preventDefault();
          o.onCancel();
        }
      },
    },
    h("h2", { id: "form-title" }, heading),
    ...fields,
    h("div", { class: "actions" }, save, cancel),
  );
}

function send(
  o: FormOptions<unknown>,
  form: HTMLFormElement,
  boxes: Record<string, HTMLElement>,
  request: Promise<EquipmentSaveResult>,
) {
  const buttons = form.querySelectorAll("button");
  buttons.forEach((b) => {
    b.disabled = true;
  });
  o.setStatus(o.m.saving);
  request
    .then((r) => {
      buttons.forEach((b) => {
        b.disabled = false;
      });
      if (!r.ok && r.errors.length > 0) {
        showErrors(boxes, r.errors);
        o.setStatus(r.message, "error");
        return;
      }
      o.onResult(r);
    })
    .catch((e: Error) => {
      buttons.forEach((b) => {
        b.disabled = false;
      });
      o.setStatus(e.message, "error");
    });
}

const withoutRow = <T extends { row: number }>(entry: T): Omit<T, "row"> => {
  const { row: _row, ...rest } = entry;
  return rest;
};

/** The item form; `focus` puts the cursor into the first empty field. */
export function itemForm(o: FormOptions<EquipmentEntry>): { el: HTMLFormElement; focus(): void } {
  const { m, data, entry } = o;
  const f = m.fields;
  const initial: Equipment = entry ?? {
    room: o.room ?? "",
    name: "",
    subjects: [],
    professions: [],
    digital: false,
    condition: "ok",
  };
  const boxes = { room: errorBox("room"), name: errorBox("name"), quantity: errorBox("quantity") };
  const rooms = [...new Map(data.equipment.map((e) => [normalizeKey(e.room), e.room.trim()])).values()];
  const room = h("input", {
    id: "f-room",
    type: "text",
    value: initial.room,
    list: "f-rooms",
    autocomplete: "off",
  });
  const name = h("input", { id: "f-name", type: "text", value: initial.name, autocomplete: "off" });
  const quantity = h("input", {
    id: "f-quantity",
    type: "number",
    min: "0",
    step: "1",
    value: initial.quantity === undefined ? "" : String(initial.quantity),
  });
  const condition = h(
    "select",
    { id: "f-condition" },
    ...data.conditions.map((c) =>
      h("option", { value: c.code, selected: c.code === (initial.condition ?? "ok") }, c.label),
    ),
  );
  const subjects = h(
    "div",
    { class: "choices", id: "f-subjects" },
    ...withOwn(data.subjects, initial.subjects).map((s) =>
      checkbox("subject", s, isKnown(initial.subjects, s), s),
    ),
  );
  const digital = h("input", { type: "checkbox", id: "f-digital", checked: initial.digital });
  const picker = professionPicker(m, data, initial.professions, () => checkedValues(subjects, "subject"));
  subjects.addEventListener("change", picker.refresh);
  const note = h("textarea", { id: "f-note", rows: 2 });
  note.value = initial.note ?? "";

  const draft = (): EquipmentDraftArg => ({
    room: room.value,
    name: name.value,
    quantity: quantity.value.trim() === "" ? null : Number(quantity.value),
    condition: condition.value as EquipmentDraftArg["condition"],
    subjects: checkedValues(subjects, "subject"),
    professions: picker.value(),
    digital: digital.checked,
    note: note.value,
  });
  const submit = () => {
    const options = entry ? { row: entry.row, seen: withoutRow(entry) } : {};
    send(o as FormOptions<unknown>, el, boxes, call("saveEquipmentItem", draft(), options));
  };
  const el = formShell(
    o as FormOptions<unknown>,
    "item-form",
    entry ? m.formEditItem : m.formAddItem,
    submit,
    h("label", { for: "f-room" }, f.room),
    room,
    h("datalist", { id: "f-rooms" }, ...rooms.map((r) => h("option", { value: r }))),
    boxes.room,
    h("label", { for: "f-name" }, f.name),
    name,
    boxes.name,
    h(
      "div",
      { class: "pair" },
      h("div", {}, h("label", { for: "f-quantity" }, f.quantity), quantity),
      h("div", {}, h("label", { for: "f-condition" }, f.condition), condition),
    ),
    boxes.quantity,
    h("fieldset", {}, h("legend", {}, f.subjects), subjects),
    h("label", { class: "check", for: "f-digital" }, digital, f.digital),
    picker.el,
    h("label", { for: "f-note" }, f.note),
    note,
  );
  return { el, focus: () => (room.value ? name : room).focus() };
}

/** The resource form. */
export function resourceForm(o: FormOptions<ResourceEntry>): { el: HTMLFormElement; focus(): void } {
  const { m, data, entry } = o;
  const f = m.fields;
  const initial: Resource = entry ?? { name: "", kind: "platform", bands: [], subjects: [] };
  const boxes = { name: errorBox("name") };
  const name = h("input", { id: "r-name", type: "text", value: initial.name, autocomplete: "off" });
  const kind = h(
    "select",
    { id: "r-kind" },
    ...data.kinds.map((k) => h("option", { value: k.code, selected: k.code === initial.kind }, k.label)),
  );
  const link = h("input", { id: "r-link", type: "url", value: initial.link ?? "", autocomplete: "off" });
  const bands = h(
    "div",
    { class: "choices inline", id: "r-bands" },
    ...withOwn(data.bands, initial.bands).map((b) => checkbox("band", b, isKnown(initial.bands, b), b)),
  );
  const subjects = h(
    "div",
    { class: "choices", id: "r-subjects" },
    ...withOwn(data.subjects, initial.subjects).map((s) =>
      checkbox("subject", s, isKnown(initial.subjects, s), s),
    ),
  );
  const component = h(
    "select",
    { id: "r-component" },
    h("option", { value: "" }, f.noComponent),
    ...data.components.map((c) =>
      h("option", { value: c.code, selected: c.code === initial.component }, c.label),
    ),
  );
  const note = h("textarea", { id: "r-note", rows: 2 });
  note.value = initial.note ?? "";
  const draft = (): ResourceDraftArg => ({
    name: name.value,
    kind: kind.value as ResourceDraftArg["kind"],
    link: link.value,
    bands: checkedValues(bands, "band"),
    subjects: checkedValues(subjects, "subject"),
    component: (component.value || null) as ResourceDraftArg["component"],
    note: note.value,
  });
  const submit = () => {
    const options = entry ? { row: entry.row, seen: withoutRow(entry) } : {};
    send(o as FormOptions<unknown>, el, boxes, call("saveResource", draft(), options));
  };
  const el = formShell(
    o as FormOptions<unknown>,
    "resource-form",
    entry ? m.formEditResource : m.formAddResource,
    submit,
    h("label", { for: "r-name" }, f.resourceName),
    name,
    boxes.name,
    h("label", { for: "r-kind" }, f.kind),
    kind,
    h("label", { for: "r-link" }, f.link),
    link,
    h("fieldset", {}, h("legend", {}, f.bands, " ", h("span", { class: "hint" }, f.bandsHint)), bands),
    h("fieldset", {}, h("legend", {}, f.subjects), subjects),
    h("label", { for: "r-component" }, f.component),
    component,
    h("label", { for: "r-note" }, f.note),
    note,
  );
  return { el, focus: () => name.focus() };
}
