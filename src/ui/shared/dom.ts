// Tiny DOM helpers for sidebars: elements built with textContent only, never innerHTML of data.

type Child = Node | string | null | undefined | false;

/** h("button", { class: "primary", onclick }, "Сохранить") */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    // A URL typed into the sheet (Анкеты «Форма», Ресурсы «Ссылка») may be «javascript:…»: only web links are kept.
    if ((k === "href" || k === "src") && !safeUrl(String(v))) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v as EventListener);
    else if (k === "class") el.className = String(v);
    else if (k in el && k !== "list" && k !== "form") (el as unknown as Record<string, unknown>)[k] = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Replaces the children of an element. */
export function mount(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

/** A web address (http, https), or a link inside the page; anything else (javascript:, data:, vbscript:) is not. */
export function safeUrl(url: string): boolean {
  return /^(https?:\/\/|#)/i.test(url.trim());
}
