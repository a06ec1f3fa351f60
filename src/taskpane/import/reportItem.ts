/**
 * One report's record as staff confirm it: the extraction, what staff typed over it, and the record
 * and findings that result.
 */
import { checkExtraction } from "../../domain/checks/checkExtraction";
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

/**
 * The checks on the record as corrected, as on a fresh extraction (cited documents, figures the
 * report gives twice, figures read with low confidence); a figure staff corrected is no longer
 * the report's reading, so it is checked as certain.
 */
export function previewFindings(extraction: Extraction, record: CommuneRecord): Finding[] {
  return checkExtraction({ ...extraction, fields: record, provenance: confirmedProvenance(extraction, record) });
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
