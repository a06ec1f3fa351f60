/**
 * What staff must look at in one report before writing it: the figures whose entry is not acceptable,
 * that a check involves, that the extractor was unsure of, or that the report does not state. Pure, so
 * the review renders it and the tests check it without a browser.
 */
import type { Finding, Severity } from "../../domain/checks/finding";
import type { Extraction } from "../../domain/record/extraction";
import { FIELD_IDS, type FieldId } from "../../domain/record/fields";
import { type ConfirmedRecord, LOW_CONFIDENCE, confirmedRecord, previewFindings } from "./reportItem";

export type ReviewReason =
  | { readonly kind: "invalid" }
  | { readonly kind: "finding"; readonly severity: Severity }
  | { readonly kind: "low-confidence"; readonly confidence: number }
  | { readonly kind: "missing" };

export interface FigureToReview {
  readonly field: FieldId;
  readonly reasons: readonly ReviewReason[];
}

export interface Review {
  readonly confirmed: ConfirmedRecord;
  readonly findings: readonly Finding[];
  /** The figures to look at, those a check or the entry concerns first, then the unsure, then the missing. */
  readonly toReview: readonly FigureToReview[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { lỗi: 0, "cảnh báo": 1, "thông tin": 2 };

/** Sort key: entry errors, then a check's findings by severity, then the unsure figures, then the missing. */
function rank(reasons: readonly ReviewReason[]): number {
  return Math.min(
    ...reasons.map((r) =>
      r.kind === "invalid" ? 0 : r.kind === "finding" ? 1 + SEVERITY_RANK[r.severity] : r.kind === "low-confidence" ? 4 : 5,
    ),
  );
}

/** The most serious severity among the findings that involve a field. */
function worstSeverity(findings: readonly Finding[], field: FieldId): Severity | undefined {
  const involved = findings.filter((f) => f.fields.includes(field) || f.suspects?.some((set) => set.includes(field)));
  return involved.map((f) => f.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
}

export function reviewOf(extraction: Extraction, inputs: Partial<Record<FieldId, string>>): Review {
  const confirmed = confirmedRecord(extraction, inputs);
  const findings = previewFindings(extraction, confirmed.record);
  const toReview: FigureToReview[] = [];
  for (const field of FIELD_IDS) {
    const reasons: ReviewReason[] = [];
    if (confirmed.errors[field] !== undefined) reasons.push({ kind: "invalid" });
    const severity = worstSeverity(findings, field);
    if (severity) reasons.push({ kind: "finding", severity });
    const provenance = extraction.provenance[field];
    const edited = inputs[field] !== undefined;
    if (provenance && !edited && provenance.confidence < LOW_CONFIDENCE) {
      reasons.push({ kind: "low-confidence", confidence: provenance.confidence });
    }
    if (confirmed.record[field] === null && confirmed.errors[field] === undefined) reasons.push({ kind: "missing" });
    if (reasons.length > 0) toReview.push({ field, reasons });
  }
  toReview.sort((a, b) => rank(a.reasons) - rank(b.reasons));
  return { confirmed, findings, toReview };
}

/** Whether a figure is only missing: those are listed apart, as there is nothing in the report to compare. */
export function onlyMissing(figure: FigureToReview): boolean {
  return figure.reasons.every((r) => r.kind === "missing");
}
