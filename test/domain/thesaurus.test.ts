// Thesaurus: near-duplicate detection, search with filters, and inline validation of a profession draft.

import type { Profession, Subject } from "../../src/domain/records";
import {
  findNearDuplicates,
  maxTypoDistance,
  searchProfessions,
  validateProfessionDraft,
} from "../../src/domain/thesaurus";

const profession = (name: string, extra: Partial<Profession> = {}): Profession => ({
  profession: name,
  subjects: [],
  types: [],
  isNew: false,
  competences: [],
  bands: [],
  ...extra,
});
const names = (list: { profession: string | Profession }[]) =>
  list.map((x) => (typeof x.profession === "string" ? x.profession : x.profession.profession));

describe("findNearDuplicates", () => {
  const existing = [
    profession("Инженер-робототехник"),
    profession("Агроном"),
    profession("Программист"),
    profession("Лётчик-испытатель"),
    profession("Агроинженер"),
  ];
  const reasons = (name: string, exceptIndex?: number) =>
    findNearDuplicates(name, existing, { exceptIndex }).map((d) => [d.index, d.reason]);

  it("the same name by normalizeKey is an exact duplicate: case, ё, spaces, dashes, a trailing dot", () => {
    expect(reasons("  ИНЖЕНЕР-РОБОТОТЕХНИК ")).toEqual([[0, "exact"]]);
    expect(reasons("Летчик-испытатель")).toEqual([[3, "exact"]]);
    expect(reasons("инженер робототехник")).toEqual([[0, "exact"]]);
    expect(reasons("Агроном.")).toEqual([[1, "exact"]]);
  });

  it("a zero-width space or a Latin look-alike letter does not make a new name", () => {
    expect(reasons("Агро\u200Bном")).toEqual([[1, "exact"]]);
    expect(reasons("Aгрoном")).toEqual([[1, "exact"]]);
  });

  it("same words in another order", () => {
    expect(reasons("Робототехник инженер")).toEqual([[0, "wordOrder"]]);
  });

  it("a letter or two apart on long names", () => {
    expect(reasons("Програмист")).toEqual([[2, "typo"]]);
    expect(findNearDuplicates("Програмист", existing)[0].distance).toBe(1);
    expect(reasons("Инженер-роботехник")).toEqual([[0, "typo"]]);
  });

  it("«Агроном» !~ «Агрономия»: short names are not typos of each other", () => {
    expect(reasons("Агрономия")).toEqual([]);
    expect(reasons("Агроном")).toEqual([[1, "exact"]]);
  });

  it("two letters apart on names under 12 letters are different professions", () => {
    expect(reasons("Автоинженер")).toEqual([]);
  });

  it("skips the entry being edited, and finds nothing for a blank name", () => {
    expect(reasons("Агроном", 1)).toEqual([]);
    expect(reasons("   ")).toEqual([]);
  });

  it("typo allowance grows with length", () => {
    expect([5, 7, 8, 11, 12, 30].map(maxTypoDistance)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe("searchProfessions", () => {
  const list = [
    profession("Агроном", { subjects: ["Биология"], types: ["nature"], competences: ["почвоведение"] }),
    profession("Инженер-робототехник", {
      subjects: ["Технология", "Физика"],
      types: ["technics"],
      isNew: true,
    }),
    profession("Оператор беспилотников", {
      subjects: ["Физика"],
      types: ["technics"],
      isNew: true,
      competences: ["робототехника"],
    }),
    profession("Ветеринар", { subjects: ["Биология"], types: ["nature"] }),
  ];

  it("returns everything for an empty filter", () => {
    expect(searchProfessions(list, {}).map((h) => h.index)).toEqual([0, 1, 2, 3]);
  });

  it("searches names, subjects and competences; name prefixes first", () => {
    expect(names(searchProfessions(list, { query: "робот" }))).toEqual([
      "Инженер-робототехник",
      "Оператор беспилотников",
    ]);
    expect(names(searchProfessions(list, { query: "БИОЛ" }))).toEqual(["Агроном", "Ветеринар"]);
    expect(names(searchProfessions(list, { query: "почв" }))).toEqual(["Агроном"]);
    expect(names(searchProfessions(list, { query: "физ" }))).toEqual([
      "Инженер-робототехник",
      "Оператор беспилотников",
    ]);
    expect(names(searchProfessions(list, { query: "ветеринар" }))).toEqual(["Ветеринар"]);
  });

  it("ranks a name that starts with the query before other hits", () => {
    const l = [
      profession("Цифровой агроном"),
      profession("Агроном"),
      profession("Пчеловод", { competences: ["агрономия"] }),
    ];
    expect(names(searchProfessions(l, { query: "агроном" }))).toEqual([
      "Агроном",
      "Цифровой агроном",
      "Пчеловод",
    ]);
  });

  it("filters by subject, Klimov type and «новая»", () => {
    expect(names(searchProfessions(list, { subject: "физика" }))).toEqual([
      "Инженер-робототехник",
      "Оператор беспилотников",
    ]);
    expect(names(searchProfessions(list, { type: "nature" }))).toEqual(["Агроном", "Ветеринар"]);
    expect(names(searchProfessions(list, { onlyNew: true, query: "инженер" }))).toEqual([
      "Инженер-робототехник",
    ]);
    expect(searchProfessions(list, { subject: "Биология", type: "technics" })).toEqual([]);
  });

  it("gives the index in the list for editing", () => {
    expect(searchProfessions(list, { query: "ветеринар" })).toEqual([{ index: 3, profession: list[3] }]);
  });
});

describe("validateProfessionDraft", () => {
  const subjects: Subject[] = [
    { subject: "Биология", grades: [5, 6], teachers: [] },
    { subject: "Технология", grades: [5], teachers: [] },
  ];
  const existing = [profession("Инженер-робототехник"), profession("Агроном")];
  const bands = [{ name: "5–7", grades: [5, 6, 7], direction: "" }];
  const draft = { profession: "Агроинженер", subjects: ["биология"], types: ["nature"], bands: ["5-7"] };

  it("accepts a valid draft", () => {
    expect(validateProfessionDraft(draft, { subjects, existing, bands })).toEqual({
      ok: true,
      errors: [],
      warnings: [],
    });
  });

  it("requires a name and a subject", () => {
    const r = validateProfessionDraft(
      { profession: "  ", subjects: [" "], types: [] },
      { subjects, existing },
    );
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([
      { field: "profession", key: "professionRequired" },
      { field: "subjects", key: "subjectsRequired" },
    ]);
  });

  it("rejects unknown subjects, types and bands with their value as a param", () => {
    const r = validateProfessionDraft(
      { ...draft, subjects: ["Биология", "Астрономия"], types: ["nature", "П"], bands: ["12–13"] },
      { subjects, existing, bands },
    );
    expect(r.errors).toEqual([
      { field: "subjects", key: "subjectUnknown", params: { subject: "Астрономия" } },
      { field: "types", key: "typeUnknown", params: { type: "П" } },
      { field: "bands", key: "bandUnknown", params: { band: "12–13" } },
    ]);
  });

  it("the same name (normalizeKey) is an error, a near duplicate a warning", () => {
    const exact = validateProfessionDraft({ ...draft, profession: "агроном" }, { subjects, existing });
    expect(exact.errors).toEqual([
      { field: "profession", key: "duplicate", params: { profession: "Агроном", index: 1 } },
    ]);
    const spelled = validateProfessionDraft(
      { ...draft, profession: "инженер робототехник" },
      { subjects, existing },
    );
    expect(spelled.errors).toEqual([
      { field: "profession", key: "duplicate", params: { profession: "Инженер-робототехник", index: 0 } },
    ]);
    const near = validateProfessionDraft(
      { ...draft, profession: "Робототехник инженер" },
      { subjects, existing },
    );
    expect(near.ok).toBe(true);
    expect(near.warnings).toEqual([
      {
        field: "profession",
        key: "nearDuplicate",
        params: { profession: "Инженер-робототехник", index: 0, reason: "wordOrder" },
      },
    ]);
  });

  it("refuses a name holding a list separator or longer than 100 characters, saying which", () => {
    for (const name of ["Монтажник, электромонтёр", "Монтажник; электромонтёр", "Монтажник\nэлектромонтёр"]) {
      const r = validateProfessionDraft({ ...draft, profession: name }, { subjects, existing, bands });
      expect(r.ok).toBe(false);
      expect(r.errors).toEqual([{ field: "profession", key: "nameSeparator" }]);
    }
    const long = validateProfessionDraft(
      { ...draft, profession: `  ${"ж".repeat(101)} ` },
      { subjects, existing, bands },
    );
    expect(long.errors).toEqual([
      { field: "profession", key: "nameTooLong", params: { max: 100, length: 101 } },
    ]);
    const longest = validateProfessionDraft(
      { ...draft, profession: "ж".repeat(100) },
      { subjects, existing, bands },
    );
    expect(longest.ok).toBe(true);
  });

  it("does not flag the entry being edited as its own duplicate", () => {
    const r = validateProfessionDraft(
      { ...draft, profession: "Агроном" },
      { subjects, existing, exceptIndex: 1 },
    );
    expect(r).toEqual({ ok: true, errors: [], warnings: [] });
  });
});
