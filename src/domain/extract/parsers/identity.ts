/**
 * What the vneid and orgEid parsers share: a pair "done/total" in a sentence about electronic
 * identification, and the percent the same sentence states ("đạt 71.25%" after the pair, or
 * "đạt: 52,6%, tương đương 12.345/23.456" before it). The identification keyword usually comes
 * before the pair; some reports put the pair first ("41/45 tổ chức đã được cấp tài khoản định
 * danh điện tử, đạt 91,1%").
 */
import { COUNT_SOURCE, NUMBER_END, NUMBER_START, PERCENT, namedPair, parseCount, parsePercent } from "../../text/numbers";
import type { FieldId } from "../../record/fields";
import { confidenceOf, spaced, type Candidate, type ParseContext } from "../parser";

/** "mức độ 2/12.000 công dân": the 2 is the level of the accounts, not a count. */
const NOT_A_LEVEL = String.raw`(?<!muc\s{1,3}do\s{0,3})`;

/**
 * A pair "done/total", or "done … trên tổng số total" ("9.214 trên tổng số 11.760 công dân",
 * "204 tổ chức trên tổng số 237"), in the named groups done and total (or done2 and total2); the
 * parsers then look back for the identification keyword.
 */
export const IDENTITY_PAIR = new RegExp(
  `${NOT_A_LEVEL}(?:${namedPair("done", "total")}|${NUMBER_START}(?<done2>${COUNT_SOURCE})${NUMBER_END}(?:\\s{1,3}(?:[a-z]{1,8}|\\d)){0,10}\\s{1,3}tren\\s{1,3}tong\\s{1,3}so\\s{1,3}(?<total2>${COUNT_SOURCE})${NUMBER_END})`,
  "gd",
);

/** The two figures of an IDENTITY_PAIR match, written, with where the total stands. */
export function pairOf(match: RegExpExecArray): { done: string; total: string; totalAt: number } {
  const groups = match.groups ?? {};
  const at = match.indices?.groups ?? {};
  const slash = groups.done !== undefined;
  return {
    done: (slash ? groups.done : groups.done2) ?? "",
    total: (slash ? groups.total : groups.total2) ?? "",
    totalAt: (slash ? at.total : at.total2)?.[0] ?? match.index,
  };
}

const IDENTIFICATION = spaced(/\bdinh danh\b|\bvneid\b/g);
/** Where the identification keywords are, found once per text, so each pair finds its keyword by binary search. */
const keywordPositions = new WeakMap<ParseContext["doc"], Int32Array>();

/** The nearest keyword before `index` and the first at or after it (-1 when none). */
function keywordsAround(context: ParseContext, index: number): { before: number; after: number } {
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
  return { before: low > 0 ? (positions[low - 1] as number) : -1, after: low < positions.length ? (positions[low] as number) : -1 };
}

const FOR_ORGANISATIONS = spaced(/\bto chuc\b|\bdoanh nghiep\b/);
const ORGANISATION_UNIT = spaced(/^\s{0,3}(?:co quan|doanh nghiep|to chuc|don vi)\b/);
/** A pair written before its keyword says what it counts right after it: accounts, people or organisations. */
const PAIR_FIRST_UNIT = spaced(/^\s{0,3}(?:tai khoan|cong dan|nguoi dan|ca nhan|truong hop|co quan|doanh nghiep|to chuc)\b/);
const PERCENT_AFTER = new RegExp(PERCENT);
/** How far a statement's words reach around its pair ("… là đạt: 7531/9876 tài khoản đạt 76,26%"). */
const SENTENCE_REACH = 200;
/** How far after the pair its keyword may come ("41/45 tổ chức đã được cấp tài khoản định danh"). */
const KEYWORD_AFTER_REACH = 80;
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
  const keywords = keywordsAround(context, pairStart);
  const { start, end } = context.sentences.bounds(pairStart, SENTENCE_REACH);
  const keywordBefore = keywords.before >= 0 && pairStart - keywords.before <= SENTENCE_REACH && keywords.before >= start;
  // "kích hoạt 38.204 tài khoản định danh điện tử … trên tổng số 41.672": the keyword inside the pair's words.
  const keywordInside = !keywordBefore && keywords.after >= pairStart && keywords.after < pairEnd;
  const keywordFirst = keywordBefore || keywordInside;
  const pairFirst =
    !keywordFirst &&
    keywords.after >= pairEnd &&
    keywords.after - pairEnd <= KEYWORD_AFTER_REACH &&
    keywords.after < end &&
    PAIR_FIRST_UNIT.test(folded.slice(pairEnd, pairEnd + 20));
  if (!keywordFirst && !pairFirst) return undefined;
  const written = pairOf(match);
  const done = parseCount(written.done);
  const total = parseCount(written.total);
  if (done === undefined || total === undefined) return undefined;
  // The words that say whose accounts these are: between keyword and pair, or between pair and keyword.
  const subject = keywordInside
    ? folded.slice(pairStart, pairEnd)
    : keywordFirst
      ? folded.slice(keywords.before, pairStart)
      : folded.slice(pairEnd, keywords.after);
  const percentEnd = keywordFirst ? pairEnd + PERCENT_REACH : keywords.after + PERCENT_REACH;
  const after = folded.slice(pairEnd, Math.max(pairEnd, Math.min(end, percentEnd)));
  const forOrganisations = FOR_ORGANISATIONS.test(subject) || ORGANISATION_UNIT.test(after);
  const lead = keywordFirst ? folded.slice(start, pairStart) : folded.slice(start, Math.min(end, keywords.after + PERCENT_REACH));
  const before = keywordFirst ? subject : folded.slice(start, pairStart);
  const percent = (): ReturnType<IdentityStatement["percent"]> => {
    const following = PERCENT_AFTER.exec(after);
    if (following?.[1] !== undefined) {
      const value = parsePercent(following[1]);
      return value === undefined ? undefined : { value, index: pairEnd + following.index };
    }
    const preceding = [...before.matchAll(PERCENT_ANY)].pop();
    const value = preceding?.[1] !== undefined ? parsePercent(preceding[1]) : undefined;
    return preceding && value !== undefined ? { value, index: pairStart - before.length + preceding.index } : undefined;
  };
  return { forOrganisations, lead, pairStart, done, total, percent };
}

/** The fields a statement gives: done and total at their positions, and the stated rate when there is one. */
export function identityFields(
  statement: IdentityStatement,
  match: RegExpExecArray,
  context: ParseContext,
  ids: { readonly done: FieldId; readonly total: FieldId; readonly rate: FieldId },
): Candidate[] {
  const confidence = confidenceOf(context, statement.pairStart, match.index + match[0].length);
  const fields: Candidate[] = [
    { field: ids.done, value: statement.done, index: statement.pairStart, confidence },
    { field: ids.total, value: statement.total, index: pairOf(match).totalAt, confidence },
  ];
  const percent = statement.percent();
  if (percent) fields.push({ field: ids.rate, value: percent.value, index: percent.index, confidence });
  return fields;
}
