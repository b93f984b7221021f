// The demo plan of introductions: about two per subject × grade × quarter, with deliberate gaps.

import { weeksOf } from "../calendar";
import { bandOfGrade } from "../defaults";
import type { PlanEntry, PlanStatus, Profession } from "../records";
import { type DemoContext, isPast, pickSchoolDay } from "./context";
import { teacherOf } from "./people";
import { type Rng, streamFor } from "./random";
import { topicsFor } from "./topics";

/** How many introductions a cell gets: mostly 2; about 8% of cells get 0 or 1, a few get 3. */
function introductionsInCell(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.025) return 0;
  if (roll < 0.07) return 1;
  if (roll < 0.09) return 3;
  return 2;
}

/** The thesaurus professions a subject can introduce in a grade: linked, and fitting the grade's band. */
function candidates(ctx: DemoContext, subject: string, grade: number): Profession[] {
  const band = bandOfGrade(grade, ctx.bands)?.name;
  const linked = ctx.professions.filter((p) => p.subjects.includes(subject));
  const fitting = linked.filter(
    (p) => p.bands.length === 0 || (band !== undefined && p.bands.includes(band)),
  );
  // A year needs about 8 introductions per subject and grade: when the band's own professions are fewer, the
  // teacher borrows linked ones from other bands before repeating one.
  if (fitting.length >= 8) return fitting;
  return [...fitting, ...linked.filter((p) => !fitting.includes(p))];
}

/** The status of a plan row on the demo today: done when past, planned otherwise, a few cancelled. */
function statusOf(ctx: DemoContext, rng: Rng, date: string): PlanStatus {
  if (!isPast(ctx, date)) return "planned";
  return rng.chance(0.03) ? "cancelled" : "done";
}

/**
 * The plan: for each subject, grade taught and quarter, introductions spread over the quarter's weeks,
 * professions cycling through the subject's thesaurus, topics from the lesson list. A few rows name a
 * profession not linked to the subject, as teachers sometimes do.
 */
export function buildPlan(ctx: DemoContext): PlanEntry[] {
  const rng = streamFor(ctx.seed, "plan");
  const plan: PlanEntry[] = [];
  for (const subject of ctx.subjects) {
    for (const grade of subject.grades) {
      const all = candidates(ctx, subject.subject, grade);
      const band = bandOfGrade(grade, ctx.bands)?.name;
      const fits = (p: Profession) => p.bands.length === 0 || (band !== undefined && p.bands.includes(band));
      // Shuffled, with the band's own professions first.
      const pool = [...rng.shuffle(all.filter(fits)), ...rng.shuffle(all.filter((p) => !fits(p)))];
      const topics = topicsFor(subject.subject, grade);
      const teacher = teacherOf(subject.subject, grade);
      let next = 0;
      for (let quarter = 1; quarter <= 4; quarter++) {
        const weeks = weeksOf(ctx.quarters[quarter - 1]);
        const n = introductionsInCell(rng);
        for (let i = 0; i < n && pool.length > 0; i++) {
          const from = Math.floor((i * weeks.length) / n);
          const to = Math.max(from, Math.floor(((i + 1) * weeks.length) / n) - 1);
          const date = pickSchoolDay(rng, weeks[rng.int(from, to)]);
          const entry: PlanEntry = {
            subject: subject.subject,
            grade,
            quarter,
            date,
            profession: pool[next++ % pool.length].profession,
            status: statusOf(ctx, rng, date),
          };
          if (topics.length > 0) entry.topic = topics[(next - 1) % topics.length];
          if (teacher) entry.teacher = teacher;
          if (quarter >= 3 && rng.chance(0.1)) delete entry.date;
          plan.push(entry);
        }
      }
    }
  }
  misplaceAFew(ctx, rng, plan);
  return plan;
}

/** Three rows get a profession that is not linked to their subject, for the plan summary to flag. */
function misplaceAFew(ctx: DemoContext, rng: Rng, plan: PlanEntry[]): void {
  for (const entry of rng.sample(plan, 3)) {
    const unlinked = ctx.professions.filter((p) => !p.subjects.includes(entry.subject));
    if (unlinked.length > 0) entry.profession = rng.pick(unlinked).profession;
  }
}
