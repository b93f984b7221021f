// The in-cell editor: a text input, or a select where the cell has a list validation. Enter/Tab commit, Escape cancels.

export type EditEnd = "enter" | "tab" | "blur" | "cancel";

export interface EditorOptions {
  /** What the editor starts with. */
  text: string;
  /** The list of a strict list validation: the editor is a select. */
  options?: string[];
  /** The list of a warning-only list validation: free text with the list as suggestions. */
  suggestions?: string[];
  /** Typing a character on a selected cell starts the editor with it, replacing the value. */
  replaceWith?: string;
}

/** Opens the editor over the cell element; `done` gets the new text (null when cancelled) and how editing ended. */
export function openEditor(
  cellEl: HTMLElement,
  opts: EditorOptions,
  done: (value: string | null, end: EditEnd) => void,
): void {
  let finished = false;
  const finish = (value: string | null, end: EditEnd) => {
    if (finished) return;
    finished = true;
    editor.remove();
    done(value, end);
  };
  let editor: HTMLInputElement | HTMLSelectElement;
  if (opts.options) {
    const select = document.createElement("select");
    const values = ["", ...opts.options];
    if (!values.includes(opts.text)) values.push(opts.text);
    for (const v of values) {
      const o = document.createElement("option");
      o.value = v;
      o.textContent = v === "" ? "— пусто —" : v;
      o.selected = v === opts.text;
      select.append(o);
    }
    select.addEventListener("change", () => finish(select.value, "enter"));
    editor = select;
  } else {
    const input = document.createElement("input");
    input.type = "text";
    input.value = opts.replaceWith ?? opts.text;
    if (opts.suggestions?.length) {
      const list = document.createElement("datalist");
      list.id = `cell-suggestions-${Date.now()}`;
      for (const v of opts.suggestions) {
        const o = document.createElement("option");
        o.value = v;
        list.append(o);
      }
      cellEl.append(list);
      input.setAttribute("list", list.id);
      input.addEventListener("blur", () => list.remove());
    }
    editor = input;
  }
  editor.className = "cell-editor";
  editor.setAttribute("aria-label", "Значение ячейки");
  editor.addEventListener("keydown", (e) => {
    const ev = e as KeyboardEvent;
    ev.stopPropagation();
    if (ev.key === "Escape") {
      ev.preventDefault();
      finish(null, "cancel");
    } else if (ev.key === "Enter" && !(editor instanceof HTMLSelectElement)) {
      ev.preventDefault();
      finish(editor.value, "enter");
    } else if (ev.key === "Tab") {
      ev.preventDefault();
      finish(editor.value, "tab");
    }
  });
  editor.addEventListener("blur", () => finish(editor.value, "blur"));
  editor.addEventListener("dblclick", (e) => e.stopPropagation());
  cellEl.append(editor);
  editor.focus();
  if (editor instanceof HTMLInputElement) {
    const end = editor.value.length;
    editor.setSelectionRange(end, end);
  }
}
