/**
 * The commune's name, from "xã …" / "phường …". A name in the province's official list wins,
 * with the list's spelling (diacritics, casing): a folded exact match, or edit distance 1 on a
 * long name (an OCR'd letter doubled or dropped). Otherwise the capitalised words after "xã" as written.
 * Diacritics are never guessed.
 */
import officialList from "../../../../data/don-vi-hanh-chinh/gia-lai.json";
import { editDistance } from "../../text/editDistance";
import { foldKey } from "../../text/fold";
import { confidenceOf, type Candidate, type ParseContext, type Parser } from "../parser";

const MAX_WORDS = 4;
/** Below this many folded letters a one-letter slip could turn one real name into another. */
const TOLERANT_MIN_LENGTH = 8;

const OFFICIAL: readonly { readonly name: string; readonly key: string; readonly words: number }[] = officialList.names.map((name) => {
  const key = foldKey(name);
  return { name, key, words: key.split(" ").length };
});
const OFFICIAL_BY_KEY: ReadonlyMap<string, string> = new Map(OFFICIAL.map((entry) => [entry.key, entry.name]));
const MAX_KEY_LENGTH = Math.max(...OFFICIAL.map((entry) => entry.key.length)) + 1;

type OfficialMatch = { readonly name: string; readonly words: number; readonly exact: boolean };

/**
 * The longest official name the words begin with, exactly or with one slip: an official name
 * that begins a longer one ("An Nhơn" in "An Nhơn Bắc") never wins over the longer one misread.
 */
function lookUpOfficialName(words: readonly string[]): OfficialMatch | undefined {
  for (let count = Math.min(MAX_WORDS, words.length); count >= 1; count--) {
    const key = words.slice(0, count).join(" ");
    const exact = OFFICIAL_BY_KEY.get(key);
    if (exact !== undefined) return { name: exact, words: count, exact: true };
    if (key.replace(/ /g, "").length < TOLERANT_MIN_LENGTH || key.length > MAX_KEY_LENGTH) continue;
    const near = OFFICIAL.filter((entry) => entry.words === count && editDistance(entry.key, key, 1) <= 1);
    if (near.length === 1 && near[0]) return { name: near[0].name, words: count, exact: false };
  }
  return undefined;
}

/** The words after "xã" repeat through a report: each sequence is looked up once (bounded memo). */
const officialMemo = new Map<string, OfficialMatch | null>();
const OFFICIAL_MEMO_LIMIT = 5_000;

function officialName(words: readonly string[]): OfficialMatch | undefined {
  const memoKey = words.join(" ");
  const remembered = officialMemo.get(memoKey);
  if (remembered !== undefined) return remembered ?? undefined;
  const found = lookUpOfficialName(words) ?? null;
  if (officialMemo.size >= OFFICIAL_MEMO_LIMIT) officialMemo.clear();
  officialMemo.set(memoKey, found);
  return found ?? undefined;
}

const WORD = /[\p{L}\p{N}]+/uy;
const CAPITALISED = /^\p{Lu}/u;

/** The words following `from` in the text as written: [as written, folded] pairs, stopping at punctuation. */
interface Word {
  readonly written: string;
  readonly folded: string;
  readonly start: number;
}

