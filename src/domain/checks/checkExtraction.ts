/** Entry points for the checks: on a fresh extraction (with its documents) or on a record read back from a sheet. */
import { CONFIDENT, type Extraction } from "../record/extraction";
import { FIELD_IDS, type CommuneRecord } from "../record/fields";
import { disagreementFindings } from "./disagreements";
import type { Finding } from "./finding";
import { type CheckContext, findingsOf, runRules } from "./run";

export type { CheckContext } from "./run";

/** The findings on one record; documents and the notice date, when known, enable the numbering and date rules. */
export function checkRecord(record: CommuneRecord, context: CheckContext = {}): Finding[] {
  return findingsOf(runRules(record, context));
}

/** Also the findings only the report itself can show: figures it gives twice, differently. */
export function checkExtraction(extraction: Extraction): Finding[] {
  const uncertain = FIELD_IDS.filter((id) => (extraction.provenance[id]?.confidence ?? 1) < CONFIDENT);
  return [
    ...checkRecord(extraction.fields, { documents: extraction.documents, noticeDate: extraction.noticeDate, uncertain }),
    ...disagreementFindings(extraction),
  ];
}
