/**
 * One report's record as staff confirm it: the extraction, what staff typed over it, and the record
 * and findings that result.
 */
import { checkRecord } from "../../domain/checks/checkExtraction";
import type { Finding } from "../../domain/checks/finding";
import type { Extraction, Provenance } from "../../domain/record/extraction";
import { type CommuneRecord, type FieldId, FIELD_IDS } from "../../domain/record/fields";
import { parseInput } from "./fieldInput";

export interface ConfirmedRecord {
  /** The extraction with staff's corrections; fields with an invalid entry keep the extracted value. */
  readonly record: CommuneRecord;
  /** Vietnamese message per field whose entry is not acceptable. */
  readonly errors: Partial<Record<FieldId, string>>;
}

export function confirmedRecord(extraction: Extraction, inputs: Partial<Record<FieldId, string>>): ConfirmedRecord {
  const record: CommuneRecord = { ...extraction.fields };
  const errors: Partial<Record<FieldId, string>> = {};
  for (const id of FIELD_IDS) {
    const raw = inputs[id];
    if (raw === undefined) continue;
    const parsed = parseInput(id, raw);
    if (parsed.ok) record[id] = parsed.value;
    else errors[id] = parsed.message;
  }
  if (record.commune === null && errors.commune === undefined) {
    const missing = parseInput("commune", "");
    if (!missing.ok) errors.commune = missing.message;
  }
  return { record, errors };
}

/** The checks on the record as corrected, with the documents and notice date the report cites. */
export function previewFindings(extraction: Extraction, record: CommuneRecord): Finding[] {
  return checkRecord(record, { documents: extraction.documents, noticeDate: extraction.noticeDate });
}

/** Below this confidence the preview flags a figure for staff to compare with its sentence. */
export const LOW_CONFIDENCE = 0.9;

export function hasErrors(confirmed: ConfirmedRecord): boolean {
  return Object.keys(confirmed.errors).length > 0;
}

/**
 * Where each figure of the confirmed record came from: a figure staff changed no longer says what
 * its sentence says, so it keeps no source sentence.
 */
export function confirmedProvenance(extraction: Extraction, record: CommuneRecord): Extraction["provenance"] {
  const kept: Partial<Record<FieldId, Provenance>> = {};
  for (const id of FIELD_IDS) {
    const provenance = extraction.provenance[id];
    if (provenance && record[id] === extraction.fields[id]) kept[id] = provenance;
  }
  return kept;
}

/** True when the extractor found nothing at all: the text is not a commune report. */
export function foundNothing(extraction: Extraction): boolean {
  return FIELD_IDS.every((id) => extraction.fields[id] === null);
}
