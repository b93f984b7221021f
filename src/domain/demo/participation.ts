// The demo attendance: marks for every pupil of the classes of each done event; a few classes attend poorly.

import type { Participation, SchoolEvent } from "../records";
import { classesOfGrades, classTeacherOf, type DemoContext, pupilsOf } from "./context";
import { type Rng, streamFor } from "./random";

/** The class names an event is for. */
export function classesOfEvent(ctx: DemoContext, event: SchoolEvent): string[] {
  if (event.classes.all) return ctx.classes.map((c) => c.className);
  const names = new Set([...event.classes.classes, ...classesOfGrades(ctx, event.classes.grades)]);
  return ctx.classes.map((c) => c.className).filter((c) => names.has(c));
}

type Mark = Participation["mark"];

/** A mark drawn with the given chance of presence; absences split between unexcused and excused. */
function drawMark(rng: Rng, present: number): Mark {
  const roll = rng.next();
  if (roll < present) return "present";
  return roll < present + (1 - present) * 0.6 ? "absent" : "excused";
}

/**
 * Marks for the done events that earn hours (a methodical week earns none): most pupils present, about 8%
 * absent or excused; two classes of grades 5–11 attend poorly (about 60%), and a few pupils hardly ever come.
 */
export function buildParticipation(ctx: DemoContext, events: readonly SchoolEvent[]): Participation[] {
  const rng = streamFor(ctx.seed, "participation");
  const senior = ctx.classes.filter((c) => c.grade >= 5).map((c) => c.className);
  const poorClasses = new Set(rng.sample(senior, 2));
  const seniorSet = new Set(senior);
  const truants = new Set(
    ctx.pupils.filter((p) => p.active && seniorSet.has(p.className) && rng.chance(0.03)).map((p) => p.code),
  );
  const rows: Participation[] = [];
  for (const event of events) {
    if (event.status !== "done" || event.hours === 0 || !event.id) continue;
    for (const pupil of pupilsOf(ctx, new Set(classesOfEvent(ctx, event)))) {
      const present = truants.has(pupil.code) ? 0.1 : poorClasses.has(pupil.className) ? 0.6 : 0.92;
      const row: Participation = {
        eventId: event.id,
        code: pupil.code,
        className: pupil.className,
        mark: drawMark(rng, present),
        markedAt: event.date,
      };
      const teacher = classTeacherOf(ctx, pupil.className);
      if (teacher) row.markedBy = teacher;
      rows.push(row);
    }
  }
  return rows;
}
