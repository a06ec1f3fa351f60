/**
 * An .xlsx (a biểu số liệu sent with a report) → blocks, sheet by sheet, through exceljs
 * (loaded only when an .xlsx is opened). Each cell is read as Excel shows it: a formula by its
 * last computed result, a percentage format as a percentage ("99,15%"), a number the Vietnamese
 * way ("1.214"). A merged cell's text stands in every cell it covers. On a sheet, a row holding
 * one text (a title, a heading, a note, a merged line) is a line of text; runs of rows with
 * several cells are tables; an empty row ends either.
 */
import type { Cell, CellValue, Workbook, Worksheet } from "exceljs";
import type { Block } from "../domain/document/reportDocument";
import { formatDate, formatDecimal } from "../domain/format/vietnamese";
import { failure, readerUnavailable, type ReadResult } from "./readResult";

type ExcelJs = typeof import("exceljs");

function excelJsOf(module: unknown): ExcelJs {
  return ((module as { default?: ExcelJs }).default ?? module) as ExcelJs;
}

function numberText(value: number, format: string | undefined): string {
  if (format?.includes("%")) return `${formatDecimal(value * 100, 2)}%`;
  return formatDecimal(value, 4);
}

function valueText(value: CellValue, format: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberText(value, format);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return "";
  if (value instanceof Date) return formatDate(value.toISOString().slice(0, 10));
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    return typeof result === "number" || typeof result === "string" ? valueText(result, format) : "";
  }
  if ("text" in value) return String((value as { text: unknown }).text);
  return "";
}

function cellText(cell: Cell): string {
  const source = cell.isMerged ? cell.master : cell;
  return valueText(source.value, source.numFmt).replace(/\r\n?/g, "\n").trim();
}

function sheetBlocks(sheet: Worksheet): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let grid: string[][] = [];
  const flushLines = (): void => {
    if (lines.length > 0) blocks.push({ kind: "text", text: lines.join("\n") });
    lines = [];
  };
  const flushGrid = (): void => {
    const used = Array.from({ length: Math.max(0, ...grid.map((row) => row.length)) }, (_, c) => c).filter((c) =>
      grid.some((row) => (row[c] ?? "") !== ""),
    );
    if (grid.length > 0) blocks.push({ kind: "table", rows: grid.map((row) => used.map((c) => row[c] ?? "")), sheet: sheet.name });
    grid = [];
  };
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const texts = Array.from({ length: sheet.columnCount }, (_, c) => cellText(row.getCell(c + 1)));
    const distinct = new Set(texts.filter((text) => text !== ""));
    if (distinct.size === 0) {
      flushLines();
      flushGrid();
    } else if (distinct.size === 1) {
      flushGrid();
      lines.push([...distinct][0] as string);
    } else {
      flushLines();
      grid.push(texts);
    }
  }
  flushLines();
  flushGrid();
  return blocks;
}

export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  let ExcelJS: ExcelJs;
  try {
    ExcelJS = excelJsOf(await import("exceljs"));
  } catch (error) {
    return readerUnavailable(fileName, "Excel", error);
  }
  let workbook: Workbook;
  try {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    return failure(
      "corrupt-xlsx",
      `Tệp "${fileName}" không phải tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng; đề nghị mở và lưu lại tệp bằng Excel rồi thực hiện lại.`,
      error,
    );
  }
  const blocks = workbook.worksheets.filter((sheet) => sheet.state === "visible").flatMap(sheetBlocks);
  if (blocks.length === 0) return failure("empty", `Tệp "${fileName}" không có số liệu.`);
  return { ok: true, format: "xlsx", document: { blocks } };
}
