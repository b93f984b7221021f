// The ready instruments ПрофТрек ships, written by this project, as rows of Анкеты / Вопросы / Шкалы: interests by
// Klimov's five types, readiness to choose a profile and exams, feedback after an event, parents of grades 1–4.

import type { ClassSelector, Question, Questionnaire, ScaleBand } from "./records";

/** One ready instrument: the rows it adds to the three tabs. */
export interface ReadyInstrument {
  questionnaire: Questionnaire;
  questions: Question[];
  scales: ScaleBand[];
}

const grades = (...list: number[]): ClassSelector => ({ all: false, classes: [], grades: list });

function instrument(
  questionnaire: Questionnaire,
  questions: Omit<Question, "questionnaireId" | "number">[],
  scales: Omit<ScaleBand, "questionnaireId">[],
): ReadyInstrument {
  const id = questionnaire.id;
  return {
    questionnaire,
    questions: questions.map((q, i) => ({ questionnaireId: id, number: i + 1, ...q })),
    scales: scales.map((s) => ({ questionnaireId: id, ...s })),
  };
}

// ——— (a) Interests by Klimov's five types ———

export const KLIMOV_ID = "ИНТЕРЕСЫ";

/** The five types as scale keys, with their names. */
const TYPES = [
  { key: "П", name: "Человек — природа" },
  { key: "Т", name: "Человек — техника" },
  { key: "Ч", name: "Человек — человек" },
  { key: "З", name: "Человек — знаковая система" },
  { key: "Х", name: "Человек — художественный образ" },
] as const;
type TypeKey = (typeof TYPES)[number]["key"];

/** Eight activities of each type, each used once. Written for this project. */
const ACTIVITIES: Record<TypeKey, readonly string[]> = {
  П: [
    "Ухаживать за животными",
    "Выращивать рассаду в теплице",
    "Наблюдать за погодой и вести дневник природы",
    "Изучать жизнь леса или реки в экспедиции",
    "Лечить домашних животных",
    "Выводить новые сорта растений",
    "Проверять чистоту воды и воздуха",
    "Работать в заповеднике",
  ],
  Т: [
    "Ремонтировать велосипед или мопед",
    "Собирать и программировать робота",
    "Управлять трактором, краном или комбайном",
    "Налаживать станок в мастерской",
    "Проектировать мост или дом",
    "Разбираться, как устроен двигатель",
    "Монтировать электропроводку",
    "Настраивать компьютерную сеть",
  ],
  Ч: [
    "Объяснять младшим то, что они не поняли",
    "Помогать человеку разобраться в его трудностях",
    "Лечить людей",
    "Организовать праздник для ребят",
    "Советовать покупателю, что выбрать",
    "Защищать права людей",
    "Вести кружок для детей",
    "Встречать гостей и помогать им освоиться",
  ],
  З: [
    "Составлять таблицы и схемы",
    "Проверять расчёты и документы",
    "Писать программы",
    "Переводить текст с другого языка",
    "Вести учёт и считать бюджет",
    "Читать карты и чертежи",
    "Искать ошибки в тексте",
    "Решать задачи с формулами",
  ],
  Х: [
    "Рисовать и оформлять стенгазету",
    "Играть на музыкальном инструменте",
    "Снимать фото и видео",
    "Сочинять рассказы или стихи",
    "Ставить спектакль",
    "Придумывать дизайн одежды",
    "Украшать зал к празднику",
    "Вырезать по дереву или лепить",
  ],
};

/**
 * 20 forced-choice pairs: each of the 10 pairs of types twice (the second time in the other order), so every type
 * appears 8 times and its score is 0–8.
 */
function klimovPairs(): [TypeKey, TypeKey][] {
  const keys = TYPES.map((t) => t.key);
  const once: [TypeKey, TypeKey][] = [];
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) once.push([keys[i], keys[j]]);
  // Interleaved so that the same pair of types does not come twice in a row.
  return [...once, ...once.map(([a, b]) => [b, a] as [TypeKey, TypeKey])].map((_, k, all) =>
    k % 2 === 0 ? all[k / 2] : all[10 + (((k - 1) / 2 + 5) % 10)],
  );
}

