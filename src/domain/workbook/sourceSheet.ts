/**
 * "Nguồn": for every imported figure, the sentence it came from (for a table figure, its place
 * in the table, then the row) and the file; then the report's citations.
 */
import type { Provenance } from "../record/extraction";
import { type CommuneRecord, FIELDS, type FieldId } from "../record/fields";
import type { Cell } from "./cells";
import { formatDate } from "../format/vietnamese";
import { type ReportCitations, citationRows } from "./citations";
import { communeName, identityOf, periodLabel } from "./identity";
import { SOURCE_COLUMNS } from "./layout";

/** A report as written to the workbook: its figures, their sources, and the documents and notice date it cites. */
export interface ImportedReport extends ReportCitations {
  readonly record: CommuneRecord;
  readonly provenance: Partial<Record<FieldId, Provenance>>;
  /** The file the report was read from. */
  readonly source: string;
}

export const SOURCE_HEADER: readonly string[] = SOURCE_COLUMNS.map((c) => c.header);

/** The rows of one report, in field order (figures without a provenance are not listed), then its citations. */
export function sourceRows(report: ImportedReport): Cell[][] {
  const figures = FIELDS.flatMap((field) => {
    const provenance = report.provenance[field.id];
    const value = report.record[field.id];
    if (!provenance || value === null) return [];
    return [
      [
        communeName(report.record),
        periodLabel(report.record),
        field.label,
        typeof value === "string" && field.kind === "date" ? formatDate(value) : value,
        provenance.location === undefined ? provenance.text : `${provenance.location}: ${provenance.text}`,
        report.source,
        provenance.index,
        provenance.confidence,
      ],
    ];
  });
  return [...figures, ...citationRows(identityOf(report.record), report, report.source)];
}
