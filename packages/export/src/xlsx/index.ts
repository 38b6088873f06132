/**
 * `@remit/export/xlsx`: records as an Excel workbook, one sheet per kind, written with
 * exceljs's streaming writer: the columns of core's CSV layouts, typed cells (numbers,
 * full-day dates, flags), a frozen bold header, autofilter and column widths; and read back
 * sheet by sheet into import entries (`readWorkbook`).
 * @module
 */
export { exportXlsx, writeXlsx, SHEET_NAMES, type XlsxSheet, type XlsxExportOptions } from "./XlsxExport";
export {
  xlsxColumns,
  cellTypeOf,
  typedCell,
  type XlsxColumn,
  type XlsxCellType,
  type XlsxCellValue,
} from "./XlsxColumns";
export { readWorkbook, cellText, type WorkbookReadOptions } from "./WorkbookReader";