function klimov(): ReadyInstrument {
  const used: Record<TypeKey, number> = { П: 0, Т: 0, Ч: 0, З: 0, Х: 0 };
  const take = (t: TypeKey) => ACTIVITIES[t][used[t]++];
  const questions = klimovPairs().map(([a, b], i) => ({
    text: `${i + 1}. Что бы вы выбрали?`,
    type: "pair" as const,
    options: `${take(a)} = ${a} | ${take(b)} = ${b}`,
    required: true,
  }));
  const meaning: Record<TypeKey, string> = {
    П: "растения, животные, природа",
    Т: "машины, механизмы, устройства",
    Ч: "общение, обучение, помощь людям",
    З: "числа, тексты, знаки, программы",
    Х: "творчество, образы, искусство",
  };
  const scales = TYPES.flatMap((t) => [
    { scale: t.key, name: t.name, from: 0, to: 2, interpretation: `Интерес не выражен: ${meaning[t.key]}.` },
    {
      scale: t.key,
      name: t.name,
      from: 3,
      to: 6,
      interpretation: `Интерес выражен средне: ${meaning[t.key]} — стоит попробовать в кружке или на профпробе.`,
    },
    {
      scale: t.key,
      name: t.name,
      from: 7,
      to: 8,
      interpretation: `Интерес выражен ярко: ${meaning[t.key]}. Профессии типа «${t.name}» — в тезаурусе.`,
    },
  ]);
  return instrument(
    {
      id: KLIMOV_ID,
      title: "Что мне интересно: пять типов профессий",
      classes: grades(7, 8, 9),
      identification: "codeList",
    },
    questions,
    scales,
  );
}

// ——— (b) Readiness to choose a profile and exams ———

export const READINESS_ID = "ГОТОВНОСТЬ";

/** Subjects pupils choose for ОГЭ / ЕГЭ (besides the compulsory Russian and mathematics). */
export const EXAM_SUBJECTS = [
  "Физика",
  "Химия",
  "Биология",
  "География",
  "История",
  "Обществознание",
  "Информатика",
  "Литература",
  "Иностранный язык",
] as const;

/** The texts of the readiness questions that fill «Выбор экзаменов». */
export const READINESS_EXAM_QUESTIONS = {
  subjects: "Какие предметы по выбору вы собираетесь сдавать на экзамене (ОГЭ в 9 классе, ЕГЭ в 11)?",
  certainty: "Насколько вы уверены в выборе предметов? (1 — совсем не уверен, 5 — уверен полностью)",
} as const;

function readiness(): ReadyInstrument {
  const likert = (text: string, scale: string, reversed = false) => ({
    text,
    type: "scale" as const,
    options: reversed ? `5-1 = ${scale}` : `1-5 = ${scale}`,
    required: true,
  });
  const questions = [
    likert("Я знаю, какие профили обучения и какие колледжи и вузы есть рядом.", "ОСВЕДОМЛЕННОСТЬ"),
    likert("Я знаю, какие предметы нужны для профессий, которые мне нравятся.", "ОСВЕДОМЛЕННОСТЬ"),
    likert("Я плохо представляю, чем занимаются люди интересных мне профессий.", "ОСВЕДОМЛЕННОСТЬ", true),
    likert("Мне хочется выбрать своё дело и готовиться к нему.", "ГОТОВНОСТЬ"),
    likert("Я верю, что смогу освоить выбранную профессию.", "ГОТОВНОСТЬ"),
    likert("Думать о выборе профессии мне пока рано.", "ГОТОВНОСТЬ", true),
    likert("Я уже пробовал себя в деле: кружок, профпроба, проект.", "ШАГИ"),
    likert("Я знаю, что мне нужно сделать в этом году для своего выбора.", "ШАГИ"),
    likert("Я обсуждал свой выбор с родителями, учителем или психологом.", "ШАГИ"),
    likert("Я принимаю решение о профиле сам, а не потому, что так выбрали друзья.", "САМОСТОЯТЕЛЬНОСТЬ"),
    likert("Я сравниваю разные варианты, прежде чем решить.", "САМОСТОЯТЕЛЬНОСТЬ"),
    likert("Пусть лучше за меня решат взрослые.", "САМОСТОЯТЕЛЬНОСТЬ", true),
    {
      text: READINESS_EXAM_QUESTIONS.subjects,
      type: "multiple" as const,
      options: EXAM_SUBJECTS.join(" | "),
      required: false,
    },
    { text: READINESS_EXAM_QUESTIONS.certainty, type: "scale" as const, options: "1-5", required: true },
  ];
  const scaleBands = (scale: string, name: string, low: string, mid: string, high: string) => [
    { scale, name, from: 3, to: 7, interpretation: low },
    { scale, name, from: 8, to: 11, interpretation: mid },
    { scale, name, from: 12, to: 15, interpretation: high },
  ];
  return instrument(
    {
      id: READINESS_ID,
      title: "Готовность к выбору профиля и экзаменов",
      classes: grades(9, 11),
      identification: "codeList",
    },
    questions,
    [
      ...scaleBands(
        "ОСВЕДОМЛЕННОСТЬ",
        "Осведомлённость",
        "Мало знает о профилях, колледжах и нужных предметах: экскурсии, встречи, тезаурус.",
        "Знает основное; уточнить требования выбранных профессий.",
        "Хорошо знает, куда и с какими предметами можно поступить.",
      ),
      ...scaleBands(
        "ГОТОВНОСТЬ",
        "Внутренняя готовность",
        "Выбор пока не волнует: нужна беседа о будущем, примеры людей дела.",
        "Хочет выбрать, но сомневается в себе: поддержка, пробы.",
        "Готов выбирать и верит в свои силы.",
      ),
      ...scaleBands(
        "ШАГИ",
        "Шаги к решению",
        "Шагов к выбору пока нет: профпроба, кружок, консультация.",
        "Первые шаги сделаны; нужен план на год.",
        "Действует: пробовал, знает план, обсуждал выбор.",
      ),
      ...scaleBands(
        "САМОСТОЯТЕЛЬНОСТЬ",
        "Самостоятельность",
        "Выбор отдаёт другим: индивидуальная консультация.",
        "Советуется и решает отчасти сам.",
        "Решает сам, сравнивая варианты.",
      ),
    ],
  );
}