function wordsAfter(text: string, folded: string, from: number): Word[] {
  const words: Word[] = [];
  let position = from;
  while (words.length < MAX_WORDS && position < text.length) {
    const gapStart = position;
    while (text[position] === " " || text[position] === "\n" || text[position] === "\r" || text[position] === "\t") position++;
    // A blank line ends the name: the next paragraph's first word is no part of it.
    if (/\n[ \t\r]*\n/.test(text.slice(gapStart, position))) break;
    WORD.lastIndex = position;
    const match = WORD.exec(text);
    if (!match) break;
    words.push({ written: match[0], folded: folded.slice(position, position + match[0].length), start: position });
    position += match[0].length;
  }
  return words;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

const UPPER_CASE = /^\p{Lu}+$/u;

/**
 * True when the word after the first `count` words goes on the name, one space after them: title
 * case after mixed-case words ("An Nhơn Tây"), or capitals after capitals ("XÃ AN NHƠN TÂY").
 */
function continuesName(text: string, words: readonly Word[], count: number): boolean {
  const next = words[count];
  const last = words[count - 1];
  if (!next || !last) return false;
  const name = words.slice(0, count);
  const titled = TITLE_CASE.test(next.written) && name.some((w) => TITLE_CASE.test(w.written));
  const capitals = UPPER_CASE.test(next.written) && name.every((w) => UPPER_CASE.test(w.written));
  if (!titled && !capitals) return false;
  const lastEnd = last.start + last.written.length;
  return next.start === lastEnd + 1 && text[lastEnd] === " ";
}

/** A commune parser match carries the official spelling (confidence ≥ 0.8) or the words as written (0.5). */
export const communeParser: Parser = {
  name: "commune",
  pattern: /\b(?:xa|phuong|thi tran)\s{1,3}(?=\S)/g,
  extract(match, context) {
    const { text, folded } = context.doc;
    const start = match.index + match[0].length;
    // A name is written capitalised ("xã Ia Grai", "XÃ IA GRAI"); "xã hội", "xã đã" are not names.
    const first = text[start] ?? "";
    if (first === first.toLowerCase()) return { fields: [] };
    const words = wordsAfter(text, folded, start);
    const official = officialName(words.map((w) => w.folded));
    // "xã An Nhơn Tây" where only "An Nhơn" is listed: another, longer name, read as written.
    const longer = official !== undefined && continuesName(text, words, official.words);
    if (official && !longer) {
      const end = start + words.slice(0, official.words).reduce((length, w) => length + w.written.length + 1, 0);
      const field: Candidate = {
        field: "commune",
        value: official.name,
        index: start,
        confidence: confidenceOf(context, start, end, official.exact ? 1 : 0.8),
      };
      return { fields: [field] };
    }
    const capitalised: string[] = [];
    for (const word of words) {
      if (!CAPITALISED.test(word.written) || /^\p{Lu}{2,}$/u.test(word.written)) break;
      // A digit OCR put for a letter ("Ka D6") is written as the letter the repair read.
      capitalised.push(/\d/.test(word.written) ? word.written.charAt(0) + word.folded.slice(1) : word.written);
    }
    if (capitalised.length === 0 || capitalised.length > 3) return { fields: [] };
    return { fields: [{ field: "commune", value: capitalised.join(" "), index: start, confidence: 0.5 }] };
  },
};

/** A mention that names the commune the report is about: the issuer or addressee ("UBND xã X", "Kính gửi: Ủy ban nhân dân phường X"). */
const OWN_MENTION = /(?:uy\s{1,3}ban\s{1,3}nhan\s{1,3}dan|ubnd|kinh\s{1,3}gui\s{0,3}:?)\s{0,3}(?:xa|phuong|thi\s{1,3}tran)\s{1,3}$/;
/** Header and title: the first characters of a report name its commune. */
const HEADER_REACH = 1500;
const OWN_WEIGHT = 3;

/**
 * The name the report is about: the one with most weight, an issuer's or addressee's mention and
 * one in the header counting more than a passing mention ("phối hợp với xã Ia Le"); official
 * names before names as written.
 */
export function chooseCommune(matches: readonly Candidate[], context: ParseContext): Candidate | undefined {
  const weight = (match: Candidate): number => {
    const before = context.doc.folded.slice(Math.max(0, match.index - 40), match.index);
    return (OWN_MENTION.test(before) ? OWN_WEIGHT : 1) + (match.index < HEADER_REACH ? 1 : 0);
  };
  const best = (candidates: readonly Candidate[]): Candidate | undefined => {
    const tally = new Map<string | number, { first: Candidate; weight: number }>();
    for (const match of candidates) {
      const entry = tally.get(match.value);
      if (entry) entry.weight += weight(match);
      else tally.set(match.value, { first: match, weight: weight(match) });
    }
    let chosen: { first: Candidate; weight: number } | undefined;
    for (const entry of tally.values()) if (!chosen || entry.weight > chosen.weight) chosen = entry;
    return chosen?.first;
  };
  return best(matches.filter((m) => m.confidence > 0.5)) ?? best(matches);
}
