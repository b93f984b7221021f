// The «Мероприятие» sidebar's server side through the built bundle: data in one call, ids М-0001… given inside the
// lock and never reused, hand-typed events given an id by the next write or by setup, checks, edit, lock timeout.

import type { Emulator } from "../../emulator/index";
import { cloneWorkbook, type WorkbookModel } from "../../emulator/model";
import type { EventSaveResult, EventsData } from "../../src/gas/events";
import { openAt } from "./fault-sweep";
import { fixtureWorkbook, moscowDate, settingsRows, sheetOf, tabReads, values } from "./plan-fixtures";

const NOW = new Date("2026-11-20T09:00:00Z");

function school(): WorkbookModel {
  return fixtureWorkbook({
    settings: settingsRows(),
    bands: [
      { Ступень: "5–7", Классы: "5-7" },
      { Ступень: "8–9", Классы: "8-9" },
    ],
    professions: [{ Профессия: "Агроном", Предметы: "Биология" }],
    events: [
      {
        Id: "М-0001",
        Дата: moscowDate("2026-11-19"),
        Название: "Экскурсия",
        Форма: "экскурсия",
        Компонент: "просвещение",
        Классы: "8-9",
        Часы: 3,
      },
      {
        Id: "М-0002",
        Дата: moscowDate("2026-11-10"),
        Название: "Мастер-класс",
        Форма: "мастер-класс",
        Компонент: "интересы",
        Классы: "5-7",
      },
      {
        Id: "М-0003",
        Дата: moscowDate("2026-09-10"),
        Название: "Проба",
        Форма: "профпроба",
        Компонент: "адаптация",
        Классы: "8А",
      },
      {
        Дата: moscowDate("2026-11-25"),
        Название: "Набрано вручную",
        Форма: "классный час",
        Компонент: "консультация",
        Классы: "9",
      },
    ],
  });
}

