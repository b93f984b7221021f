// Conformance of the emulated HtmlService and HtmlOutput.
// Docs: https://developers.google.com/apps-script/reference/html/html-service
//       https://developers.google.com/apps-script/reference/html/html-output
// Missing-file message as the runtime throws it: https://github.com/RayBB/easy-gmail-scheduler/issues/4

import { createHtmlService, HtmlOutputEmu } from "../../../emulator/services";
import { makeContext } from "./make-context";

const setup = () => {
  const ctx = makeContext({ html: { help: "<p>Справка</p>" } });
  return { ctx, HtmlService: createHtmlService(ctx) };
};

test("createHtmlOutputFromFile reads the built file, with or without .html", () => {
  const { HtmlService } = setup();
  expect(HtmlService.createHtmlOutputFromFile("help").getContent()).toBe("<p>Справка</p>");
  expect(HtmlService.createHtmlOutputFromFile("help.html").getContent()).toBe("<p>Справка</p>");
});

test("a missing file fails with 'No HTML file named X was found.'", () => {
  const { HtmlService } = setup();
  let error: Error | undefined;
  try {
    HtmlService.createHtmlOutputFromFile("sidebar");
  } catch (e) {
    error = e as Error;
  }
  expect(error?.message).toBe("No HTML file named sidebar was found.");
  expect(error?.name).toBe("Exception");
});

test("createHtmlOutput with and without content", () => {
  const { HtmlService } = setup();
  expect(HtmlService.createHtmlOutput().getContent()).toBe("");
  expect(HtmlService.createHtmlOutput("<b>Hello, world!</b>").getContent()).toBe("<b>Hello, world!</b>");
});

test("setters chain, and the getters return what was set (html-output#setTitle, #setWidth, #setHeight)", () => {
  const { HtmlService } = setup();
  const out = HtmlService.createHtmlOutputFromFile("help")
    .setTitle("Справка")
    .setWidth(520)
    .setHeight(420)
    .setSandboxMode(HtmlService.SandboxMode.IFRAME as unknown as GoogleAppsScript.HTML.SandboxMode)
    .setXFrameOptionsMode(
      HtmlService.XFrameOptionsMode.ALLOWALL as unknown as GoogleAppsScript.HTML.XFrameOptionsMode,
    )
    .addMetaTag("viewport", "width=device-width, initial-scale=1");
  expect(out).toBeInstanceOf(HtmlOutputEmu);
  expect(out.getTitle()).toBe("Справка");
  expect(out.getWidth()).toBe(520);
  expect(out.getHeight()).toBe(420);
  expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([
    ["viewport", "width=device-width, initial-scale=1"],
  ]);
});

test("inspect() gives the Ui emulator title, content and size without counting calls", () => {
  const { ctx, HtmlService } = setup();
  const out = HtmlService.createHtmlOutputFromFile("help").setTitle("Справка").setWidth(300);
  const before = ctx.counter.totalCalls;
  const model = out.inspect();
  expect(model).toMatchObject({ title: "Справка", content: "<p>Справка</p>", width: 300 });
  expect(model.height).toBeUndefined();
  expect(ctx.counter.totalCalls).toBe(before);
});

test("append adds trusted content; appendUntrusted escapes it; clear and setContent replace it", () => {
  const { HtmlService } = setup();
  const out = HtmlService.createHtmlOutput("<p>").append("<b>x</b>").appendUntrusted("<script>1</script>");
  expect(out.getContent()).toBe("<p><b>x</b>&#60;script&#62;1&#60;/script&#62;");
  expect(out.clear().getContent()).toBe("");
  expect(out.setContent("new").getContent()).toBe("new");
});

test("only the documented meta tags are accepted (html-output#addMetaTag)", () => {
  const { HtmlService } = setup();
  expect(() => HtmlService.createHtmlOutput().addMetaTag("refresh", "5")).toThrow(/not allowed/);
});

test("sizes must be integers", () => {
  const { HtmlService } = setup();
  expect(() => HtmlService.createHtmlOutput().setWidth("300px" as unknown as number)).toThrow(
    "The parameters (String) don't match the method signature for HtmlOutput.setWidth.",
  );
});

test("every call is counted", () => {
  const { ctx, HtmlService } = setup();
  HtmlService.createHtmlOutputFromFile("help").setWidth(520).setHeight(420);
  expect(ctx.counter.snapshot()).toEqual({
    "HtmlOutput.setHeight": 1,
    "HtmlOutput.setWidth": 1,
    "HtmlService.createHtmlOutputFromFile": 1,
  });
});
