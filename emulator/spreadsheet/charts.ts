// Embedded charts as recorded specs (ChartModel): the builder, the built chart, and the sheet's chart operations.

import type { ChartModel, SheetModel } from "../model";
import { nextId } from "../model";
import { quoteSheetName } from "./a1";
import type { Doc } from "./doc";
import { ChartType, member } from "./enums";
import { badArgs, fail, MSG } from "./errors";
import {
  asGas,
  type GasChart,
  type GasChartBuilder,
  type GasChartOptions,
  type GasContainerInfo,
  type GasRange,
} from "./types";

type ChartTypeEnum = GoogleAppsScript.Charts.ChartType;

/** A chart being described; `id` is set once it was inserted (modify() keeps it, for updateChart). */
interface Spec extends Omit<ChartModel, "id"> {
  id: number | null;
  offsetX: number;
  offsetY: number;
}

function copySpec(s: Spec): Spec {
  return { ...s, ranges: [...s.ranges], options: { ...s.options } };
}

export function specOf(model: ChartModel): Spec {
  return { ...model, ranges: [...model.ranges], options: { ...model.options }, offsetX: 0, offsetY: 0 };
}

/** An A1 range of a chart: plain on its own sheet, with the sheet name when it is on another. */
function chartA1(range: { sheetModel: SheetModel; a1: string }, sheet: SheetModel): string {
  return range.sheetModel === sheet ? range.a1 : `${quoteSheetName(range.sheetModel.name)}!${range.a1}`;
}

function rangesOf(doc: Doc, spec: Spec, sheet: SheetModel): GasRange[] {
  return spec.ranges.map((a1) => {
    const { sheet: s, r, c, nr, nc } = doc.resolveA1(a1, sheet);
    return doc.range(s, r, c, nr, nc);
  });
}

export class EmuChartBuilder
  implements
    Pick<
      GasChartBuilder,
      | "addRange"
      | "build"
      | "clearRanges"
      | "getChartType"
      | "getRanges"
      | "removeRange"
      | "setChartType"
      | "setOption"
      | "setPosition"
    >
{
  constructor(
    private readonly doc: Doc,
    private readonly sheet: SheetModel,
    private readonly spec: Spec,
  ) {}

  private hit(method: string): GasChartBuilder {
    this.doc.hit(`EmbeddedChartBuilder.${method}`);
    return asGas(this);
  }

  addRange(range: GasRange): GasChartBuilder {
    const self = this.hit("addRange");
    this.spec.ranges.push(
      chartA1(this.doc.asRange(range, "EmbeddedChartBuilder.addRange", [range]), this.sheet),
    );
    return self;
  }
  removeRange(range: GasRange): GasChartBuilder {
    const self = this.hit("removeRange");
    const a1 = chartA1(this.doc.asRange(range, "EmbeddedChartBuilder.removeRange", [range]), this.sheet);
    this.spec.ranges = this.spec.ranges.filter((r) => r !== a1);
    return self;
  }
  clearRanges(): GasChartBuilder {
    const self = this.hit("clearRanges");
    this.spec.ranges = [];
    return self;
  }
  getRanges(): GasRange[] {
    this.hit("getRanges");
    return rangesOf(this.doc, this.spec, this.sheet);
  }
  setChartType(type: ChartTypeEnum): GasChartBuilder {
    const self = this.hit("setChartType");
    this.spec.type = member(ChartType, type) ?? badArgs("EmbeddedChartBuilder.setChartType", [type]);
    return self;
  }
  getChartType(): ChartTypeEnum {
    this.hit("getChartType");
    return this.spec.type as unknown as ChartTypeEnum;
  }
  setOption(option: string, value: unknown): GasChartBuilder {
    const self = this.hit("setOption");
    if (typeof option !== "string") badArgs("EmbeddedChartBuilder.setOption", [option, value]);
    this.spec.options[option] = value;
    return self;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasChartBuilder {
    const self = this.hit("setPosition");
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every((x) => typeof x === "number")) badArgs("EmbeddedChartBuilder.setPosition", args);
    Object.assign(this.spec, { row: anchorRowPos, column: anchorColPos, offsetX, offsetY });
    return self;
  }
  build(): GasChart {
    this.hit("build");
    return asGas(new EmuChart(this.doc, this.sheet, copySpec(this.spec)));
  }
}

