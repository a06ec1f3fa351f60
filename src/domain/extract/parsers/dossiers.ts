/**
 * Dossier figures (received, online, direct, carried over, resolved, on time, late, pending,
 * pending overdue, withdrawn, and the stated shares). Reports write them as a run of clauses
 * ("đã tiếp nhận 2.000 hồ sơ, trong đó trực tuyến 770 hồ sơ chiếm 38,5%, …"), where a clause's
 * meaning depends on the total it follows ("quá hạn" under "đang giải quyết" is pending and
 * overdue, under "đã giải quyết" it is resolved late). So this parser reads the whole run of
 * clauses from an anchor keyword, one clause at a time, keeping the current total as state.
 */
import type { FieldId } from "../../record/fields";
import { COUNT, PERCENT, parseCount, parsePercent } from "../../text/numbers";
import { confidenceOf, spaced, type Candidate, type ParseContext, type Parser } from "../parser";

type Total = "received" | "resolved" | "pending";

/** The stated share that a percent in the same clause gives, per count field. */
const SHARE_OF: Partial<Record<FieldId, FieldId>> = {
  receivedOnline: "onlineShareStated",
  receivedDirect: "directShareStated",
  resolvedOnTime: "onTimeRateStated",
  resolvedLate: "lateRateStated",
};

const CLAUSE_LIMIT = 400;
const BLOCK_LIMIT = 3000;
const IDLE_CLAUSES_BEFORE_END = 2;

const WITHDRAWN = spaced(/\b(?:xin rut|rut ho so|rut lai ho so)\b/);
const CARRIED_OVER = spaced(/\b(?:ky truoc|chuyen qua|chuyen sang|ton dong)\b/);
const PENDING = spaced(/\bdang (?:giai quyet|xu ly)\b/);
const ONLINE = spaced(/\btruc tuyen\b/);
/** Online in another sense: paid online, fully or partly online services, online meetings. */
const OTHER_ONLINE = spaced(/\b(?:thanh toan|hoi nghi|hop) truc tuyen\b|\btruc tuyen (?:toan trinh|mot phan)\b/);
/** A percent that compares ("tăng 15% so với cùng kỳ") is no share. */
const COMPARISON = spaced(/\b(?:tang|giam|so voi|cung ky)\b/);
/** A clause holding only a percent states a share when it says so ("tỷ lệ giải quyết đúng hạn đạt 98,5%"). */
const SHARE_WORDS = spaced(/\b(?:chiem|dat|ty le|bang|tuong duong)\b/);
/** … and the share of the figure before it when it names nothing else: "chiếm 0,6%", "đạt tỷ lệ 97,09%", "(99,36%)". */
const BARE_SHARE = /^\s{0,3}(?:(?:dat|chiem|ty\s{1,3}le|bang|tuong\s{1,3}(?:duong|ung))\s{1,3}){0,3}:?\s{0,3}[\d.,]{1,8}\s?%\s{0,3}$/;
const DIRECT = spaced(/\b(?:truc tiep|buu chinh)\b/);
const RESOLVING = spaced(/\b(?:giai quyet|xu ly|tra ket qua)\b/);
const RECEIVING = spaced(/\btiep nhan\b/);
const LATE = spaced(/\b(?:tre|qua|cham) (?:thoi )?(?:han|hen)\b/);
const ON_TIME = spaced(/\b(?:truoc|dung|som) (?:thoi )?(?:han|hen)\b/);
const EARLY = spaced(/\b(?:truoc|som) (?:thoi )?(?:han|hen)\b/);
const EXACTLY_ON_TIME = spaced(/\bdung (?:thoi )?(?:han|hen)\b/);
/** "trước và đúng hạn", "đúng và trước hạn": both parts in one figure. */
const EARLY_AND_ON_TIME = spaced(/\b(?:(?:truoc|som) (?:va|,) ?dung|dung (?:va|,) ?(?:truoc|som)) (?:thoi )?(?:han|hen)\b/);
/** "tổng số hồ sơ phải giải quyết": the workload (received and carried over), not the dossiers resolved. */
const TO_BE_RESOLVED = spaced(/\b(?:phai|can) giai quyet\b/);
/** "giải quyết <word> hạn" where OCR garbled the word: on time unless the word says otherwise. */
const GARBLED_QUALIFIER = spaced(/\bgiai quyet ([a-z]{1,6}) han\b/);
const NOT_ON_TIME_WORDS: ReadonlySet<string> = new Set(["tre", "qua", "cham", "trong", "thoi", "gia", "dang", "con", "het"]);
const WITHIN_DEADLINE = spaced(/\btrong (?:thoi )?han\b/);
const DOSSIER_UNIT = spaced(/ho so/);

