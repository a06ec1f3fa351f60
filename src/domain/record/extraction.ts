/** What the extractor returns for one report: the record, where each figure came from, and the documents cited. */
import type { CommuneRecord, FieldId } from "./fields";

/**
 * Below this confidence a figure is not trusted: the extraction prefers any other reading of it,
 * and a check resting on it only warns that the figure must be checked against the report.
 * (An OCR repair alone leaves 0.8; OCR-uncertain words, a garbled keyword or an implausible value go below.)
 */
export const CONFIDENT = 0.7;

/** Where a figure was read: its position in the original text and the sentence around it. */
export interface Provenance {
  /** Character index of the figure in the original (not normalised) text. */
  readonly index: number;
  /** The sentence it came from, as written in the report. */
  readonly text: string;
  /** 0..1: how sure the extractor is (exact keywords 1, tolerant matches lower). */
  readonly confidence: number;
  /** 1-based page of a PDF or scan, when the reader knew it. */
  readonly page?: number;
  /** For a figure read from a table: its place ("Bảng 2, dòng Tổng cộng, cột Trực tuyến"). */
  readonly location?: string;
}

/** A document the report cites, e.g. "Quyết định số 1071/QĐ-UBND ngày 07/8/2025". */
export interface CitedDocument {
  /** Type code as in the number: QĐ, KH, NQ, TB, CT, NĐ … (diacritics restored where folded). */
  readonly type: string;
  /** The number before the slash, as written ("1071", "57", "01"). */
  readonly number: string;
  /** The issuer code after the type: UBND, VPUBND, BCĐ, TW, CP … */
  readonly issuer: string;
  /**
   * The body named after the citation ("của UBND tỉnh", "của Chính phủ", "của Bộ Chính trị"),
   * as written, or null when none is named (then it is the commune's own document). Two
   * "QĐ-UBND" numbers belong to one numbering only when their authority is the same.
   */
  readonly authority: string | null;
  /** ISO date when the citation gives one. */
  readonly date: string | null;
  /** Character index of the citation in the original text. */
  readonly index: number;
  /** The citation as written. */
  readonly text: string;
}

/**
 * Two places of one report that give one figure differently: a table and the prose, or a
 * table's total row and the sum of its sector rows. The checks turn each into a finding.
 */
export interface Disagreement {
  readonly field: FieldId;
  readonly kind: "prose-table" | "total-row";
  /** The figure the record took (the table's), and where it stands ("Bảng 1, dòng Tổng cộng, cột Trực tuyến"). */
  readonly value: number;
  readonly at: string;
  /** The other reading (the prose's figure, or the sum of the sector rows), and where it stands. */
  readonly other: number;
  readonly otherAt: string;
}

export interface Extraction {
  readonly fields: CommuneRecord;
  readonly provenance: Partial<Record<FieldId, Provenance>>;
  readonly documents: readonly CitedDocument[];
  /** ISO date the notice itself was signed, when its header states it (for date checks). */
  readonly noticeDate: string | null;
  /** Figures the report gives twice, differently (absent when it gives none). */
  readonly disagreements?: readonly Disagreement[];
  /**
   * Set when the text is not recognised as a commune's report (it names no commune and states no
   * figure): the Vietnamese message to show instead of findings. Such a record is never imported
   * nor merged with another.
   */
  readonly notRecognised?: string;
}