export class EmuChart
  implements Pick<GasChart, "getChartId" | "getContainerInfo" | "getOptions" | "getRanges" | "modify">
{
  constructor(
    private readonly doc: Doc,
    readonly sheet: SheetModel,
    readonly spec: Spec,
  ) {}

  getChartId(): number | null {
    this.doc.hit("EmbeddedChart.getChartId");
    return this.spec.id;
  }
  getRanges(): GasRange[] {
    this.doc.hit("EmbeddedChart.getRanges");
    return rangesOf(this.doc, this.spec, this.sheet);
  }
  getOptions(): GasChartOptions {
    this.doc.hit("EmbeddedChart.getOptions");
    const options = { ...this.spec.options };
    return asGas({
      get: (option: string) => {
        this.doc.hit("ChartOptions.get");
        return options[option] ?? null;
      },
      getOrDefault: (option: string) => {
        this.doc.hit("ChartOptions.getOrDefault");
        return options[option] ?? null;
      },
    });
  }
  getContainerInfo(): GasContainerInfo {
    this.doc.hit("EmbeddedChart.getContainerInfo");
    const { row, column, offsetX, offsetY } = this.spec;
    const get = (name: string, v: number) => () => {
      this.doc.hit(`ContainerInfo.${name}`);
      return v;
    };
    return asGas({
      getAnchorRow: get("getAnchorRow", row),
      getAnchorColumn: get("getAnchorColumn", column),
      getOffsetX: get("getOffsetX", offsetX),
      getOffsetY: get("getOffsetY", offsetY),
    });
  }
  modify(): GasChartBuilder {
    this.doc.hit("EmbeddedChart.modify");
    return asGas(new EmuChartBuilder(this.doc, this.sheet, copySpec(this.spec)));
  }
}

/** Sheet.newChart(): a column chart anchored at A1 until told otherwise. */
export function newChartBuilder(doc: Doc, sheet: SheetModel): GasChartBuilder {
  const spec: Spec = {
    id: null,
    type: "COLUMN",
    ranges: [],
    row: 1,
    column: 1,
    options: {},
    offsetX: 0,
    offsetY: 0,
  };
  return asGas(new EmuChartBuilder(doc, sheet, spec));
}

function asChart(x: unknown, method: string): EmuChart {
  if (x instanceof EmuChart) return x;
  return badArgs(method, [x]);
}

/** Sheet.insertChart: records the spec as a ChartModel with a fresh id. */
export function insertChart(doc: Doc, sheet: SheetModel, chart: unknown): void {
  const c = asChart(chart, "Sheet.insertChart");
  const id = nextId(doc.wb);
  sheet.charts.push({
    id,
    type: c.spec.type,
    ranges: [...c.spec.ranges],
    row: c.spec.row,
    column: c.spec.column,
    options: { ...c.spec.options },
  });
  c.spec.id = id;
}

/** Sheet.updateChart: a chart from modify().build() replaces the recorded one with its id. */
export function updateChart(sheet: SheetModel, chart: unknown): void {
  const c = asChart(chart, "Sheet.updateChart");
  const model = sheet.charts.find((m) => m.id === c.spec.id) ?? fail(MSG.deletedObject("chart"));
  Object.assign(model, {
    type: c.spec.type,
    ranges: [...c.spec.ranges],
    row: c.spec.row,
    column: c.spec.column,
    options: { ...c.spec.options },
  });
}

export function removeChart(sheet: SheetModel, chart: unknown): void {
  const c = asChart(chart, "Sheet.removeChart");
  const at = sheet.charts.findIndex((m) => m.id === c.spec.id);
  if (at < 0) fail(MSG.deletedObject("chart"));
  sheet.charts.splice(at, 1);
}

export function chartsOf(doc: Doc, sheet: SheetModel): GasChart[] {
  return sheet.charts.map((m) => asGas<GasChart>(new EmuChart(doc, sheet, specOf(m))));
}
