// google.script.run's argument rules (the shim's pure part): what reaches the server, and what fails like Apps Script.

import { formToObject, IllegalValueError, serialiseArgs } from "../../emulator/playground/client/serialise";

/** Enough of a DOM node for the rules: Apps Script refuses any node except a form as the only argument. */
const node = (nodeName: string, extra: object = {}) => ({ nodeType: 1, nodeName, ...extra });

describe("google.script.run argument serialisation", () => {
  test("primitives, null, arrays and plain objects pass as they are", () => {
    const args = [1, "два", true, null, [1, [2, "x"]], { a: { b: [false, 0] } }, Object.create(null)];
    expect(serialiseArgs(args)).toEqual([1, "два", true, null, [1, [2, "x"]], { a: { b: [false, 0] } }, {}]);
  });

  test("undefined fields of objects are dropped; undefined in arrays and as an argument becomes null", () => {
    expect(serialiseArgs([{ a: undefined, b: 1 }, [undefined, 2], undefined])).toEqual([
      { b: 1 },
      [null, 2],
      null,
    ]);
  });

  test("NaN and Infinity arrive as null, as JSON has them", () => {
    expect(serialiseArgs([Number.NaN, [Number.POSITIVE_INFINITY]])).toEqual([null, [null]]);
  });

  test("a Date anywhere fails the call, naming the property", () => {
    expect(() => serialiseArgs([new Date()])).toThrow(new IllegalValueError("0"));
    expect(() => serialiseArgs(["ok", { when: { at: new Date() } }])).toThrow(
      "Failed due to illegal value in property: 1.when.at",
    );
    expect(() => serialiseArgs([[1, new Date()]])).toThrow("property: 0.1");
  });

  test("a function, a symbol, a bigint, a class instance or a Map fails", () => {
    expect(() => serialiseArgs([() => 1])).toThrow(IllegalValueError);
    expect(() => serialiseArgs([{ f: () => 1 }])).toThrow("property: 0.f");
    expect(() => serialiseArgs([Symbol("s")])).toThrow(IllegalValueError);
    expect(() => serialiseArgs([BigInt(1)])).toThrow(IllegalValueError);
    expect(() => serialiseArgs([new Map()])).toThrow(IllegalValueError);
    class Pupil {
      code = "П-1";
    }
    expect(() => serialiseArgs([new Pupil()])).toThrow(IllegalValueError);
  });

  test("a circular structure fails; the same object twice (not circular) passes", () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => serialiseArgs([loop])).toThrow("property: 0.self");
    const shared = { x: 1 };
    expect(serialiseArgs([{ a: shared, b: shared }])).toEqual([{ a: { x: 1 }, b: { x: 1 } }]);
  });

  test("a DOM element fails, except a form as the only argument", () => {
    expect(() => serialiseArgs([node("DIV")])).toThrow(IllegalValueError);
    expect(() => serialiseArgs([{ el: node("INPUT") }])).toThrow("property: 0.el");
    const form = node("FORM", { elements: [{ name: "code", value: "П-1" }] });
    expect(serialiseArgs([form])).toEqual([{ code: "П-1" }]);
    expect(() => serialiseArgs([form, 1])).toThrow(IllegalValueError);
  });

  test("a form gives its named, enabled fields; unchecked boxes and buttons are left out; repeats become arrays", () => {
    const fields = [
      { name: "class", value: "8А" },
      { name: "mark", type: "checkbox", value: "да", checked: true },
      { name: "mark", type: "checkbox", value: "нет", checked: false },
      { name: "topic", type: "checkbox", value: "a", checked: true },
      { name: "topic", type: "checkbox", value: "b", checked: true },
      { name: "go", type: "submit", value: "Сохранить" },
      { name: "off", value: "x", disabled: true },
      { value: "no name" },
      {
        name: "many",
        multiple: true,
        options: [
          { selected: true, value: "1" },
          { selected: false, value: "2" },
          { selected: true, value: "3" },
        ],
      },
    ];
    expect(formToObject({ elements: fields })).toEqual({
      class: "8А",
      mark: "да",
      topic: ["a", "b"],
      many: ["1", "3"],
    });
  });
});
