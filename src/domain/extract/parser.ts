/**
 * The shape every field parser follows (modelled on chrono-node's parsers): a global `pattern`
 * run over the folded text, and an `extract` that turns one match into field values, each
 * carrying the index of its figure.
 */
import type { FieldId } from "../record/fields";
import type { MatchText } from "../text/normalize";
import type { SentenceIndex } from "../text/sentences";

export interface FieldMatch {
  readonly field: FieldId;
  readonly value: number | string;
  /** Index of the figure in `MatchText.text`. */
  readonly index: number;
  /** 0..1, see Provenance.confidence. */
  readonly confidence: number;
}

export interface ParseContext {
  readonly doc: MatchText;
  /** The year a date written without one ("01/7") belongs to, when the report says it. */
  readonly contextYear: number | null;
  /** Sentence bounds in `doc.text`. */
  readonly sentences: SentenceIndex;
}

export interface ParseResult {
  readonly fields: readonly FieldMatch[];
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
export function runParser(parser: Parser, context: ParseContext): FieldMatch[] {
  const pattern = new RegExp(parser.pattern.source, parser.pattern.flags.includes("g") ? parser.pattern.flags : `${parser.pattern.flags}g`);
  const found: FieldMatch[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(context.doc.folded)) !== null) {
    const result = parser.extract(match, context);
    for (const field of result.fields) found.push(field);
    const next = Math.max(result.end ?? 0, match.index + Math.max(match[0].length, 1));
    pattern.lastIndex = next;
  }
  return found;
}

/** 1 for a figure read from clean keywords, lowered when OCR repair was needed around it. */
export function confidenceOf(context: ParseContext, start: number, end: number, base = 1): number {
  return context.doc.repairedIn(start, end) ? Math.round(base * 0.8 * 100) / 100 : base;
}

/** A keyword regex whose spaces match any short run of spacing (reports break lines anywhere). */
export function spaced(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/ /g, String.raw`\s{1,4}`), pattern.flags);
}
