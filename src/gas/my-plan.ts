// «Мой план»: the teacher's sidebar over План — one subject's introductions in one call, a teacher's changes in one save.

import * as z from "zod/mini";
import {
  findSubject,
  type MyPlanChange,
  type MyPlanInput,
  type MyPlanView,
  myPlanView,
} from "../domain/my-plan";
import { indexSubjects } from "../domain/plan-coverage";
import { type Locale, messages } from "../i18n";
import { myPlanMessages } from "../i18n/my-plan";
import { planSuggestMessages } from "../i18n/plan-suggest";
import { planMyPlanSave, planRowVersion } from "../tables/my-plan";
import { lazy, parseArgs } from "./args";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { saveTabWrites } from "./tab-writer";
import { Workbook } from "./workbook";

/** The user property that remembers the teacher's subject. */
export const SUBJECT_PROPERTY = "proftrack.myPlan.subject";

/** What the sidebar shows, in one call. */
export interface MyPlanData {
  locale: Locale;
  /** Subjects of Предметы (merged, first spelling), in sheet order. */
  subjects: string[];
  /** The chosen subject's view; null when Предметы is empty. */
  view: MyPlanView | null;
}

export type MyPlanSaveResult =
  | { ok: true; message: string; rows: number[]; data: MyPlanData }
  | { ok: false; message: string; issues: string[]; changed: boolean; data: MyPlanData };

/** The arguments of getMyPlan and saveMyPlan, built on first use. */
const Args = lazy(() => {
  const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  const Row = z.number().check(z.int(), z.gte(2), z.lte(10_000_000));
  /** A row's version as the sidebar got it: fnv1a's eight hex digits, or "" for a row it could not read. */
  const Version = z.string().check(z.regex(/^(?:[0-9a-f]{8})?$/));
  const Name = z.string().check(z.maxLength(100));

  const SubjectArg = z.optional(Name);
  const ChangesArg = z
    .array(
      z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("accept"), row: Row, version: Version, date: z.optional(Day) }),
        z.object({ kind: z.literal("replace"), row: Row, version: Version, profession: Name }),
        z.object({ kind: z.literal("done"), row: Row, version: Version, date: Day }),
        z.object({
          kind: z.literal("add"),
          grade: z.number().check(z.int(), z.gte(1), z.lte(11)),
          quarter: z.number().check(z.int(), z.gte(1), z.lte(4)),
          profession: Name,
          date: Day,
          topic: z.optional(z.string().check(z.maxLength(300))),
        }),
      ]),
    )
    .check(z.minLength(1), z.maxLength(200)) satisfies z.ZodMiniType<MyPlanChange[]>;
  return z.object({ subject: SubjectArg, name: Name, changes: ChangesArg });
});

function inputOf(wb: Workbook): MyPlanInput {
  return {
    subjects: wb.read("subjects").records.map((r) => r.record),
    professions: wb.read("professions").records.map((r) => r.record),
    plan: wb.read("plan").records,
    bands: wb.read("bands").records.map((r) => r.record),
    settings: wb.settings,
    today: wb.today,
  };
}

/** The data for a subject (the one asked for, else the remembered one, else the first of Предметы). */
function dataFor(wb: Workbook, locale: Locale, wanted: string | undefined): MyPlanData {
  const input = inputOf(wb);
  const subjects = indexSubjects(input.subjects);
  const subject = (wanted ? findSubject(input.subjects, wanted) : undefined) ?? subjects[0];
  const plan = wb.read("plan");
  const grid = wb.grid("plan");
  const options = { timeZone: wb.timeZone, locale: wb.locale };
  const versionOf = (row: number) => planRowVersion(grid, plan.header, row, options) ?? "";
  return {
    locale,
    subjects: subjects.map((s) => s.subject),
    view: subject ? myPlanView(input, subject, versionOf) : null,
  };
}

function rememberedSubject(): string | undefined {
  try {
    return PropertiesService.getUserProperties().getProperty(SUBJECT_PROPERTY) ?? undefined;
  } catch (_e) {
    return undefined;
  }
}

function rememberSubject(subject: string): void {
  try {
    PropertiesService.getUserProperties().setProperty(SUBJECT_PROPERTY, subject);
  } catch (_e) {
    // Not remembering the subject loses nothing but a click next time.
  }
}

/**
 * The sidebar's data: Настройки, Предметы, Профессии, Ступени and План, each read once. With `subject` the choice is
 * remembered for this user; without it the remembered subject (or the first) is shown.
 */
export function myPlanData(subjectArg?: unknown): MyPlanData {
  const locale = userLocale();
  const subject = parseArgs(messages(locale), "getMyPlan", Args().shape.subject, subjectArg);
  const wb = new Workbook();
  wb.requireSheet("plan");
  const data = dataFor(wb, locale, subject ?? rememberedSubject());
  if (subject !== undefined && data.view && data.view.subject !== rememberedSubject())
    rememberSubject(data.view.subject);
  return data;
}

/**
 * A teacher's changes to one subject's plan. Under the document lock План and the tabs its rules need are read again;
 * a row someone changed since the sidebar read it is refused, and so is the whole save (nothing is written). Edited
 * rows are patched cell by cell (one block per row), added rows go below the last one in one block.
 */
export function saveMyPlanAction(subjectArg: unknown, changesArg: unknown): MyPlanSaveResult {
  const locale = userLocale();
  const um = messages(locale);
  const subjectName = parseArgs(um, "saveMyPlan", Args().shape.name, subjectArg);
  const changes = parseArgs(um, "saveMyPlan", Args().shape.changes, changesArg);
  return withDocumentLock(um, () => {
    const wb = new Workbook();
    wb.requireSheet("plan");
    const m = myPlanMessages(wb.locale).myPlan;
    const input = inputOf(wb);
    const subject = findSubject(input.subjects, subjectName);
    const plan = wb.read("plan");
    if (!subject) {
      const data = dataFor(wb, locale, undefined);
      const issue = m.issue({ code: "unknownSubject", subject: subjectName });
      return { ok: false, message: m.refused, issues: [issue], changed: false, data };
    }
    const planned = planMyPlanSave(
      {
        tabName: wb.sheetName("plan") ?? "",
        grid: wb.grid("plan"),
        header: plan.header,
        input,
        subject,
        options: { timeZone: wb.timeZone, locale: wb.locale },
        topic: planSuggestMessages(wb.locale).planSuggest.topic,
      },
      changes,
    );
    if (!planned.outcome.ok) {
      const issues = planned.outcome.issues.map(m.issue);
      const changed = planned.outcome.issues.some((i) => i.code === "rowChanged" || i.code === "rowGone");
      return {
        ok: false,
        message: m.refused,
        issues,
        changed,
        data: dataFor(wb, locale, subject.subject),
      };
    }
    saveTabWrites(wb, planned.writes, um);
    const { patched, added, rows } = planned.outcome;
    // The fresh view reads План again (what was just written, in the sheet's own terms); the other tabs are unchanged.
    wb.forget("plan");
    const data = dataFor(wb, locale, subject.subject);
    return { ok: true, message: m.saved(patched, added), rows, data };
  });
}
