/**
 * The shape of extraction (modelled on chrono-node): parsers propose candidates, refiners merge
 * or reject them, and one final assignment picks each field. A parser is a global `pattern` run
 * over the folded prose and an `extract` that turns one match into candidates, each carrying
 * the index of its figure; table readers propose candidates from grid cells the same way.
 */
import type { Prose } from "../document/prose";
import type { ReportDocument } from "../document/reportDocument";
import type { FieldId } from "../record/fields";
import type { MatchText } from "../text/normalize";
import type { SentenceIndex } from "../text/sentences";

/** A value some parser read for a field, with where it stands; refiners and the assignment choose among them. */
export interface Candidate {
  readonly field: FieldId;
  readonly value: number | string;
  /** Index of the figure in `MatchText.text` (the prose, where table rows are lines too). */
  readonly index: number;
  /** 0..1, see Provenance.confidence. */
  readonly confidence: number;
  /** For a figure read from a table cell: its place, as the user reads it ("Bảng 2, dòng Tổng cộng, cột Trực tuyến"). */
  readonly location?: string;
  /** Where the statement holding the figure begins when not at `index`: a table figure's table. */
  readonly anchor?: number;
  /** Where the statement it was read in starts (one run of clauses): figures of one statement belong together. */
  readonly statement?: number;
  /** For a count of dossiers resolved on time: which of them it counts (see refiners/onTimeParts). */
  readonly part?: OnTimePart;
  /** A part of the field's whole stated as if it were the whole ("tiếp nhận mới" beside the total received): the whole wins. */
  readonly subtotal?: true;
  /** A rate stated without the counts it is the ratio of (see parsers/identityRate). */
  readonly rateAlone?: true;
}

/**
 * Which dossiers resolved on time a figure counts: all of them ("trước hạn và đúng hạn", "trong
 * hạn"), only the early ones ("trước hạn") or only those exactly on time ("đúng hạn").
 */
export type OnTimePart = "all" | "early" | "exact";

/** A step between parsing and assignment: merges, rejects or re-weighs candidates (pure). */
export type Refiner = (candidates: readonly Candidate[], context: ParseContext) => Candidate[];

export interface ParseContext {
  readonly document: ReportDocument;
  /** The prose of `document`, with the page and OCR confidence of each index. */
  readonly prose: Prose;
  readonly doc: MatchText;
  /** The year a date written without one ("01/7") belongs to, when the report says it. */
  readonly contextYear: number | null;
  /** Sentence bounds in `doc.text`. */
  readonly sentences: SentenceIndex;
}

export interface ParseResult {
  readonly fields: readonly Candidate[];
  /** Where the search goes on (a parser that read a whole block skips past it). */
  readonly end?: number;
}

export interface Parser {
  readonly name: string;
  /** Global regex over `MatchText.folded`; bounded quantifiers only, so a search stays linear. */
  readonly pattern: RegExp;
  readonly extract: (match: RegExpExecArray, context: ParseContext) => ParseResult;
}

/** Every match of a parser over the text, in order. */
export function runParser(parser: Parser, context: ParseContext): Candidate[] {
  const pattern = new RegExp(parser.pattern.source, parser.pattern.flags.includes("g") ? parser.pattern.flags : `${parser.pattern.flags}g`);
  const found: Candidate[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(context.doc.folded)) !== null) {
    const result = parser.extract(match, context);
    for (const field of result.fields) found.push(field);
    const next = Math.max(result.end ?? 0, match.index + Math.max(match[0].length, 1));
    pattern.lastIndex = next;
  }
  return found;
}

/**
 * 1 for a figure read from clean keywords; lowered when OCR repair was needed around it, and
 * lowered further when the OCR engine itself was unsure of the words there.
 */
export function confidenceOf(context: ParseContext, start: number, end: number, base = 1): number {
  let confidence = base;
  if (context.doc.repairedIn(start, end)) confidence *= 0.8;
  if (context.prose.uncertainIn(start, end)) confidence *= 0.6;
  return Math.round(confidence * 100) / 100;
}

/** A keyword regex whose spaces match any short run of spacing (reports break lines anywhere). */
export function spaced(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/ /g, String.raw`\s{1,4}`), pattern.flags);
}
