/**
 * What the vneid and orgEid parsers share: a pair "done/total" in a sentence about electronic
 * identification, and the percent the same sentence states ("đạt 71.25%" after the pair, or
 * "đạt: 52,6%, tương đương 12.345/23.456" before it).
 */
import { PAIR, PERCENT, parseCount, parsePercent } from "../../text/numbers";
import { spaced, type ParseContext } from "../parser";

/** A pair "done/total" (groups 1 and 2); the parsers then look back for the identification keyword. */
export const IDENTITY_PAIR = new RegExp(PAIR, "gd");

const IDENTIFICATION = spaced(/\bdinh danh\b|\bvneid\b/g);
/** Where the identification keywords are, found once per text, so each pair finds its keyword by binary search. */
const keywordPositions = new WeakMap<ParseContext["doc"], Int32Array>();

function keywordBefore(context: ParseContext, index: number): number {
  let positions = keywordPositions.get(context.doc);
  if (!positions) {
    positions = Int32Array.from(context.doc.folded.matchAll(new RegExp(IDENTIFICATION.source, "g")), (m) => m.index);
    keywordPositions.set(context.doc, positions);
  }
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions[middle] as number) < index) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? (positions[low - 1] as number) : -1;
}

const FOR_ORGANISATIONS = spaced(/\bto chuc\b|\bdoanh nghiep\b/);
const ORGANISATION_UNIT = spaced(/^\s{0,3}(?:co quan|doanh nghiep|to chuc|don vi)\b/);
const PERCENT_AFTER = new RegExp(PERCENT);
/** How far a statement's words reach around its pair ("… là đạt: 7531/9876 tài khoản đạt 76,26%"). */
const SENTENCE_REACH = 200;
const PERCENT_REACH = 100;
const PERCENT_ANY = new RegExp(PERCENT, "g");

export interface IdentityStatement {
  readonly forOrganisations: boolean;
  /** The sentence up to the pair ("Việc thu nhận và kích hoạt tài khoản định danh điện tử …"). */
  readonly lead: string;
  /** Index of the pair in the text. */
  readonly pairStart: number;
  readonly done: number;
  readonly total: number;
  /** The percent the statement gives, looked for only when a parser keeps the statement. */
  readonly percent: () => { readonly value: number; readonly index: number } | undefined;
}

export function identityStatement(match: RegExpExecArray, context: ParseContext): IdentityStatement | undefined {
  const { folded } = context.doc;
  const pairStart = match.index;
  const pairEnd = match.index + match[0].length;
  const keyword = keywordBefore(context, pairStart);
  if (keyword < 0 || pairStart - keyword > SENTENCE_REACH) return undefined;
  const { start, end } = context.sentences.bounds(pairStart, SENTENCE_REACH);
  if (keyword < start) return undefined;
  const done = parseCount(match[1] ?? "");
  const total = parseCount(match[2] ?? "");
  if (done === undefined || total === undefined) return undefined;
  const subject = folded.slice(keyword, pairStart);
  const after = folded.slice(pairEnd, Math.max(pairEnd, Math.min(end, pairEnd + PERCENT_REACH)));
  const forOrganisations = FOR_ORGANISATIONS.test(subject) || ORGANISATION_UNIT.test(after);
  const percent = (): ReturnType<IdentityStatement["percent"]> => {
    const following = PERCENT_AFTER.exec(after);
    if (following?.[1] !== undefined) {
      const value = parsePercent(following[1]);
      return value === undefined ? undefined : { value, index: pairEnd + following.index };
    }
    const preceding = [...subject.matchAll(PERCENT_ANY)].pop();
    const value = preceding?.[1] !== undefined ? parsePercent(preceding[1]) : undefined;
    return preceding && value !== undefined ? { value, index: keyword + preceding.index } : undefined;
  };
  return { forOrganisations, lead: folded.slice(start, pairStart), pairStart, done, total, percent };
}
