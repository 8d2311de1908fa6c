/** Embedded charts a script builds on a tab (kept in memory; an .xlsx cannot carry them). */
import { newWorkbook } from "../../../../src/local/runtime/workbook";

test("a chart keeps its type, ranges, options, headers and position as the builder had them at build()", () => {
  const s = newWorkbook().getSheets()[0];
  const builder = s.newChart().setChartType("COLUMN").addRange(s.getRange("A1:A5")).addRange(s.getRange("C1:C5"));
  builder.setOption("title", "月度").setNumHeaders(1).setPosition(2, 4, 0, 0);
  const chart = builder.build();
  builder.setOption("title", "改").setChartType("PIE");
  expect(chart.state.chartType).toBe("COLUMN");
  expect(chart.state.ranges.map((r) => (r as { column: number }).column)).toEqual([1, 3]);
  expect([...chart.state.options]).toEqual([["title", "月度"]]);
  expect([chart.state.numHeaders, chart.state.position]).toEqual([1, { anchorRow: 2, anchorColumn: 4, offsetX: 0, offsetY: 0 }]);
});

test("a chart is a line chart until told otherwise, as Apps Script's builder is", () => {
  const s = newWorkbook().getSheets()[0];
  expect(s.newChart().build().state.chartType).toBe("LINE");
});

test("charts are on the tab only once inserted", () => {
  const s = newWorkbook().getSheets()[0];
  const chart = s.newChart().build();
  expect(s.getCharts()).toEqual([]);
  s.insertChart(chart);
  expect(s.getCharts()).toEqual([chart]);
});
