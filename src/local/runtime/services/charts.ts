import { ChartCurveStyle, ChartHiddenDimensionStrategy, ChartLegendPosition, ChartMergeStrategy, ChartType } from "../enums";
import { service } from "../kinds";

/** The Charts enums scripts pass to EmbeddedChartBuilder. */
export function makeCharts() {
  return service("Charts", {
    ChartType,
    Position: ChartLegendPosition,
    CurveStyle: ChartCurveStyle,
    ChartMergeStrategy,
    ChartHiddenDimensionStrategy,
    PointStyle: Object.freeze({ NONE: "NONE", TINY: "TINY", MEDIUM: "MEDIUM", LARGE: "LARGE", HUGE: "HUGE" }),
    Orientation: Object.freeze({ HORIZONTAL: "HORIZONTAL", VERTICAL: "VERTICAL" }),
  });
}