const data = (emu: Emulator): EventsData => {
  const r = emu.runFromClient("getEvents", []);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as EventsData;
};
const save = (emu: Emulator, draft: unknown, id?: string): EventSaveResult => {
  const r = emu.runFromClient("saveEvent", id === undefined ? [draft] : [draft, id]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as EventSaveResult;
};
const draft = (extra: Record<string, unknown> = {}) => ({
  date: "2026-12-03",
  title: "Встреча с агрономом",
  format: "universityMeeting",
  component: "enlightenment",
  classes: "8а, 8Б",
  hours: 2,
  responsible: "Иванова Н. П.",
  partner: "",
  professions: ["агроном"],
  status: "planned",
  ...extra,
});
const lastId = (emu: Emulator) =>
  emu.evaluate<string | null>(
    "PropertiesService.getDocumentProperties().getProperty('proftrack.lastEventId')",
  );

test("getEvents: one call, four tabs read; the quarter's events and the year's component × band gaps", () => {
  const emu = openAt(school(), NOW);
  const d = data(emu);
  expect(tabReads(emu)).toBe(4);
  expect(d.quarter).toBe(2);
  expect(d.events.map((e) => e.title)).toEqual(["Проба", "Мастер-класс", "Экскурсия", "Набрано вручную"]);
  expect(d.events[2]).toMatchObject({ id: "М-0001", classes: "8–9", row: 2 });
  expect(d.year.filter((c) => c.count > 0)).toEqual([
    { component: "enlightenment", band: "8–9", count: 1 },
    { component: "interests", band: "5–7", count: 1 },
    { component: "consultation", band: "8–9", count: 1 },
    { component: "adaptation", band: "8–9", count: 1 },
  ]);
  expect(d.year).toHaveLength(10);
  expect(d.professions).toEqual(["Агроном"]);
});

test("a new event: its id given inside the lock after the hand-typed one's; only those cells are written", () => {
  const emu = openAt(school(), NOW);
  const before = values(emu, "Мероприятия");
  const r = save(emu, draft());
  expect(r).toMatchObject({
    ok: true,
    id: "М-0005",
    row: 6,
    created: true,
    message: "Мероприятие М-0005 добавлено: строка 6 листа «Мероприятия».",
  });
  const after = values(emu, "Мероприятия");
  expect(after[4][0]).toBe("М-0004");
  expect(after[4].slice(1)).toEqual(before[4].slice(1));
  expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
  expect(after[5].slice(2)).toEqual([
    "Встреча с агрономом",
    "встреча с преподавателями вузов и ссузов",
    "просвещение",
    "8А, 8Б",
    2,
    "Иванова Н. П.",
    "",
    "Агроном",
    "запланировано",
  ]);
  expect(lastId(emu)).toBe("5");
  expect(emu.calls.get("Lock.waitLock")).toBe(1);
});

test("ids are never reused: a deleted last event's id is not given again", () => {
  const emu = openAt(school(), NOW);
  save(emu, draft());
  sheetOf(emu, "Мероприятия").cells.splice(5, 1);
  expect(save(emu, draft({ title: "Ещё одна" }))).toMatchObject({ ok: true, id: "М-0006" });
});

test("checks: a date outside the school year, classes that do not read, a profession not in the thesaurus", () => {
  const emu = openAt(school(), NOW);
  const copy = cloneWorkbook(emu.workbook);
  const r = save(
    emu,
    draft({ date: "2027-07-01", classes: "восьмые", professions: ["Космонавт"], title: " " }),
  );
  expect(r.ok).toBe(false);
  expect(!r.ok && r.issues.map((i) => `${i.field}: ${i.text}`)).toEqual([
    "date: Дата должна быть внутри учебного года: с 01.09.2026 по 26.05.2027.",
    "title: Введите название.",
    "classes: Классы: например, «8А, 8Б», «8-9» или «все».",
    "professions: Нет в тезаурусе: Космонавт. Сначала добавьте в «Профессии».",
  ]);
  expect(emu.workbook).toEqual(copy);
});

test("an edit patches only the changed cells of its row (and gives the hand-typed row its id)", () => {
  const emu = openAt(school(), NOW);
  const before = values(emu, "Мероприятия");
  const r = save(
    emu,
    draft({
      date: "2026-11-19",
      title: "Экскурсия на ферму",
      format: "excursion",
      classes: "8-9",
      hours: 3,
      responsible: "",
      professions: [],
    }),
    "м-0001",
  );
  expect(r).toMatchObject({ ok: true, id: "М-0001", row: 2, created: false });
  const after = values(emu, "Мероприятия");
  expect(after[1][2]).toBe("Экскурсия на ферму");
  expect(after[1].slice(3)).toEqual(before[1].slice(3));
  expect(after[4][0]).toBe("М-0004");
  expect(save(emu, draft(), "М-0099")).toMatchObject({ ok: false, issues: [{ field: "id" }] });
});

test("setup gives hand-typed events their ids and touches nothing else", () => {
  const emu = openAt(school(), NOW);
  emu.call("setupWorkbook");
  const rows = values(emu, "Мероприятия");
  expect(rows.map((r) => r[0])).toEqual(["Id", "М-0001", "М-0002", "М-0003", "М-0004"]);
  expect(rows[4][2]).toBe("Набрано вручную");
  const copy = cloneWorkbook(emu.workbook);
  emu.call("setupWorkbook");
  expect(emu.workbook).toEqual(copy);
});

test("a lock timeout: the Russian message, nothing written", () => {
  const emu = openAt(school(), NOW);
  emu.services.state.executions.holdAs("other-editor", "document");
  const copy = cloneWorkbook(emu.workbook);
  const r = emu.runFromClient("saveEvent", [draft()]);
  expect(!r.ok && r.error.message).toBe(
    "Таблицу сейчас изменяет другой пользователь. Подождите несколько секунд и повторите.",
  );
  expect(emu.workbook).toEqual(copy);
});

test("a repeated add (a retry after a failure) appends nothing and answers «already saved»", () => {
  const emu = openAt(school(), NOW);
  save(emu, draft());
  const n = values(emu, "Мероприятия").length;
  const again = save(emu, draft({ title: " встреча с  агрономом " }));
  expect(again).toMatchObject({ ok: true, id: "М-0005", created: false });
  expect(again.ok && again.message).toBe(
    "Это мероприятие уже сохранено: М-0005, строка 6 листа «Мероприятия».",
  );
  expect(values(emu, "Мероприятия")).toHaveLength(n);
  expect(again.data.events.find((e) => e.id === "М-0005")?.title).toBe("Встреча с агрономом");
});
