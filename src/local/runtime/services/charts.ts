import { ChartType } from "../enums";
import { service } from "../kinds";

/** The Charts enum scripts pass to EmbeddedChartBuilder.setChartType. */
export function makeCharts() {
  return service("Charts", { ChartType });
}
