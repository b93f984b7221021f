// The add-on's HTML in frames: a sidebar in the 300 px right panel, dialogs in an overlay; the shim talks to us by postMessage.

import type { ShownInfo } from "../api-types";
import { el } from "./dom";

export interface PanelHost {
  /** A google.script.run call of a frame finished: the workbook may have changed. */
  ran(): void;
  /** google.script.host.editor.focus(): back to the grid. */
  focusEditor(): void;
}

function frameFor(shown: ShownInfo): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.src = `/sidebar/${shown.n}`;
  frame.title = shown.title;
  frame.dataset.shown = String(shown.n);
  return frame;
}

function closeButton(onClick: () => void): HTMLButtonElement {
  const b = el("button", "close", "×");
  b.type = "button";
  b.title = "Закрыть";
  b.setAttribute("aria-label", "Закрыть");
  b.addEventListener("click", onClick);
  return b;
}

/** Shows sidebars and dialogs like Sheets: one sidebar at a time, one dialog at a time (a new one replaces the old). */
export class Panels {
  private readonly sidebar: HTMLElement;
  private readonly overlay: HTMLElement;
  private sidebarFrame: HTMLIFrameElement | null = null;
  private dialogFrame: HTMLIFrameElement | null = null;

  constructor(
    sidebar: HTMLElement,
    overlay: HTMLElement,
    private readonly host: PanelHost,
  ) {
    this.sidebar = sidebar;
    this.overlay = overlay;
    window.addEventListener("message", (e) => this.onMessage(e));
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.dialogFrame && this.overlay.classList.contains("modal"))
        this.closeDialog();
    });
  }

  show(shown: ShownInfo): void {
    if (shown.kind === "sidebar") this.openSidebar(shown);
    else this.openDialog(shown);
  }

  private openSidebar(shown: ShownInfo): void {
    const head = el("div", "panel-head");
    head.append(
      el("span", "panel-title", shown.title),
      closeButton(() => this.closeSidebar()),
    );
    this.sidebarFrame = frameFor(shown);
    this.sidebarFrame.name = "sidebar";
    this.sidebarFrame.className = "sidebar-frame";
    this.sidebar.replaceChildren(head, this.sidebarFrame);
    this.sidebar.classList.remove("hidden");
    document.body.classList.add("with-sidebar");
    this.sidebar.setAttribute("aria-label", shown.title);
  }

  closeSidebar(): void {
    this.sidebar.classList.add("hidden");
    document.body.classList.remove("with-sidebar");
    this.sidebar.replaceChildren();
    this.sidebarFrame = null;
  }

  private openDialog(shown: ShownInfo): void {
    const box = el("div", "dialog");
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-modal", String(shown.kind === "modal"));
    box.setAttribute("aria-label", shown.title);
    const head = el("div", "dialog-head");
    head.append(
      el("span", "dialog-title", shown.title),
      closeButton(() => this.closeDialog()),
    );
    const frame = frameFor(shown);
    frame.name = "dialog";
    frame.className = "dialog-frame";
    frame.style.width = `${shown.width ?? 600}px`;
    frame.style.height = `${shown.height ?? 400}px`;
    box.append(head, frame);
    this.dialogFrame = frame;
    this.overlay.replaceChildren(box);
    this.overlay.classList.remove("hidden");
    this.overlay.classList.toggle("modal", shown.kind === "modal");
  }

  closeDialog(): void {
    this.overlay.classList.add("hidden");
    this.overlay.replaceChildren();
    this.dialogFrame = null;
  }

  private onMessage(e: MessageEvent): void {
    const msg = e.data as { source?: string; type?: string; width?: number; height?: number };
    if (msg?.source !== "proftrack-shim") return;
    const fromDialog = this.dialogFrame !== null && e.source === this.dialogFrame.contentWindow;
    const fromSidebar = this.sidebarFrame !== null && e.source === this.sidebarFrame.contentWindow;
    if (!fromDialog && !fromSidebar) return;
    if (msg.type === "ran") this.host.ran();
    else if (msg.type === "focus-editor") this.host.focusEditor();
    else if (msg.type === "close") fromDialog ? this.closeDialog() : this.closeSidebar();
    else if (msg.type === "resize" && fromDialog && this.dialogFrame) {
      if (Number.isFinite(msg.width) && msg.width) this.dialogFrame.style.width = `${msg.width}px`;
      if (Number.isFinite(msg.height) && msg.height) this.dialogFrame.style.height = `${msg.height}px`;
    }
  }
}
