/**
 * Dossier figures (received, online, direct, carried over, resolved, on time, late, pending,
 * pending overdue, withdrawn, and the stated shares). Reports write them as a run of clauses
 * ("đã tiếp nhận 2.000 hồ sơ, trong đó trực tuyến 770 hồ sơ chiếm 38,5%, …"), where a clause's
 * meaning depends on the total it follows ("quá hạn" under "đang giải quyết" is pending and
 * overdue, under "đã giải quyết" it is resolved late). So this parser reads the whole run of
 * clauses from an anchor keyword, one clause at a time, keeping the current total as state.
 */
import type { FieldId } from "../../record/fields";
import { COUNT, NUMBER_END, NUMBER_START, PERCENT, parseCount, parsePercent } from "../../text/numbers";
import { confidenceOf, spaced, type Candidate, type OnTimePart, type ParseContext, type Parser } from "../parser";

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
const PENDING = spaced(/\bdang (?:trong qua trinh )?(?:giai quyet|xu ly)\b/);
/** "trực tuyến", also with "trực" OCR-damaged to three or four letters ("trv tuyến"; "trên tuyến" is a route). */
const ONLINE = spaced(/\b(?:truc|tr(?!en\b|o\b|a\b)[a-z]{1,2}) tuyen\b/);
/** Submitted through the national or provincial public-service portal: online, even where no "trực tuyến" is written. */
const PORTAL = spaced(/\b(?:nop qua cong|cong dich vu cong|dich vu cong quoc gia)\b/);
/** A system's name is no verb: "Hệ thống thông tin giải quyết thủ tục hành chính" resolves nothing. */
const SYSTEM_NAME = spaced(/\bhe thong thong tin giai quyet\b/g);
/** Online in another sense: paid online, fully or partly online services, online meetings. */
const OTHER_ONLINE = spaced(/\b(?:thanh toan|hoi nghi|hop) truc tuyen\b|\btruc tuyen (?:toan trinh|mot phan)\b/);
/** A percent that compares ("tăng 15% so với cùng kỳ") is no share. */
const COMPARISON = spaced(/\b(?:tang|giam|so voi|cung ky)\b/);
/** A clause holding only a percent states a share when it says so ("tỷ lệ giải quyết đúng hạn đạt 98,5%"). */
const SHARE_WORDS = spaced(/\b(?:chiem|dat|ty le|bang|tuong duong)\b/);
/** … and the share of the figure before it when it names nothing else: "chiếm 0,6%", "đạt tỷ lệ 97,09%", "(99,36%)". */
const BARE_SHARE = /^\s{0,3}(?:(?:dat|chiem|ty\s{1,3}le|bang|tuong\s{1,3}(?:duong|ung))\s{1,3}){0,3}:?\s{0,3}[\d.,]{1,8}\s?%\s{0,3}$/;
const DIRECT = spaced(/\b(?:truc tiep|buu chinh)\b/);
const RESOLVING = spaced(/\b(?:giai quyet|xu ly|tra ket qua|co ket qua)\b/);
const RECEIVING = spaced(/\btiep nhan\b/);
/** "tiếp nhận mới 1.240 hồ sơ", "nhận mới": the dossiers received without those carried over (the received figure when no total is stated). */
const NEWLY_RECEIVED = spaced(/\b(?:(?:tiep )?nhan moi|moi tiep nhan|moi phat sinh|phat sinh moi)\b/);
const LATE = spaced(/\b(?:tre|qua|cham) (?:thoi )?(?:han|hen)\b|\b(?:ket qua|han|hen) muon\b/);
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

/** "1,034 hồ sơ": dossiers are counted whole, so a comma before three digits is a thousands point OCR misread. */
const COMMA_COUNT_BEFORE_UNIT = new RegExp(`${NUMBER_START}(\\d{1,3}(?:,\\d{3}){1,2})${NUMBER_END}\\s{0,3}(?:ho\\s{1,4}so|hs)\\b`);

