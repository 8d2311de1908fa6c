import { tag, unwrap } from "../kinds";

interface Position {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** What a chart is made of; Sheet.getCharts() hands the built charts back. */
export interface ChartState {
  chartType: string;
  /** The ranges given to addRange, in order. */
  ranges: object[];
  options: Map<string, unknown>;
  position: Position;
  numHeaders: number;
}

function copyState(s: ChartState): ChartState {
  return { ...s, ranges: s.ranges.slice(), options: new Map(s.options), position: { ...s.position } };
}

/**
 * Sheet.newChart(). Charts live in memory only (exceljs cannot write them), so a saved workbook
 * has none. Each build() is a snapshot: changing the builder afterwards does not change it.
 */
export class EmbeddedChartBuilder {
  private readonly state: ChartState = {
    chartType: "LINE",
    ranges: [],
    options: new Map(),
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
  };

  constructor(readonly sheet: object) {}

  addRange(range: object): this {
    this.state.ranges.push(unwrap(range));
    return this;
  }
  setChartType(type: string): this {
    this.state.chartType = String(type);
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.state.options.set(option, value);
    return this;
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.state.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }
  setNumHeaders(headers: number): this {
    this.state.numHeaders = headers;
    return this;
  }
  build(): LocalEmbeddedChart {
    return new LocalEmbeddedChart(this.sheet, copyState(this.state));
  }
}
tag(EmbeddedChartBuilder, "EmbeddedChartBuilder");

export class LocalEmbeddedChart {
  constructor(
    readonly sheet: object,
    readonly state: ChartState,
  ) {}
}
tag(LocalEmbeddedChart, "EmbeddedChart");
