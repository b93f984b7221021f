// One operation's view of the workbook: each tab found by name in either locale and read at most once.

import { defaultQuarters } from "../domain/calendar";
import type { LocalDate, Settings } from "../domain/records";
import { type Locale, type Messages, messages, pickLocale } from "../i18n";
import { type Cell, type Grid, withoutTrailingBlanks } from "../tables/cell";
import { dateToLocalDate } from "../tables/dates";
import { type ReadResult, type RowError, readTable, TableError } from "../tables/read";
import { parseSettings } from "../tables/settings";
import { TABS, type TabKey, type TabRecords, tabKeyOf } from "../tables/specs";
import { UserError } from "./lock";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Reads are cached for the operation: `grid("pupils")` calls getDataRange().getValues() once however often it is
 * asked. Inside a lock, make a new Workbook (or call `forget`) to re-read what another editor may have written.
 */
export class Workbook {
  readonly ss: Spreadsheet;
  readonly timeZone: string;
  private sheetsByKey: Map<TabKey, Sheet> | null = null;
  /** Sheets found by name before (or without) the full scan; null = looked for and missing. */
  private readonly direct = new Map<TabKey, Sheet | null>();
  private names: string[] = [];
  private readonly namesByKey = new Map<TabKey, string>();
  private readonly grids = new Map<TabKey, Grid>();
  private readonly headers = new Map<TabKey, Cell[]>();
  private readonly reads = new Map<TabKey, ReadResult<unknown>>();
  private settingsCache: { settings: Settings; errors: RowError[] } | null = null;
  private readonly todayCache: LocalDate;
  private localeCache: Locale | null = null;
  private userLocaleCache: Locale | null = null;

  constructor(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(), now: Date = new Date()) {
    this.ss = ss;
    this.timeZone = ss.getSpreadsheetTimeZone();
    this.todayCache = dateToLocalDate(now, { timeZone: this.timeZone }) ?? now.toISOString().slice(0, 10);
  }

  /** Today in the spreadsheet's time zone. */
  get today(): LocalDate {
    return this.todayCache;
  }

  /**
   * The sheet of a source tab, found by its Russian or English name; null when the workbook lacks it. An operation
   * that needs a few tabs asks for each by its name (one or two getSheetByName; its getName only when the name is shown), instead of listing
   * every sheet and asking each its name; a tab typed otherwise («план», «План ») is found by the full scan, by the
   * same rule as headers.
   */
  sheet(key: TabKey): Sheet | null {
    if (this.sheetsByKey) return this.sheetsByKey.get(key) ?? null;
    const direct = this.direct.get(key);
    if (direct !== undefined) return direct;
    for (const name of new Set([TABS[key].name.ru, TABS[key].name.en])) {
      const found = this.ss.getSheetByName(name);
      if (found) {
        // Its name as it stands (Sheets may match a name without regard to case) is asked only when shown.
        this.direct.set(key, found);
        return found;
      }
    }
    const scanned = this.sheetMap().get(key) ?? null;
    this.direct.set(key, scanned);
    return scanned;
  }

  /** The name of a source tab's sheet as it stands: one getName, the first time it is asked. */
  sheetName(key: TabKey): string | null {
    const sheet = this.sheet(key);
    if (!sheet) return null;
    let name = this.namesByKey.get(key);
    if (name === undefined) {
      name = sheet.getName();
      this.namesByKey.set(key, name);
    }
    return name;
  }

  /** Every sheet's name, in tab order (read with the sheets, once). */
  sheetNames(): readonly string[] {
    this.sheetMap();
    return this.names;
  }

  private sheetMap(): Map<TabKey, Sheet> {
    if (!this.sheetsByKey) {
      this.sheetsByKey = new Map();
      this.direct.clear();
      this.namesByKey.clear();
      this.names = [];
      for (const s of this.ss.getSheets()) {
        const name = s.getName();
        this.names.push(name);
        const k = tabKeyOf(name);
        if (k && !this.sheetsByKey.has(k)) {
          this.sheetsByKey.set(k, s);
          this.namesByKey.set(k, name);
        }
      }
    }
    return this.sheetsByKey;
  }

  /** The sheet, or a UserError naming the missing tab (run «Настроить книгу»). */
  requireSheet(key: TabKey): Sheet {
    const s = this.sheet(key);
    if (!s)
      throw new UserError(
        messages(this.messageLocale).workbook.missingTab(TABS[key].name[this.messageLocale]),
      );
    return s;
  }

