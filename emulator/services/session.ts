// Session: who runs the script (the e-mail may be blank, as Apps Script often hides it), their locale, the time zone.

import { createHash } from "node:crypto";
import type { EmuContext } from "../context";
import type { Executions } from "./lock";

export class UserEmu implements GoogleAppsScript.Base.User {
  constructor(
    private readonly ctx: EmuContext,
    private readonly email: string,
  ) {}

  /** Documented: a blank string when security policies do not allow access to the user's identity. */
  getEmail(): string {
    this.ctx.counter.hit("User.getEmail");
    return this.email;
  }

  /** Deprecated in Apps Script: the same as getEmail(). */
  getUserLoginId(): string {
    this.ctx.counter.hit("User.getUserLoginId");
    return this.email;
  }
}

export interface SessionOptions {
  /** The script's time zone (appsscript.json `timeZone`); the workbook's when not given. */
  scriptTimeZone?: string;
  /** Knows the effective user of the current execution (an installable trigger's owner). */
  executions?: Executions;
}

export class SessionEmu
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      | "getActiveUser"
      | "getEffectiveUser"
      | "getActiveUserLocale"
      | "getScriptTimeZone"
      | "getTemporaryActiveUserKey"
    >
{
  constructor(
    private readonly ctx: EmuContext,
    private readonly opts: SessionOptions = {},
  ) {}

  /** The user at the keyboard: `ctx.user.email`, which may be "" (consumer accounts, simple triggers). */
  getActiveUser(): UserEmu {
    this.ctx.counter.hit("Session.getActiveUser");
    return new UserEmu(this.ctx, this.ctx.user.email);
  }

  /** Documented: under an installable trigger, the user who created the trigger; otherwise the active user. */
  getEffectiveUser(): UserEmu {
    this.ctx.counter.hit("Session.getEffectiveUser");
    return new UserEmu(this.ctx, this.opts.executions?.current.effectiveUser ?? this.ctx.user.email);
  }

  /** Documented: "the language setting of the current user as a string—for example, en for English". */
  getActiveUserLocale(): string {
    this.ctx.counter.hit("Session.getActiveUserLocale");
    return this.ctx.user.locale;
  }

  getScriptTimeZone(): string {
    this.ctx.counter.hit("Session.getScriptTimeZone");
    return this.opts.scriptTimeZone ?? this.ctx.workbook.timeZone;
  }

  /** Documented: unique to the active user, without revealing who it is; here a stable hash of the e-mail. */
  getTemporaryActiveUserKey(): string {
    this.ctx.counter.hit("Session.getTemporaryActiveUserKey");
    return createHash("sha256").update(`proftrack-emulator:${this.ctx.user.email}`).digest("base64");
  }
}