const COUNT_BEFORE_UNIT = new RegExp(`${COUNT}\\s{0,3}(?:ho\\s{1,4}so|hs)\\b`);
/** A count that closes its clause right after a keyword: "giải quyết trước hạn 312;", "tiếp nhận: 406". */
const COUNT_CLOSING_CLAUSE = new RegExp(
  `(?:\\bla|\\bhan|\\bquyet|\\bnhan|\\btuyen|\\btiep|\\bich|\\bqua|\\bsang|\\brut|\\bly|\\bdong|\\btruoc|:)\\s{0,3}${COUNT}\\s*$`,
);
const PERCENT_IN_CLAUSE = new RegExp(PERCENT);

interface Figure {
  readonly value: number;
  readonly offset: number;
}

function countIn(clause: string): Figure | undefined {
  const match = COUNT_BEFORE_UNIT.exec(clause) ?? COUNT_CLOSING_CLAUSE.exec(clause);
  if (!match?.[1]) return undefined;
  const value = parseCount(match[1]);
  if (value === undefined) return undefined;
  return { value, offset: match.index + match[0].indexOf(match[1]) };
}

function percentIn(clause: string): Figure | undefined {
  if (COMPARISON.test(clause)) return undefined;
  const match = PERCENT_IN_CLAUSE.exec(clause);
  if (!match?.[1]) return undefined;
  const value = parsePercent(match[1]);
  return value === undefined ? undefined : { value, offset: match.index + match[0].indexOf(match[1]) };
}

/**
 * Which dossiers resolved on time a figure counts: all of them ("trước hạn và đúng hạn", "trong
 * hạn", an OCR-garbled qualifier), only the early ones ("trước hạn") or only those exactly on time
 * ("đúng hạn"). Inspectors sometimes split the two: the field is then their sum, and only when
 * both are stated.
 */
type OnTimePart = "all" | "early" | "exact";

interface Classified {
  readonly field: FieldId | undefined;
  readonly total?: Total;
  readonly confidence: number;
  readonly part?: OnTimePart;
}

function onTimePart(clause: string): OnTimePart {
  if (EARLY_AND_ON_TIME.test(clause)) return "all";
  const early = EARLY.test(clause);
  const exact = EXACTLY_ON_TIME.test(clause);
  return early && exact ? "all" : early ? "early" : "exact";
}

/** What a clause counts, given the total it follows. */
function classify(clause: string, current: Total | undefined): Classified {
  if (WITHDRAWN.test(clause)) return { field: "withdrawn", confidence: 1 };
  if (CARRIED_OVER.test(clause)) return { field: "carriedOver", confidence: 1 };
  if (PENDING.test(clause)) {
    return { field: LATE.test(clause) ? "pendingOverdue" : "pending", total: "pending", confidence: 1 };
  }
  const resolving = RESOLVING.test(clause);
  if (OTHER_ONLINE.test(clause)) return { field: undefined, confidence: 1 };
  if (!resolving && ONLINE.test(clause)) return { field: "receivedOnline", total: "received", confidence: 1 };
  if (!resolving && DIRECT.test(clause)) return { field: "receivedDirect", total: "received", confidence: 1 };
  if (LATE.test(clause)) {
    return current === "pending" ? { field: "pendingOverdue", confidence: 1 } : { field: "resolvedLate", total: "resolved", confidence: 1 };
  }
  if (ON_TIME.test(clause)) return { field: "resolvedOnTime", total: "resolved", confidence: 1, part: onTimePart(clause) };
  const garbled = GARBLED_QUALIFIER.exec(clause);
  if (garbled?.[1] && !NOT_ON_TIME_WORDS.has(garbled[1])) return { field: "resolvedOnTime", total: "resolved", confidence: 0.6, part: "all" };
  if (WITHIN_DEADLINE.test(clause)) {
    return current === "pending" ? { field: undefined, confidence: 1 } : { field: "resolvedOnTime", total: "resolved", confidence: 0.9, part: "all" };
  }
  if (TO_BE_RESOLVED.test(clause)) return { field: undefined, confidence: 1 };
  if (resolving) return { field: "resolved", total: "resolved", confidence: 1 };
  if (RECEIVING.test(clause)) return { field: "received", total: "received", confidence: 1 };
  return { field: undefined, confidence: 1 };
}