// ——— (c) Feedback after an event ———

export const FEEDBACK_ID = "ОТЗЫВ";

function feedback(): ReadyInstrument {
  return instrument(
    {
      id: FEEDBACK_ID,
      title: "Отзыв о мероприятии",
      classes: { all: true, classes: [], grades: [] },
      identification: "codeList",
    },
    [
      { text: "Какое мероприятие вы посетили (название или Id)?", type: "text", required: true },
      {
        text: "Насколько оно было полезным для вас?",
        type: "scale",
        options: "1-5 = ПОЛЬЗА",
        required: true,
      },
      {
        text: "Изменился ли ваш интерес к профессиям, о которых шла речь?",
        type: "single",
        options: "Стал сильнее = ИНТЕРЕС:1 | Не изменился = ИНТЕРЕС:0 | Стал слабее = ИНТЕРЕС:-1",
        required: true,
      },
      { text: "Что вы хотели бы добавить?", type: "text", required: false },
    ],
    [
      { scale: "ПОЛЬЗА", name: "Польза", from: 1, to: 2, interpretation: "Мероприятие мало полезно." },
      { scale: "ПОЛЬЗА", name: "Польза", from: 3, to: 3, interpretation: "Отчасти полезно." },
      { scale: "ПОЛЬЗА", name: "Польза", from: 4, to: 5, interpretation: "Полезно." },
      { scale: "ИНТЕРЕС", name: "Интерес", from: -1, to: -1, interpretation: "Интерес снизился." },
      { scale: "ИНТЕРЕС", name: "Интерес", from: 0, to: 0, interpretation: "Интерес не изменился." },
      { scale: "ИНТЕРЕС", name: "Интерес", from: 1, to: 1, interpretation: "Интерес вырос." },
    ],
  );
}

// ——— (d) Parents of grades 1–4 ———

export const PARENTS_ID = "РОДИТЕЛИ";

function parents(): ReadyInstrument {
  return instrument(
    {
      id: PARENTS_ID,
      title: "Профессии моих родителей (для родителей 1–4 классов)",
      classes: grades(1, 2, 3, 4),
      identification: "codeList",
    },
    [
      { text: "Ваша профессия", type: "text", required: true },
      {
        text: "В какой сфере вы работаете?",
        type: "single",
        options:
          "Природа, сельское хозяйство = П | Техника, производство, транспорт = Т | Люди: образование, медицина, торговля, службы = Ч | Числа, документы, IT = З | Искусство, дизайн, творчество = Х",
        required: true,
      },
      { text: "Профессия второго родителя (если хотите)", type: "text", required: false },
      {
        text: "Готовы ли вы рассказать о своей профессии на классном часе?",
        type: "single",
        options: "Да = ВЫСТУПЛЕНИЕ:1 | Возможно, позже = ВЫСТУПЛЕНИЕ:0,5 | Нет = ВЫСТУПЛЕНИЕ:0",
        required: true,
      },
    ],
    [
      ...TYPES.map((t) => ({
        scale: t.key,
        name: t.name,
        from: 1,
        to: 1,
        interpretation: `Сфера семьи: ${t.name.toLowerCase()}.`,
      })),
      { scale: "ВЫСТУПЛЕНИЕ", name: "Выступление", from: 0, to: 0, interpretation: "Не готов выступить." },
      {
        scale: "ВЫСТУПЛЕНИЕ",
        name: "Выступление",
        from: 0.5,
        to: 0.5,
        interpretation: "Возможно, выступит позже.",
      },
      {
        scale: "ВЫСТУПЛЕНИЕ",
        name: "Выступление",
        from: 1,
        to: 1,
        interpretation: "Готов выступить на классном часе.",
      },
    ],
  );
}

/** Every ready instrument, in menu order. */
export function readyInstruments(): ReadyInstrument[] {
  return [klimov(), readiness(), feedback(), parents()];
}

/** The ready instrument with this Id (compared exactly after trimming and upper-casing), or undefined. */
export function readyInstrument(id: string): ReadyInstrument | undefined {
  const wanted = id.trim().toLocaleUpperCase("ru");
  return readyInstruments().find((r) => r.questionnaire.id === wanted);
}
