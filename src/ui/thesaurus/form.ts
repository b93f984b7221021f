// The add/edit form of the «Профессии» sidebar: inline errors, the near-duplicate warning, one call to save.

import type { KlimovType, Profession } from "../../domain/records";
import { emptyProfession, type FieldIssue, validateProfessionDraft } from "../../domain/thesaurus";
import type { DraftIssue, ProfessionDraftArg, ThesaurusData, ThesaurusEntry } from "../../gas/thesaurus";
import { issueText, type ThesaurusMessages } from "../../i18n/thesaurus";
import { h, mount } from "../shared/dom";
import { call } from "../shared/server";

export interface FormOptions {
  m: ThesaurusMessages;
  data: ThesaurusData;
  /** The entry edited, or null to add one. */
  entry: ThesaurusEntry | null;
  setStatus(text: string, kind?: "" | "error" | "warning"): void;
  /** Fresh data the server sent with a refusal. */
  onData(data: ThesaurusData): void;
  onSaved(data: ThesaurusData, row: number, message: string): void;
  onCancel(): void;
}

type Field = FieldIssue["field"];

const splitList = (s: string) =>
  s
    .split(/[,;\r\n]+/)
    .map((x) => x.replace(/\s+/g, " ").trim())
    .filter((x) => x !== "");

function checkbox(name: string, value: string, checked: boolean, label: string): HTMLLabelElement {
  return h("label", { class: "check" }, h("input", { type: "checkbox", name, value, checked }), label);
}

