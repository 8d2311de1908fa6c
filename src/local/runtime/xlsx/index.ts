export { loadXlsx } from "./load";
export { saveXlsx, xlsxBuffer } from "./save";
