// A six-item, four-resource equipment fixture whose figures test/domain/equipment.test.ts counts by hand.

import type { EquipmentInput } from "../../src/domain/equipment";
import type { Equipment, PlanEntry, Profession, Resource } from "../../src/domain/records";

const profession = (name: string, subjects: string[]): Profession => ({
  profession: name,
  subjects,
  types: [],
  isNew: false,
  competences: [],
  bands: [],
});
const item = (
  room: string,
  name: string,
  quantity: number | undefined,
  condition: Equipment["condition"],
  subjects: string[],
  professions: string[],
): Equipment => ({
  room,
  name,
  subjects,
  professions,
  digital: false,
  ...(quantity === undefined ? {} : { quantity }),
  ...(condition ? { condition } : {}),
});
const intro = (
  subject: string,
  grade: number,
  quarter: number,
  prof: string,
  status: PlanEntry["status"],
) => ({
  subject,
  grade,
  quarter,
  profession: prof,
  status,
});
const resource = (
  name: string,
  kind: Resource["kind"],
  bands: string[],
  subjects: string[],
  component?: Resource["component"],
): Resource => ({ name, kind, bands, subjects, ...(component ? { component } : {}) });

/**
 * Rows 2–7 of Оборудование. By hand:
 * working = rows 2, 4, 6 (row 3 broken, row 5 needs repair, row 7 has quantity 0; row 6's blank condition counts as
 * working); «Кабинет Физики» (row 4) is «Кабинет физики» typed another way; «Космонавт» is not in the thesaurus.
 */
export function fixture(): EquipmentInput {
  return {
    subjects: [
      { subject: "Физика", grades: [7, 8, 9], teachers: [] },
      { subject: "Химия", grades: [8, 9], teachers: [] },
      { subject: "Музыка", grades: [5, 6, 7], teachers: [] },
    ],
    professions: [
      profession("Электромонтёр", ["Физика"]),
      profession("Инженер-механик", ["Физика"]),
      profession("Химик-аналитик", ["Химия"]),
      profession("Агроном", ["Химия"]),
      profession("Звукорежиссёр", ["Музыка", "Физика"]),
    ],
    bands: [
      { name: "5–7", grades: [5, 6, 7], direction: "" },
      { name: "8–9", grades: [8, 9], direction: "" },
    ],
    equipment: [
      item("Кабинет физики", "Набор по электричеству", 12, "ok", ["Физика"], ["Электромонтёр"]),
      item("Кабинет физики", "Осциллограф", 1, "broken", ["Физика"], ["Звукорежиссёр", "электромонтер"]),
      item("Кабинет Физики", "Интерактивная доска", 1, "ok", ["Физика"], []),
      item("Кабинет химии", "Вытяжной шкаф", 1, "needsRepair", ["Химия"], ["Химик-аналитик"]),
      item("Кабинет химии", "Весы", 2, undefined, ["химия"], ["Химик-аналитик", "Космонавт"]),
      item("Кабинет химии", "Колбы", 0, "ok", ["Химия"], ["Агроном"]),
    ].map((record, i) => ({ row: i + 2, record })),
    plan: [
      intro("Физика", 8, 1, "Электромонтёр", "planned"),
      intro("Физика", 8, 1, "Инженер-механик", "done"),
      intro("Химия", 8, 2, "Агроном", "suggested"),
      intro("Музыка", 5, 1, "Звукорежиссёр", "planned"),
      intro("Физика", 9, 2, "Космонавт", "planned"),
    ],
    resources: [
      resource("Билет в будущее", "platform", [], [], "diagnostics"),
      resource("Атлас новых профессий", "platform", ["8–9"], ["Физика", "химия"], "enlightenment"),
      resource("Аграрный техникум", "college", ["8–9"], ["Химия"], "adaptation"),
      resource("Кванториум", "practice", ["5–7"], ["Физика"]),
    ],
  };
}