function checkedValues(root: HTMLElement, name: string): string[] {
  return Array.from(root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`), (i) => i.value);
}

/** Builds the form; `focus` puts the cursor into the name field. */
export function buildForm(o: FormOptions): { el: HTMLFormElement; focus(): void } {
  const { m } = o;
  let data = o.data;
  let entry = o.entry;
  const f = m.fields;
  const initial: Profession = entry ?? emptyProfession();

  const errorBox = (field: Field) => h("div", { class: "field-error error", id: `error-${field}` });
  const errors: Record<Field, HTMLDivElement> = {
    profession: errorBox("profession"),
    subjects: errorBox("subjects"),
    types: errorBox("types"),
    bands: errorBox("bands"),
  };
  const warning = h("div", { class: "field-warning warning", id: "warning-profession", hidden: true });

  const name = h("input", {
    id: "f-profession",
    type: "text",
    value: initial.profession,
    autocomplete: "off",
    required: true,
    "aria-describedby": "error-profession warning-profession",
  });
  const subjectNames = [...data.subjects, ...initial.subjects.filter((s) => !data.subjects.includes(s))];
  const subjects = h(
    "div",
    { class: "choices", id: "f-subjects" },
    ...subjectNames.map((s) => checkbox("subject", s, initial.subjects.includes(s), s)),
  );
  const typeButtons = data.types.map((t) => {
    const b = h(
      "button",
      {
        type: "button",
        title: t.title,
        "aria-label": `${t.short} — ${t.title}`,
        "aria-pressed": String(initial.types.includes(t.code)),
        "data-type": t.code,
      },
      t.short,
    );
    b.addEventListener("click", () =>
      b.setAttribute("aria-pressed", String(b.getAttribute("aria-pressed") !== "true")),
    );
    return b;
  });
  const isNew = h("input", { type: "checkbox", id: "f-new", checked: initial.isNew });
  const bandNames = [...data.bands, ...initial.bands.filter((b) => !data.bands.includes(b))];
  const bands = h(
    "div",
    { class: "choices inline", id: "f-bands" },
    ...bandNames.map((b) => checkbox("band", b, initial.bands.includes(b), b)),
  );
  const input = (id: string, value: string | undefined) =>
    h("input", { id, type: "text", value: value ?? "", autocomplete: "off" });
  const industry = input("f-industry", initial.industry);
  const competences = input("f-competences", initial.competences.join(", "));
  const whereTaught = input("f-where", initial.whereTaught);
  const description = h("textarea", { id: "f-description", rows: 3 });
  description.value = initial.description ?? "";

  const nameLabel = h("label", { for: "f-profession" }, f.profession);
  const save = h("button", { type: "submit", class: "primary", id: "save" }, m.save);
  const cancel = h("button", { type: "button", id: "cancel", onclick: () => o.onCancel() }, m.cancel);
  const heading = h("h2", {});

  const draft = (): ProfessionDraftArg => ({
    profession: name.value,
    subjects: checkedValues(subjects, "subject"),
    types: typeButtons
      .filter((b) => b.getAttribute("aria-pressed") === "true")
      .map((b) => b.dataset.type as KlimovType),
    isNew: isNew.checked,
    industry: industry.value,
    description: description.value,
    competences: splitList(competences.value),
    whereTaught: whereTaught.value,
    bands: checkedValues(bands, "band"),
  });

  const validate = () => {
    const d = draft();
    const exceptIndex = entry ? data.professions.findIndex((p) => p.row === entry?.row) : undefined;
    return validateProfessionDraft(d, {
      subjects: data.subjects.map((s) => ({ subject: s, grades: [], teachers: [] })),
      existing: data.professions,
      exceptIndex: exceptIndex !== undefined && exceptIndex >= 0 ? exceptIndex : undefined,
      bands: data.bands.map((b) => ({ name: b, grades: [], direction: "" })),
    });
  };

  const fieldElement: Record<Field, HTMLElement> = {
    profession: name,
    subjects,
    types: typeButtons[0] ?? name,
    bands,
  };

  /** Shows errors under their fields and the near-duplicate warning with its «Всё равно сохранить» button. */
  const showIssues = (errs: readonly FieldIssue[], warns: readonly FieldIssue[]) => {
    for (const field of Object.keys(errors) as Field[]) {
      const list = errs.filter((e) => e.field === field);
      mount(errors[field], ...list.map((e) => h("div", {}, (e as DraftIssue).text ?? issueText(m, e))));
      const target = field === "types" ? null : fieldElement[field];
      if (target) {
        if (list.length > 0) target.setAttribute("aria-invalid", "true");
        else target.removeAttribute("aria-invalid");
      }
    }
    warning.hidden = warns.length === 0;
    mount(
      warning,
      ...warns.map((w) => h("div", {}, (w as DraftIssue).text ?? issueText(m, w))),
      warns.length > 0
        ? h("button", { type: "button", id: "save-anyway", onclick: () => submit(true) }, m.saveAnyway)
        : null,
    );
  };

  /** Brings the name, its warning and «Всё равно сохранить» into view, and puts the focus on that button. */
  const focusWarning = () => {
    nameLabel.scrollIntoView({ block: "nearest" });
    warning.querySelector("button")?.focus({ preventScroll: true });
  };

  const setBusy = (busy: boolean) => {
    save.disabled = busy;
    cancel.disabled = busy;
    const anyway = warning.querySelector("button");
    if (anyway) anyway.disabled = busy;
  };

  const setMode = () => {
    heading.textContent = entry ? m.formEdit : m.formAdd;
  };

  const submit = (acceptWarnings: boolean) => {
    const v = validate();
    showIssues(v.errors, v.warnings);
    if (!v.ok) {
      o.setStatus(m.fixErrors, "error");
      fieldElement[v.errors[0].field].focus?.();
      if (v.errors[0].field === "subjects") subjects.querySelector("input")?.focus();
      return;
    }
    if (v.warnings.length > 0 && !acceptWarnings) {
      o.setStatus(m.checkWarnings, "warning");
      focusWarning();
      return;
    }
    const acceptNear = v.warnings.map((w) => String(w.params?.profession ?? ""));
    const options = entry ? { row: entry.row, expectedName: entry.profession, acceptNear } : { acceptNear };
    setBusy(true);
    o.setStatus(m.saving);
    call("saveProfession", draft(), options)
      .then((r) => {
        if (r.ok) {
          o.onSaved(r.data, r.row, r.message);
          return;
        }
        setBusy(false);
        data = r.data;
        o.onData(r.data);
        if (r.gone) {
          entry = null;
          setMode();
        }
        showIssues(r.errors, r.warnings);
        o.setStatus(r.message, r.errors.length > 0 || r.gone ? "error" : "warning");
        if (r.warnings.length > 0 && r.errors.length === 0) focusWarning();
      })
      .catch((e: Error) => {
        setBusy(false);
        o.setStatus(e.message, "error");
      });
  };

  /** As the name is typed: an exact duplicate is an error, a near one a warning (the field is not nagged as blank). */
  name.addEventListener("input", () => {
    const v = validate();
    const nameErrors = v.errors.filter((e) => e.field === "profession" && e.key !== "professionRequired");
    const others = v.errors.filter((e) => e.field !== "profession" && errors[e.field].childElementCount > 0);
    showIssues([...nameErrors, ...others], v.warnings);
  });

  const el = h(
    "form",
    {
      id: "profession-form",
      novalidate: true,
      "aria-labelledby": "form-title",
      onsubmit: (e: Event) => {
        e.preventDefault();
        submit(false);
      },
      onkeydown: (e: KeyboardEvent) => {
        if (e.key === "Escape") {
          e.preventDefault();
          o.onCancel();
        } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          submit(false);
        }
      },
    },
    heading,
    nameLabel,
    name,
    errors.profession,
    warning,
    h("fieldset", {}, h("legend", {}, f.subjects), subjects),
    errors.subjects,
    h("fieldset", {}, h("legend", {}, f.types), h("div", { class: "types" }, ...typeButtons)),
    errors.types,
    h("label", { class: "check", for: "f-new" }, isNew, f.isNew),
    bandNames.length > 0
      ? h("fieldset", {}, h("legend", {}, f.bands, " ", h("span", { class: "hint" }, f.bandsHint)), bands)
      : null,
    errors.bands,
    h("label", { for: "f-industry" }, f.industry),
    industry,
    h("label", { for: "f-competences" }, f.competences, " ", h("span", { class: "hint" }, f.competencesHint)),
    competences,
    h("label", { for: "f-where" }, f.whereTaught),
    whereTaught,
    h("label", { for: "f-description" }, f.description),
    description,
    h("div", { class: "actions" }, save, cancel),
  );
  heading.id = "form-title";
  setMode();
  return { el, focus: () => name.focus() };
}