function isSpace(char: string | undefined): boolean {
  return char === " ";
}

/** A colon followed by words, not by the figure: what precedes it is a heading ("Kết quả tiếp nhận và giải quyết TTHC: Trung tâm đã tiếp nhận …"). */
function headingColonAt(folded: string, i: number): boolean {
  if (folded[i] !== ":") return false;
  let j = i + 1;
  while (j < folded.length && j < i + 4 && isSpace(folded[j])) j++;
  const next = folded.charCodeAt(j);
  return next >= 0x61 && next <= 0x7a;
}

/** End (exclusive) of the clause starting at `start`: at ";", ". ", ", ", "(", ")", " - ", " + ", a heading colon, or "và" before a figure. */
function clauseEnd(folded: string, start: number): number {
  const limit = Math.min(folded.length, start + CLAUSE_LIMIT);
  for (let i = start; i < limit; i++) {
    const char = folded[i];
    if (char === ";" || char === "(" || char === ")" || headingColonAt(folded, i)) return i;
    if ((char === "." || char === ",") && (i + 1 >= folded.length || isSpace(folded[i + 1]))) return i;
    if ((char === "-" || char === "+") && isSpace(folded[i - 1]) && isSpace(folded[i + 1])) return i;
    if (char === "v" && folded[i + 1] === "a" && isSpace(folded[i - 1]) && isSpace(folded[i + 2]) && /\d/.test(folded[i + 3] ?? "")) return i;
  }
  return limit;
}

/** Start of the clause containing `index`. */
function clauseStart(folded: string, index: number): number {
  const lowest = Math.max(0, index - CLAUSE_LIMIT);
  for (let i = index - 1; i >= lowest; i--) {
    const char = folded[i];
    if (char === ";" || char === "(" || char === ")" || headingColonAt(folded, i)) return i + 1;
    if ((char === "." || char === ",") && isSpace(folded[i + 1])) return i + 1;
    if ((char === "-" || char === "+") && isSpace(folded[i - 1]) && isSpace(folded[i + 1])) return i + 1;
  }
  return lowest;
}

/**
 * The dossiers resolved on time from the parts a block states: a figure for all of them; else
 * the early and the exactly-on-time ones added up when both are stated; else the one stated
 * ("trước hạn" or "đúng hạn" alone is how reports say on time; if it was only a part, the balance
 * check shows it). A share stated for one part is not the on-time rate of their sum.
 */
function resolvedOnTime(
  parts: ReadonlyMap<OnTimePart, { figure: Candidate; share?: Candidate }>,
): { figure: Candidate; share?: Candidate } | undefined {
  const all = parts.get("all");
  const early = parts.get("early");
  const exact = parts.get("exact");
  if (all) return all;
  if (early && exact) {
    const first = early.figure.index < exact.figure.index ? early.figure : exact.figure;
    const value = Number(early.figure.value) + Number(exact.figure.value);
    return { figure: { ...first, value, confidence: Math.min(early.figure.confidence, exact.figure.confidence) } };
  }
  return exact ?? early;
}

