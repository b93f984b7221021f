// HtmlService and HtmlOutput: the built sidebar/dialog files, with title and size for the Ui emulator to read.

import type { EmuContext } from "../context";
import { gasError, isNumber, notEmulated, signatureError } from "./common";

export const SandboxMode = { EMULATED: "EMULATED", IFRAME: "IFRAME", NATIVE: "NATIVE" } as const;
export const XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" } as const;

/** HtmlOutput.addMetaTag reference: the only meta tags Apps Script accepts. */
export const ALLOWED_META_TAGS = [
  "apple-mobile-web-app-capable",
  "google-site-verification",
  "mobile-web-app-capable",
  "viewport",
];

/** What a shown HtmlOutput looks like, read without counting calls (for the Ui emulator and tests). */
export interface HtmlOutputModel {
  title: string;
  content: string;
  /** Unset unless the script called setWidth / setHeight. */
  width?: number;
  height?: number;
  sandboxMode: string;
  xFrameOptionsMode: string;
  faviconUrl: string | null;
  metaTags: { name: string; content: string }[];
}

/** Contextual escaping as appendUntrusted does for text in HTML. */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class HtmlOutputMetaTagEmu implements GoogleAppsScript.HTML.HtmlOutputMetaTag {
  constructor(
    private readonly ctx: EmuContext,
    private readonly tag: { name: string; content: string },
  ) {}
  getContent(): string {
    this.ctx.counter.hit("HtmlOutputMetaTag.getContent");
    return this.tag.content;
  }
  getName(): string {
    this.ctx.counter.hit("HtmlOutputMetaTag.getName");
    return this.tag.name;
  }
}

export class HtmlOutputEmu implements GoogleAppsScript.HTML.HtmlOutput {
  private readonly m: HtmlOutputModel;

  constructor(
    private readonly ctx: EmuContext,
    content: string,
  ) {
    this.m = {
      title: "",
      content,
      sandboxMode: SandboxMode.IFRAME,
      xFrameOptionsMode: XFrameOptionsMode.DEFAULT,
      faviconUrl: null,
      metaTags: [],
    };
  }

  /** The output's state, uncounted: what SpreadsheetApp's Ui shows in a sidebar or dialog. */
  inspect(): HtmlOutputModel {
    return structuredClone(this.m);
  }

  private hit(method: string): void {
    this.ctx.counter.hit(`HtmlOutput.${method}`);
  }

  addMetaTag(name: string, content: string): this {
    this.hit("addMetaTag");
    if (typeof name !== "string" || typeof content !== "string") {
      throw signatureError("HtmlOutput.addMetaTag", [name, content]);
    }
    if (!ALLOWED_META_TAGS.includes(name)) {
      throw gasError(`Meta tag "${name}" is not allowed; allowed: ${ALLOWED_META_TAGS.join(", ")}.`);
    }
    this.m.metaTags.push({ name, content });
    return this;
  }

  append(addedContent: string): this {
    this.hit("append");
    this.m.content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): this {
    this.hit("appendUntrusted");
    this.m.content += escapeHtml(String(addedContent));
    return this;
  }

  asTemplate(): never {
    this.hit("asTemplate");
    return notEmulated("HtmlOutput.asTemplate");
  }

  clear(): this {
    this.hit("clear");
    this.m.content = "";
    return this;
  }

  getAs(_contentType: string): never {
    this.hit("getAs");
    return notEmulated("HtmlOutput.getAs");
  }

  getBlob(): never {
    this.hit("getBlob");
    return notEmulated("HtmlOutput.getBlob");
  }

  getContent(): string {
    this.hit("getContent");
    return this.m.content;
  }

  getFaviconUrl(): string {
    this.hit("getFaviconUrl");
    return this.m.faviconUrl as string;
  }

  /** 0 when never set (Sheets then uses its own default size). */
  getHeight(): number {
    this.hit("getHeight");
    return this.m.height ?? 0;
  }

  getMetaTags(): HtmlOutputMetaTagEmu[] {
    this.hit("getMetaTags");
    return this.m.metaTags.map((t) => new HtmlOutputMetaTagEmu(this.ctx, { ...t }));
  }

  getTitle(): string {
    this.hit("getTitle");
    return this.m.title;
  }

  /** 0 when never set (Sheets then uses its own default size). */
  getWidth(): number {
    this.hit("getWidth");
    return this.m.width ?? 0;
  }

  setContent(content: string): this {
    this.hit("setContent");
    this.m.content = String(content);
    return this;
  }

  setFaviconUrl(iconUrl: string): this {
    this.hit("setFaviconUrl");
    if (typeof iconUrl !== "string") throw signatureError("HtmlOutput.setFaviconUrl", [iconUrl]);
    this.m.faviconUrl = iconUrl;
    return this;
  }

  setHeight(height: number): this {
    this.hit("setHeight");
    if (!isNumber(height) || !Number.isInteger(height))
      throw signatureError("HtmlOutput.setHeight", [height]);
    this.m.height = height;
    return this;
  }

  /** Reference: no effect any more, every output runs in IFRAME mode; the value is only checked. */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    this.hit("setSandboxMode");
    if (!Object.hasOwn(SandboxMode, String(mode))) throw signatureError("HtmlOutput.setSandboxMode", [mode]);
    return this;
  }

  setTitle(title: string): this {
    this.hit("setTitle");
    if (title === null || title === undefined) throw signatureError("HtmlOutput.setTitle", [title]);
    this.m.title = String(title);
    return this;
  }

  setWidth(width: number): this {
    this.hit("setWidth");
    if (!isNumber(width) || !Number.isInteger(width)) throw signatureError("HtmlOutput.setWidth", [width]);
    this.m.width = width;
    return this;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    this.hit("setXFrameOptionsMode");
    if (!Object.hasOwn(XFrameOptionsMode, String(mode))) {
      throw signatureError("HtmlOutput.setXFrameOptionsMode", [mode]);
    }
    this.m.xFrameOptionsMode = String(mode);
    return this;
  }
}

export class HtmlServiceEmu
  implements Pick<GoogleAppsScript.HTML.HtmlService, "createHtmlOutput" | "createHtmlOutputFromFile">
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly ctx: EmuContext) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutputEmu {
    this.ctx.counter.hit("HtmlService.createHtmlOutput");
    if (html === undefined) return new HtmlOutputEmu(this.ctx, "");
    if (typeof html === "string") return new HtmlOutputEmu(this.ctx, html);
    if (html !== null && typeof html === "object" && typeof html.getBlob === "function") {
      return new HtmlOutputEmu(this.ctx, html.getBlob().getDataAsString());
    }
    throw signatureError("HtmlService.createHtmlOutput", [html]);
  }

  /** Reads the built file (`help` or `help.html`); a missing file fails with Apps Script's message. */
  createHtmlOutputFromFile(filename: string): HtmlOutputEmu {
    this.ctx.counter.hit("HtmlService.createHtmlOutputFromFile");
    if (typeof filename !== "string")
      throw signatureError("HtmlService.createHtmlOutputFromFile", [filename]);
    let content: unknown;
    try {
      content = this.ctx.readHtmlFile(filename.replace(/\.html$/, ""));
    } catch {
      content = undefined;
    }
    if (typeof content !== "string") throw gasError(`No HTML file named ${filename} was found.`);
    return new HtmlOutputEmu(this.ctx, content);
  }
}
