/**
 * A sheet as both back-ends render it: cells (constants or formulas), widths, formats, and for
 * "Số liệu xã" its table, validation and conditional formats. The .xlsx writer renders a whole
 * workbook of these; the adapter renders the add-in's own sheets from the same models.
 */
import type { Cell } from "./cells";
import type { HighlightRule } from "./dataSheet";
import type { Validation } from "./layout";

export interface ChartSpec {
  readonly name: string;
  readonly title: string;
  /** Category labels (commune names) on the same sheet, e.g. "A30:A164". */
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

export interface SheetModel {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly widths: readonly number[];
  /** Number format of each column below the header rows. */
  readonly columnFormats: readonly string[];
  /** Formats of single cells or blocks, applied after the column formats. */
  readonly cellFormats?: readonly { readonly address: string; readonly numberFormat: string }[];
  /** Zero-based rows styled as headers (bold, dark fill); the first is frozen when `freezeHeader`. */
  readonly headerRows: readonly number[];
  readonly freezeHeader: boolean;
  readonly hidden?: boolean;
  /** Present on "Số liệu xã": row 0 is the table header. */
  readonly table?: {
    readonly name: string;
    /** Zero-based columns staff type into (visibly filled). */
    readonly inputColumns: readonly number[];
    readonly validations: readonly { readonly address: string; readonly validation: Validation }[];
    readonly highlights: readonly HighlightRule[];
  };
  readonly charts?: readonly ChartSpec[];
  /** Wrap text in these zero-based columns (long sentences). */
  readonly wrapColumns?: readonly number[];
}
