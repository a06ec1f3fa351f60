/**
 * The standard workbook, declared once as data: its sheets, their columns (header, width,
 * number format, validation) and what each data column holds. The .xlsx writer and the Excel
 * adapter both render this; nothing about the layout is decided in either back-end.
 */
import { type Expr, toExcelArithmetic } from "../expr/expr";
import { FIELDS, type FieldDefinition, type FieldId, fieldDefinition } from "../record/fields";
import { RATIOS, type Ratio } from "../ratios/catalogue";
import { ARITHMETIC_RULES, type ArithmeticRule } from "../checks/rules";

export const SHEETS = {
  data: "Số liệu xã",
  checks: "Kiểm tra",
  sources: "Nguồn",
  summary: "Tổng hợp",
  drafts: "Dự thảo",
  /** Hidden: the values of the last import, to tell staff's hand edits from imported values. */
  imported: "Nhập gần nhất",
} as const;

/** The Excel table on "Số liệu xã" (table names allow no spaces or diacritics). */
export const DATA_TABLE = "SoLieuXa";

export const COLOURS = {
  /** Input cells: staff type here. */
  input: "#FFF2CC",
  header: "#1F4E78",
  headerFont: "#FFFFFF",
  /** Excel's own "Bad" style, for failed checks. */
  badFill: "#FFC7CE",
  badFont: "#9C0006",
  /** Excel's own "Neutral" style, for a figure stated without those needed to check it. */
  infoFill: "#FFEB9C",
  infoFont: "#9C5700",
} as const;

export type Validation =
  | { readonly kind: "whole"; readonly min: number }
  | { readonly kind: "decimal"; readonly min: number; readonly max: number }
  | { readonly kind: "date" };

export interface ColumnSpec {
  readonly header: string;
  /** In characters, as Excel measures column widths. */
  readonly width: number;
  readonly numberFormat: string;
}

interface DataColumnBase extends ColumnSpec {
  /** Stable identity: the field id, "ratio:<id>" or "flag:<rule id>". */
  readonly key: string;
}

export type DataColumn =
  | (DataColumnBase & { readonly role: "field"; readonly field: FieldDefinition; readonly validation?: Validation })
  | (DataColumnBase & { readonly role: "ratio"; readonly ratio: Ratio })
  | (DataColumnBase & { readonly role: "flag"; readonly rule: ArithmeticRule });

export const NUMBER_FORMATS = {
  text: "@",
  count: "#,##0",
  percent: "0.0#",
  date: "dd/mm/yyyy",
  ratio: "0.0%",
  flag: "General",
} as const;

/** Validation messages, shown by Excel when staff type something the column cannot hold. */
export const VALIDATION_MESSAGES: Record<Validation["kind"], string> = {
  whole: "Nhập số nguyên không âm (ví dụ 350).",
  decimal: "Nhập tỷ lệ phần trăm như báo cáo nêu, từ 0 đến 1000 (ví dụ 63,5).",
  date: "Nhập ngày theo dạng ngày/tháng/năm (ví dụ 15/12/2025).",
};

function fieldColumn(field: FieldDefinition): DataColumn {
  const width = Math.min(Math.max(field.label.length * 0.9 + 2, 11), 26);
  switch (field.kind) {
    case "text":
      return { key: field.id, role: "field", field, header: field.label, width: 22, numberFormat: NUMBER_FORMATS.text };
    case "date":
      return {
        key: field.id,
        role: "field",
        field,
        header: field.label,
        width: 12,
        numberFormat: NUMBER_FORMATS.date,
        validation: { kind: "date" },
      };
    case "count":
      return {
        key: field.id,
        role: "field",
        field,
        header: field.label,
        width,
        numberFormat: NUMBER_FORMATS.count,
        validation: { kind: "whole", min: 0 },
      };
    case "percent":
      return {
        key: field.id,
        role: "field",
        field,
        header: field.label,
        width,
        numberFormat: NUMBER_FORMATS.percent,
        validation: { kind: "decimal", min: 0, max: 1000 },
      };
  }
}