  /** All values of a tab, read once (an empty grid when the tab is missing). */
  grid(key: TabKey): Grid {
    let g = this.grids.get(key);
    if (!g) {
      const s = this.sheet(key);
      g = s ? (s.getDataRange().getValues() as Cell[][]) : [];
      this.grids.set(key, g);
    }
    return g;
  }

  /**
   * Row 1 of a tab (its header) without blank cells at the end, read alone (`1:1`, two calls as for a whole tab,
   * whatever its rows) unless the whole tab was read already; empty when the tab is missing.
   */
  header(key: TabKey): Cell[] {
    const grid = this.grids.get(key);
    if (grid) return withoutTrailingBlanks(grid[0]) as Cell[];
    let h = this.headers.get(key);
    if (!h) {
      const s = this.sheet(key);
      h = s ? (withoutTrailingBlanks(s.getRange("1:1").getValues()[0]) as Cell[]) : [];
      this.headers.set(key, h);
    }
    return h;
  }

  /** True when the whole tab was read already (its grid is cached). */
  hasGrid(key: TabKey): boolean {
    return this.grids.has(key);
  }

  /** Typed records and row errors of a tab; a missing required column is a UserError naming tab and column. */
  read<K extends Exclude<TabKey, "settings">>(key: K): ReadResult<TabRecords[K]> {
    let r = this.reads.get(key) as ReadResult<TabRecords[K]> | undefined;
    if (!r) {
      const grid = this.grid(key);
      try {
        r =
          grid.length === 0
            ? emptyRead(key)
            : readTable(TABS[key], grid, { timeZone: this.timeZone, locale: this.messageLocale });
      } catch (e) {
        if (e instanceof TableError) throw new UserError(e.message);
        throw e;
      }
      this.reads.set(key, r as ReadResult<unknown>);
    }
    return r;
  }

  /** Настройки with defaults for what is blank (the tab may be missing: then all defaults). */
  get settingsRead(): { settings: Settings; errors: RowError[] } {
    if (!this.settingsCache) {
      const grid = this.grid("settings");
      this.settingsCache = parseSettings(grid.length ? grid : [["Параметр", "Значение"]], {
        timeZone: this.timeZone,
        locale: "ru",
        today: this.today,
        defaultQuarters,
      });
    }
    return this.settingsCache;
  }

  get settings(): Settings {
    return this.settingsRead.settings;
  }

  /**
   * The language of messages and of the labels written into cells: the Язык setting when Настройки exists and can
   * be read (one read, shared with the operation), else the user's locale.
   */
  get locale(): Locale {
    if (this.localeCache === null) {
      let fromSettings: Locale | null = null;
      if (this.sheet("settings")) {
        try {
          fromSettings = pickLocale(this.settings.language, undefined);
        } catch (_e) {
          // Настройки without its columns: the language cannot be read; the user's locale decides.
        }
      }
      this.localeCache = fromSettings ?? this.userLocale;
    }
    return this.localeCache;
  }

  /** The user's locale, asked of Session once per operation. */
  get userLocale(): Locale {
    this.userLocaleCache ??= pickLocale(undefined, safeUserLocale());
    return this.userLocaleCache;
  }

  /**
   * The language of row errors and of messages that must not cost a read: the Язык setting when this operation has
   * read Настройки already, else the user's locale.
   */
  private get messageLocale(): Locale {
    if (this.localeCache !== null) return this.localeCache;
    if (this.settingsCache) return this.locale;
    return this.userLocale;
  }

  get messages(): Messages {
    return messages(this.locale);
  }

  /**
   * Drops cached reads: call after taking the lock, before reading what you will write against. With no keys every
   * read and the sheets found are dropped; with keys only those tabs' values (the sheets stay where they were found).
   */
  forget(...keys: TabKey[]): void {
    for (const k of keys.length ? keys : [...this.grids.keys(), ...this.headers.keys()]) {
      this.grids.delete(k);
      this.headers.delete(k);
      this.reads.delete(k);
      if (k === "settings") {
        this.settingsCache = null;
        this.localeCache = null;
      }
    }
    if (keys.length === 0) {
      this.sheetsByKey = null;
      this.direct.clear();
    }
  }
}

function emptyRead<K extends TabKey>(key: K): ReadResult<TabRecords[K]> {
  return {
    records: [],
    errors: [],
    rejected: [],
    header: { tab: key, index: {}, headers: [], missing: [], duplicates: [] },
  } as ReadResult<TabRecords[K]>;
}

function safeUserLocale(): string {
  try {
    return Session.getActiveUserLocale();
  } catch (_e) {
    return "ru";
  }
}
