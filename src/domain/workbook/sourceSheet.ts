/** "Nguồn": for every imported figure, the sentence it came from and the file. */
import type { Provenance } from "../record/extraction";
import { type CommuneRecord, FIELDS, type FieldId } from "../record/fields";
import type { Cell } from "./cells";
import { formatDate } from "../format/vietnamese";
import { communeName, periodLabel } from "./identity";
import { SOURCE_COLUMNS } from "./layout";

export interface ImportedReport {
  readonly record: CommuneRecord;
  readonly provenance: Partial<Record<FieldId, Provenance>>;
  /** The file the report was read from. */
  readonly source: string;
}

export const SOURCE_HEADER: readonly string[] = SOURCE_COLUMNS.map((c) => c.header);

/** The rows of one report, in field order; figures without a provenance are not listed. */
export function sourceRows(report: ImportedReport): Cell[][] {
  return FIELDS.flatMap((field) => {
    const provenance = report.provenance[field.id];
    const value = report.record[field.id];
    if (!provenance || value === null) return [];
    return [
      [
        communeName(report.record),
        periodLabel(report.record),
        field.label,
        typeof value === "string" && field.kind === "date" ? formatDate(value) : value,
        provenance.text,
        report.source,
        provenance.index,
        provenance.confidence,
      ],
    ];
  });
}