export const dossiersParser: Parser = {
  name: "dossiers",
  pattern: spaced(/\b(?:tiep nhan|giai quyet|xu ly)\b/g),
  extract(match, context: ParseContext) {
    const { folded } = context.doc;
    const fields: Candidate[] = [];
    const taken = new Set<FieldId>();
    let current: Total | undefined;
    let lastCounted: FieldId | undefined;
    let idle = 0;
    let position = clauseStart(folded, match.index);
    const limit = Math.min(folded.length, position + BLOCK_LIMIT);
    let blockEnd = position;
    const matchOf = (field: FieldId, figure: Figure, clauseAt: number, confidence: number): Candidate => {
      const index = clauseAt + figure.offset;
      return { field, value: figure.value, index, confidence: confidenceOf(context, clauseAt, index + 8, confidence) };
    };
    const keep = (found: Candidate | undefined): void => {
      if (found === undefined || taken.has(found.field)) return;
      taken.add(found.field);
      fields.push(found);
    };
    const add = (field: FieldId, figure: Figure, clauseAt: number, confidence: number): void => keep(matchOf(field, figure, clauseAt, confidence));
    const onTimeParts = new Map<OnTimePart, { figure: Candidate; share?: Candidate }>();
    let lastPart: OnTimePart | undefined;
    // "tiếp nhận trong kỳ (từ … đến …) là 1.150 hồ sơ": a keyword whose figure comes after a parenthesis.
    let awaiting: Classified | undefined;
    while (position < limit) {
      const end = clauseEnd(folded, position);
      const clause = folded.slice(position, end);
      const count = countIn(clause);
      const percent = percentIn(clause);
      const own = classify(clause, current);
      const kind = !own.field && count && awaiting && folded[position - 1] === ")" ? awaiting : own;
      if (own.field || count) awaiting = undefined;
      let useful = false;
      if (own.field && !count && !percent && folded[end] === "(") {
        awaiting = own;
        useful = true;
      }
      if (count && kind.field && kind.part) {
        if (!onTimeParts.has(kind.part)) {
          const share = percent ? matchOf("onTimeRateStated", percent, position, kind.confidence) : undefined;
          onTimeParts.set(kind.part, { figure: matchOf("resolvedOnTime", count, position, kind.confidence), share });
        }
        current = "resolved";
        lastCounted = kind.field;
        lastPart = kind.part;
        useful = true;
      } else if (count && kind.field) {
        add(kind.field, count, position, kind.confidence);
        if (kind.total) current = kind.total;
        lastCounted = kind.field;
        lastPart = undefined;
        useful = true;
        const share = SHARE_OF[kind.field];
        if (percent && share) add(share, percent, position, kind.confidence);
      } else if (percent && !count && (kind.field ? SHARE_WORDS.test(clause) : BARE_SHARE.test(clause))) {
        // "…, đạt tỷ lệ 96,15%": a clause with only a percent states the share of the figure before it;
        // "tỷ lệ giải quyết đúng hạn đạt 98,5%" names its own (the on-time rate, unless only the early ones).
        const ownPart = kind.part === "early" ? kind.part : undefined;
        const part = kind.field ? ownPart : lastCounted === "resolvedOnTime" ? lastPart : undefined;
        const partFound = part === undefined ? undefined : onTimeParts.get(part);
        const share = kind.field ? SHARE_OF[kind.field] : lastCounted ? SHARE_OF[lastCounted] : undefined;
        if (part !== undefined) {
          if (partFound && !partFound.share) partFound.share = matchOf("onTimeRateStated", percent, position, kind.confidence);
          useful = partFound !== undefined;
        } else if (share) {
          add(share, percent, position, kind.confidence);
          useful = true;
        }
      } else if (count && DOSSIER_UNIT.test(clause)) {
        useful = true; // a dossier figure this parser does not keep ("54 hồ sơ trong hạn")
      }
      if (useful) {
        idle = 0;
        blockEnd = end;
      } else if (++idle > IDLE_CLAUSES_BEFORE_END && fields.length > 0) break;
      else if (idle > IDLE_CLAUSES_BEFORE_END + 1) break;
      position = end + 1;
    }
    const onTime = resolvedOnTime(onTimeParts);
    keep(onTime?.figure);
    keep(onTime?.share);
    // Clauses that gave nothing give nothing from a later anchor either: the search goes on after them.
    return { fields, end: fields.length > 0 ? blockEnd : position };
  },
};
