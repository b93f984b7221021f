// Conformance of the emulated PropertiesService.
// Docs: https://developers.google.com/apps-script/reference/properties/properties
//       https://developers.google.com/apps-script/guides/properties
//       https://developers.google.com/apps-script/guides/services/quotas ("Properties value size 9 KB / val",
//       "Properties total storage 500 KB / property store")
// The quota message as the runtime throws it: https://github.com/lucasvtiradentes/gcal-sync/issues/115

import {
  createPropertiesService,
  newPropertyStores,
  PROPERTY_QUOTA_MESSAGE,
  PROPERTY_VALUE_TOO_LARGE_MESSAGE,
} from "../../../emulator/services";
import { makeContext } from "./make-context";

function setup() {
  const ctx = makeContext();
  const stores = newPropertyStores();
  return { ctx, stores, service: createPropertiesService(ctx, stores) };
}

describe("reading and writing (reference: properties)", () => {
  test("getProperty returns the value set, and null for a key never set", () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    props.setProperty("SCHOOL", "Лицей №1");
    expect(props.getProperty("SCHOOL")).toBe("Лицей №1");
    expect(props.getProperty("MISSING")).toBeNull();
  });

  test("values are stored as strings (guide: 'Data types that are not already strings are … converted')", () => {
    const { service } = setup();
    const props = service.getDocumentProperties();
    props.setProperty("count", 5 as unknown as string);
    props.setProperties({ flag: true, when: 0 } as unknown as Record<string, string>);
    expect(props.getProperty("count")).toBe("5");
    expect(props.getProperties()).toEqual({ count: "5", flag: "true", when: "0" });
  });

  test("getProperties returns a copy, not a live view (guide: Modifying data)", () => {
    const { service } = setup();
    const props = service.getScriptProperties().setProperty("a", "1");
    const copy = props.getProperties();
    copy.a = "changed";
    copy.b = "new";
    expect(props.getProperties()).toEqual({ a: "1" });
  });

  test("setProperties(map, true) deletes all the other properties", () => {
    const { service } = setup();
    const props = service.getScriptProperties().setProperties({ a: "1", b: "2" });
    props.setProperties({ c: "3" }, true);
    expect(props.getProperties()).toEqual({ c: "3" });
    props.setProperties({ d: "4" });
    expect(props.getKeys().sort()).toEqual(["c", "d"]);
  });

  test("deleteProperty and deleteAllProperties, chainable", () => {
    const { service } = setup();
    const props = service.getUserProperties();
    expect(props.setProperty("a", "1").setProperty("b", "2").deleteProperty("a").getKeys()).toEqual(["b"]);
    expect(props.deleteAllProperties().getKeys()).toEqual([]);
  });

  test("a key must be a non-empty string when writing", () => {
    const { service } = setup();
    expect(() => service.getScriptProperties().setProperty("", "x")).toThrow("Invalid argument: key");
  });
});

describe("the three stores (guide: Comparison of property stores)", () => {
  test("document properties live in the workbook model, so the .xlsx keeps them", () => {
    const { ctx, service } = setup();
    service.getDocumentProperties().setProperty("formId", "F1");
    expect(ctx.workbook.documentProperties).toEqual({ formId: "F1" });
    ctx.workbook.documentProperties.deleted = "by the file";
    expect(service.getDocumentProperties().getProperty("deleted")).toBe("by the file");
  });

  test("document and script properties are shared by all users; user properties are not", () => {
    const { ctx, service } = setup();
    service.getDocumentProperties().setProperty("d", "1");
    service.getScriptProperties().setProperty("s", "1");
    service.getUserProperties().setProperty("u", "teacher's");
    ctx.user = { email: "coordinator@school.example", locale: "ru" };
    expect(service.getDocumentProperties().getProperty("d")).toBe("1");
    expect(service.getScriptProperties().getProperty("s")).toBe("1");
    expect(service.getUserProperties().getProperty("u")).toBeNull();
    service.getUserProperties().setProperty("u", "coordinator's");
    ctx.user = { email: "teacher@school.example", locale: "ru" };
    expect(service.getUserProperties().getProperty("u")).toBe("teacher's");
  });
});

describe("quotas (quotas: 9 KB per value, 500 KB per store)", () => {
  test("a value of exactly 9 KB is stored; one byte more is refused and nothing changes", () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    props.setProperty("big", "x".repeat(9 * 1024));
    expect(props.getProperty("big")).toHaveLength(9216);
    expect(() => props.setProperty("big", "y".repeat(9 * 1024 + 1))).toThrow(
      PROPERTY_VALUE_TOO_LARGE_MESSAGE,
    );
    expect(props.getProperty("big")!.startsWith("x")).toBe(true);
  });

  test("the 9 KB are bytes of UTF-8: 4609 Cyrillic letters (9218 bytes) are too many", () => {
    const { service } = setup();
    expect(() => service.getScriptProperties().setProperty("ru", "ж".repeat(4609))).toThrow(
      PROPERTY_VALUE_TOO_LARGE_MESSAGE,
    );
    expect(() => service.getScriptProperties().setProperty("ru", "ж".repeat(4608))).not.toThrow();
  });

  test("past 500 KB in one store the runtime's quota exception is thrown and the store is unchanged", () => {
    const { service } = setup();
    const props = service.getDocumentProperties();
    const value = "v".repeat(9000);
    for (let i = 0; i < 56; i++) props.setProperty(`k${String(i).padStart(2, "0")}`, value); // 56 × 9003 = 504168 B
    expect(() => props.setProperty("k99", value)).toThrow(PROPERTY_QUOTA_MESSAGE);
    expect(PROPERTY_QUOTA_MESSAGE).toBe(
      "You have exceeded the property storage quota. Please remove some properties and try again.",
    );
    expect(props.getKeys()).toHaveLength(56);
    // Other stores have their own 500 KB.
    expect(() => service.getScriptProperties().setProperty("k99", value)).not.toThrow();
  });

  test("a batch with one value too large writes none of its values", () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    expect(() => props.setProperties({ ok: "1", tooBig: "z".repeat(10000) })).toThrow(
      PROPERTY_VALUE_TOO_LARGE_MESSAGE,
    );
    expect(props.getProperties()).toEqual({});
  });
});

test("every call is counted as Service.method / Properties.method", () => {
  const { ctx, service } = setup();
  const props = service.getDocumentProperties();
  props.setProperty("a", "1");
  props.getProperty("a");
  props.getProperties();
  service.getUserProperties();
  expect(ctx.counter.snapshot()).toEqual({
    "Properties.getProperties": 1,
    "Properties.getProperty": 1,
    "Properties.setProperty": 1,
    "PropertiesService.getDocumentProperties": 1,
    "PropertiesService.getUserProperties": 1,
  });
});