/** A rule's comparison in words over column headers, e.g. "Tiếp nhận trực tuyến > Hồ sơ tiếp nhận". */
function ruleHeader(rule: ArithmeticRule): string {
  const reading = rule.readings[0];
  if (!reading) throw new Error(`rule ${rule.id} has no reading`);
  const words = (expr: Expr): string =>
    toExcelArithmetic(expr, (id) => `[${fieldDefinition(id).label}]`)
      .replace(/\*/g, " × ")
      .replace(/\//g, " / ")
      .replace(/\+/g, " + ")
      .replace(/(?<=[\])\d])-/g, " − ");
  // The column is TRUE when the rule fails, so its header states the failure.
  const broken = reading.relation === "=" ? "≠" : ">";
  return `Lệch: ${words(reading.left)} ${broken} ${words(reading.right)}`;
}

export const DATA_COLUMNS: readonly DataColumn[] = [
  ...FIELDS.map(fieldColumn),
  ...RATIOS.map((ratio): DataColumn => ({
    key: `ratio:${ratio.id}`,
    role: "ratio",
    ratio,
    header: ratio.label,
    width: 14,
    numberFormat: NUMBER_FORMATS.ratio,
  })),
  ...ARITHMETIC_RULES.map((rule): DataColumn => ({
    key: `flag:${rule.id}`,
    role: "flag",
    rule,
    header: ruleHeader(rule),
    width: 16,
    numberFormat: NUMBER_FORMATS.flag,
  })),
];

export function dataColumn(key: string): DataColumn {
  const column = DATA_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`no data column ${key}`);
  return column;
}

/** How headers are compared: staff may change case or spacing, not words. */
export function headerKey(text: unknown): string {
  return String(text ?? "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("vi");
}

/** The columns of the add-in's own sheets, in order. */
export const CHECK_COLUMNS: readonly ColumnSpec[] = [
  { header: "Xã, phường", width: 20, numberFormat: "@" },
  { header: "Kỳ báo cáo", width: 24, numberFormat: "@" },
  { header: "Mức độ", width: 11, numberFormat: "@" },
  { header: "Loại", width: 22, numberFormat: "@" },
  { header: "Nội dung", width: 80, numberFormat: "@" },
  { header: "Gợi ý", width: 60, numberFormat: "@" },
  { header: "Trường số liệu", width: 40, numberFormat: "@" },
];

export const SOURCE_COLUMNS: readonly ColumnSpec[] = [
  { header: "Xã, phường", width: 20, numberFormat: "@" },
  { header: "Kỳ báo cáo", width: 24, numberFormat: "@" },
  { header: "Trường số liệu", width: 30, numberFormat: "@" },
  { header: "Giá trị", width: 12, numberFormat: "General" },
  { header: "Câu nguồn", width: 90, numberFormat: "@" },
  { header: "Tệp", width: 28, numberFormat: "@" },
  { header: "Vị trí (ký tự)", width: 12, numberFormat: "#,##0" },
  { header: "Độ tin cậy", width: 11, numberFormat: "0%" },
];

/**
 * What "Nguồn" lists besides the figures, in its "Trường số liệu" column: each document the report
 * cites, and the notice's own date, kept so that "Tính lại" can check numbering and dates again.
 */
export const SOURCE_ROW_LABELS = {
  document: "Văn bản viện dẫn",
  noticeDate: "Ngày ban hành thông báo",
} as const;

/** Kept across "Tính lại": the paragraphs staff added ("+mã") or removed ("-mã") for the commune. */
export const DRAFT_SELECTION_HEADER = "Lựa chọn của cán bộ";

export const DRAFT_COLUMNS: readonly ColumnSpec[] = [
  { header: "Xã, phường", width: 20, numberFormat: "@" },
  { header: "Kỳ báo cáo", width: 24, numberFormat: "@" },
  { header: "Dự thảo kiến nghị", width: 110, numberFormat: "@" },
  { header: "Lưu ý cho cán bộ", width: 60, numberFormat: "@" },
  { header: DRAFT_SELECTION_HEADER, width: 34, numberFormat: "@" },
];

/** The column of "Nhập gần nhất" that records staff's "giữ": the report's figures they chose not to take. */
export const KEPT_HEADER = "Số liệu báo cáo cán bộ không lấy";

/** The hidden sheet of last imported values: the record fields in their standard order, then staff's "giữ". */
export const IMPORTED_COLUMNS: readonly ColumnSpec[] = [
  ...FIELDS.map((f) => {
    const column = fieldColumn(f);
    return { header: column.header, width: column.width, numberFormat: column.numberFormat };
  }),
  { header: KEPT_HEADER, width: 40, numberFormat: "@" },
];

export function fieldIdsOf(columns: readonly DataColumn[]): FieldId[] {
  return columns.flatMap((c) => (c.role === "field" ? [c.field.id] : []));
}