function countIn(clause: string): Figure | undefined {
  const match = COUNT_BEFORE_UNIT.exec(clause) ?? COMMA_COUNT_BEFORE_UNIT.exec(clause) ?? COUNT_CLOSING_CLAUSE.exec(clause);
  if (!match?.[1]) return undefined;
  const value = parseCount(match[1].replace(/,/g, "."));
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

interface Classified {
  readonly field: FieldId | undefined;
  readonly total?: Total;
  readonly confidence: number;
  readonly part?: OnTimePart;
  readonly subtotal?: true;
}

function onTimePart(clause: string): OnTimePart {
  if (EARLY_AND_ON_TIME.test(clause)) return "all";
  const early = EARLY.test(clause);
  const exact = EXACTLY_ON_TIME.test(clause);
  return early && exact ? "all" : early ? "early" : "exact";
}

/** What a clause counts, given the total it follows. */
function classify(written: string, current: Total | undefined): Classified {
  const clause = written.replace(SYSTEM_NAME, (name) => " ".repeat(name.length));
  if (WITHDRAWN.test(clause)) return { field: "withdrawn", confidence: 1 };
  if (CARRIED_OVER.test(clause)) return { field: "carriedOver", confidence: 1 };
  if (PENDING.test(clause)) {
    return { field: LATE.test(clause) ? "pendingOverdue" : "pending", total: "pending", confidence: 1 };
  }
  const resolving = RESOLVING.test(clause);
  if (PORTAL.test(clause) && !LATE.test(clause) && !ON_TIME.test(clause))
    return { field: "receivedOnline", total: "received", confidence: 1 };
  if (OTHER_ONLINE.test(clause)) return { field: undefined, confidence: 1 };
  if (!resolving && ONLINE.test(clause)) return { field: "receivedOnline", total: "received", confidence: 1 };
  if (!resolving && DIRECT.test(clause)) return { field: "receivedDirect", total: "received", confidence: 1 };
  if (LATE.test(clause)) {
    return current === "pending" ? { field: "pendingOverdue", confidence: 1 } : { field: "resolvedLate", total: "resolved", confidence: 1 };
  }
  if (ON_TIME.test(clause)) return { field: "resolvedOnTime", total: "resolved", confidence: 1, part: onTimePart(clause) };
  const garbled = GARBLED_QUALIFIER.exec(clause);
  if (garbled?.[1] && !NOT_ON_TIME_WORDS.has(garbled[1]))
    return { field: "resolvedOnTime", total: "resolved", confidence: 0.6, part: "all" };
  if (WITHIN_DEADLINE.test(clause)) {
    return current === "pending"
      ? { field: undefined, confidence: 1 }
      : { field: "resolvedOnTime", total: "resolved", confidence: 0.9, part: "all" };
  }
  if (TO_BE_RESOLVED.test(clause)) return { field: undefined, confidence: 1 };
  if (NEWLY_RECEIVED.test(clause)) return { field: "received", total: "received", confidence: 1, subtotal: true };
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

/** End (exclusive) of the clause starting at `start`: at ";", ". ", ", ", "(", ")", " - ", " + ", a heading colon, or "và" before or after a figure. */
function clauseEnd(folded: string, start: number): number {
  const limit = Math.min(folded.length, start + CLAUSE_LIMIT);
  for (let i = start; i < limit; i++) {
    const char = folded[i];
    if (char === ";" || char === "(" || char === ")" || headingColonAt(folded, i)) return i;
    // "… đạt 99,16%: 38 hồ sơ quá hạn": a rate closes its clause.
    if (char === ":" && /%\s?$/.test(folded.slice(i - 2, i))) return i;
    if ((char === "." || char === ",") && (i + 1 >= folded.length || isSpace(folded[i + 1]))) return i;
    if ((char === "-" || char === "+") && isSpace(folded[i - 1]) && isSpace(folded[i + 1])) return i;
    if (char === "v" && folded[i + 1] === "a" && isSpace(folded[i - 1]) && isSpace(folded[i + 2])) {
      // "và" before a figure, or after one: "tiếp nhận 2.318 hồ sơ và giải quyết 2.274 hồ sơ" is two clauses.
      if (/\d/.test(folded[i + 3] ?? "") || COUNT_BEFORE_UNIT.test(folded.slice(start, i))) return i;
    }
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

/** What the clauses read so far say about the next one. */
interface RunState {
  /** The total the last counted figure belongs to: "quá hạn" under "đang giải quyết" is pending and overdue. */
  readonly current?: Total;
  /** The field (and on-time part) of the last count, which a clause holding only a percent refers to. */
  readonly lastCounted?: FieldId;
  readonly lastPart?: OnTimePart;
  /** "tiếp nhận trong kỳ (từ … đến …) là 1.150 hồ sơ": a keyword whose figure comes after a parenthesis. */
  readonly awaiting?: Classified;
}

/** A figure one clause states, before the run's de-duplication. */
interface Reading {
  readonly field: FieldId;
  readonly figure: Figure;
  readonly confidence: number;
  readonly part?: OnTimePart;
  readonly subtotal?: true;
}

interface ClauseResult {
  readonly readings: readonly Reading[];
  /** True when the clause belongs to the run (it stated a dossier figure or awaits one). */
  readonly useful: boolean;
  readonly state: RunState;
}

/** What one clause of a run states, given what the run read before it. */
function readClause(folded: string, start: number, end: number, state: RunState): ClauseResult {
  const clause = folded.slice(start, end);
  const count = countIn(clause);
  const percent = percentIn(clause);
  const own = classify(clause, state.current);
  const kind = !own.field && count && state.awaiting && folded[start - 1] === ")" ? state.awaiting : own;
  const carried: RunState = own.field || count ? { ...state, awaiting: undefined } : state;
  if (own.field && !count && !percent && folded[end] === "(") return { readings: [], useful: true, state: { ...carried, awaiting: own } };
  if (count && kind.field) {
    const share = kind.part ? "onTimeRateStated" : SHARE_OF[kind.field];
    const readings: Reading[] = [
      { field: kind.field, figure: count, confidence: kind.confidence, part: kind.part, subtotal: kind.subtotal },
    ];
    if (percent && share) readings.push({ field: share, figure: percent, confidence: kind.confidence, part: kind.part });
    const next: RunState = { ...carried, current: kind.total ?? carried.current, lastCounted: kind.field, lastPart: kind.part };
    return { readings, useful: true, state: next };
  }
  if (percent && !count && (kind.field ? SHARE_WORDS.test(clause) : BARE_SHARE.test(clause))) {
    // "…, đạt tỷ lệ 96,15%": a clause with only a percent states the share of the figure before it;
    // "tỷ lệ giải quyết đúng hạn đạt 98,5%" names its own (the on-time rate, unless only the early ones).
    const part = kind.field
      ? kind.part === "early"
        ? kind.part
        : undefined
      : state.lastCounted === "resolvedOnTime"
        ? state.lastPart
        : undefined;
    const share =
      part !== undefined
        ? "onTimeRateStated"
        : kind.field
          ? SHARE_OF[kind.field]
          : state.lastCounted
            ? SHARE_OF[state.lastCounted]
            : undefined;
    if (!share) return { readings: [], useful: false, state: carried };
    return { readings: [{ field: share, figure: percent, confidence: kind.confidence, part }], useful: true, state: carried };
  }
  // A dossier figure this parser does not keep ("54 hồ sơ trong hạn") still belongs to the run.
  return { readings: [], useful: count !== undefined && DOSSIER_UNIT.test(clause), state: carried };
}

/** A reading's key in a run: each field (and each on-time part with its share) is stated once in one statement. */
function readingKey(reading: Reading): string {
  return `${reading.field}:${reading.part ?? ""}:${reading.subtotal ? "part" : "whole"}`;
}

export const dossiersParser: Parser = {
  name: "dossiers",
  pattern: spaced(/\b(?:tiep nhan|giai quyet|xu ly)\b/g),
  extract(match, context: ParseContext) {
    const { folded } = context.doc;
    const statement = clauseStart(folded, match.index);
    const limit = Math.min(folded.length, statement + BLOCK_LIMIT);
    const fields: Candidate[] = [];
    const taken = new Set<string>();
    let state: RunState = {};
    let idle = 0;
    let position = statement;
    let runEnd = position;
    while (position < limit) {
      const end = clauseEnd(folded, position);
      const result = readClause(folded, position, end, state);
      // A figure the run already has: in a new sentence it starts another statement ("… đã tiếp nhận 2.318 hồ sơ.
      // Trong kỳ, tiếp nhận 1.145 hồ sơ"), so the run ends before it; within the sentence it is a clause this
      // parser misread ("tiếp nhận trv tuyến 6.904"), so it is skipped.
      const repeated = result.readings.some((reading) => taken.has(readingKey(reading)));
      if (repeated && folded.slice(runEnd, position).includes(".")) break;
      if (repeated) {
        if (++idle > IDLE_CLAUSES_BEFORE_END) break;
        position = end + 1;
        continue;
      }
      state = result.state;
      for (const reading of result.readings) {
        const key = readingKey(reading);
        taken.add(key);
        const index = position + reading.figure.offset;
        const confidence = confidenceOf(context, position, index + 8, reading.confidence);
        const tags = { ...(reading.part ? { part: reading.part } : {}), ...(reading.subtotal ? { subtotal: reading.subtotal } : {}) };
        fields.push({ field: reading.field, value: reading.figure.value, index, confidence, statement, ...tags });
      }
      if (result.useful) {
        idle = 0;
        runEnd = end;
      } else if (++idle > IDLE_CLAUSES_BEFORE_END && fields.length > 0) break;
      else if (idle > IDLE_CLAUSES_BEFORE_END + 1) break;
      position = end + 1;
    }
    // Clauses that gave nothing give nothing from a later anchor either: the search goes on after them.
    return { fields, end: fields.length > 0 ? runEnd : position };
  },
};
