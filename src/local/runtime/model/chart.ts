import { tag, unwrap } from "../kinds";

/** A chart's data range (a ChartRange), compared by its sheet and its A1 notation. */
export interface ChartRange {
  readonly sheet: object;
  getA1Notation(): string;
}

interface Position {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** Where a chart sits on the grid. */
export class LocalContainerInfo {
  constructor(private readonly p: Position) {}
  getAnchorColumn(): number {
    return this.p.anchorColumn;
  }
}
tag(LocalContainerInfo, "ContainerInfo");

export class LocalChartOptions {
  constructor(private readonly options: Map<string, unknown>) {}
  get(option: string): unknown {
    return this.options.has(option) ? this.options.get(option) : null;
  }
}
tag(LocalChartOptions, "ChartOptions");

interface ChartState {
  chartType: string;
  ranges: ChartRange[];
  options: Map<string, unknown>;
  position: Position;
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
}

function copyState(s: ChartState): ChartState {
  return { ...s, ranges: s.ranges.slice(), options: new Map(s.options), position: { ...s.position } };
}

/**
 * Charts live in memory only (exceljs cannot write them). The typed builders
 * (asColumnChart()…) are this same builder; their setters become options, as
 * Apps Script itself stores them.
 */
export class EmbeddedChartBuilder {
  state: ChartState;

  constructor(
    readonly sheet: object,
    state?: ChartState,
    readonly chartId: number | null = null,
  ) {
    this.state = state
      ? copyState(state)
      : {
          chartType: "LINE",
          ranges: [],
          options: new Map(),
          position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
          numHeaders: -1,
          transpose: false,
          mergeStrategy: "MERGE_COLUMNS",
          hiddenDimensionStrategy: "IGNORE_BOTH",
        };
  }

  addRange(range: ChartRange): this {
    this.state.ranges.push(unwrap(range));
    return this;
  }
  getRanges(): ChartRange[] {
    return this.state.ranges.slice();
  }
  setChartType(type: string): this {
    this.state.chartType = String(type);
    return this;
  }
  getChartType(): string {
    return this.state.chartType;
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
    return new LocalEmbeddedChart(this.sheet, copyState(this.state), this.chartId);
  }
}

const TYPED_BUILDERS = {
  asAreaChart: "AREA",
  asBarChart: "BAR",
  asColumnChart: "COLUMN",
  asComboChart: "COMBO",
  asHistogramChart: "HISTOGRAM",
  asLineChart: "LINE",
  asPieChart: "PIE",
  asScatterChart: "SCATTER",
  asTableChart: "TABLE",
} as const;
/** Typed-builder setters and the chart option each one writes. */
const OPTION_SETTERS = {
  setTitle: "title",
  setTitleTextStyle: "titleTextStyle",
  setXAxisTitle: "hAxis.title",
  setYAxisTitle: "vAxis.title",
  setXAxisTextStyle: "hAxis.textStyle",
  setYAxisTextStyle: "vAxis.textStyle",
  setXAxisTitleTextStyle: "hAxis.titleTextStyle",
  setYAxisTitleTextStyle: "vAxis.titleTextStyle",
  setLegendPosition: "legend.position",
  setLegendTextStyle: "legend.textStyle",
  setColors: "colors",
  setBackgroundColor: "backgroundColor",
  setPointStyle: "pointStyle",
  setBarTextStyle: "bar.textStyle",
  setCurveStyle: "curveType",
  setInitialSortingAscending: "sortAscending",
  setInitialSortingDescending: "sortAscending",
  enablePaging: "page",
  enableSorting: "sort",
  showRowNumberColumn: "showRowNumber",
  setSliceVisibilityThreshold: "sliceVisibilityThreshold",
} as const;
const FLAG_SETTERS = {
  setStacked: "isStacked",
  set3D: "is3D",
  reverseCategories: "reverseCategories",
  useLogScale: "vAxis.logScale",
  reverseDirection: "reverseDirection",
} as const;
for (const [method, type] of Object.entries(TYPED_BUILDERS)) {
  Object.defineProperty(EmbeddedChartBuilder.prototype, method, {
    value(this: EmbeddedChartBuilder) {
      return this.setChartType(type);
    },
    writable: true,
    configurable: true,
  });
}
for (const [method, option] of Object.entries(OPTION_SETTERS)) {
  Object.defineProperty(EmbeddedChartBuilder.prototype, method, {
    value(this: EmbeddedChartBuilder, value: unknown) {
      return this.setOption(option, value);
    },
    writable: true,
    configurable: true,
  });
}
for (const [method, option] of Object.entries(FLAG_SETTERS)) {
  Object.defineProperty(EmbeddedChartBuilder.prototype, method, {
    value(this: EmbeddedChartBuilder, value?: unknown) {
      return this.setOption(option, value === undefined ? true : value);
    },
    writable: true,
    configurable: true,
  });
}
Object.defineProperty(EmbeddedChartBuilder.prototype, "setRange", {
  value(this: EmbeddedChartBuilder, start: number, end: number) {
    return this.setOption("vAxis.viewWindow.min", start).setOption("vAxis.viewWindow.max", end);
  },
  writable: true,
  configurable: true,
});
tag(EmbeddedChartBuilder, "EmbeddedChartBuilder");

export interface EmbeddedChartBuilder
  extends Record<keyof typeof TYPED_BUILDERS | keyof typeof OPTION_SETTERS | keyof typeof FLAG_SETTERS, (...args: unknown[]) => EmbeddedChartBuilder> {}

export class LocalEmbeddedChart {
  constructor(
    readonly sheet: object,
    readonly state: ChartState,
    public chartId: number | null,
  ) {}

  getChartId(): number | null {
    return this.chartId;
  }
  getRanges(): ChartRange[] {
    return this.state.ranges.slice();
  }
  getOptions(): LocalChartOptions {
    return new LocalChartOptions(new Map(this.state.options));
  }
  getContainerInfo(): LocalContainerInfo {
    return new LocalContainerInfo({ ...this.state.position });
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.sheet, this.state, this.chartId);
  }
}
tag(LocalEmbeddedChart, "EmbeddedChart");
