/**
 * The text the extractor matches on. Every step is length-preserving on the NFC text, so an
 * index found in `folded` is the same index in `text`, and `originalIndex` maps it back to the
 * string the caller gave (which only differs when that string was not NFC).
 *
 * Steps: NFC; fold (lower case, no diacritics, đ → d, line breaks → spaces); blank page
 * furniture ("- 2 -", "Trang 3" on a line of its own); repair the
 * confusions of OCR'd scans ("s6" → "so", "1ap" → "lap", "ho 50" → "ho so", "ty 1€" → "ty le", "djnh" → "dinh");
 * snap damaged keywords to the vocabulary the parsers use, within edit distance 1
 * ("tryc" → "truc", "nhén" → "nhan").
 */
import { editDistance } from "./editDistance";
import { foldUnits, unitsToString } from "./fold";

export interface MatchText {
  /** The text as given. */
  readonly original: string;
  /** Its NFC form: what `folded` indexes. */
  readonly text: string;
  /** Folded and repaired, same length as `text`. */
  readonly folded: string;
  /** Index in `original` of an index in `text`. */
  readonly originalIndex: (index: number) => number;
  /** True when OCR repair or keyword snapping changed something in [start, end). */
  readonly repairedIn: (start: number, end: number) => boolean;
}

/** Keywords the parsers look for; damaged tokens within edit distance 1 are snapped to them. */
const VOCABULARY = ["tiep", "nhan", "truc", "tuyen", "nghiep"] as const;
/** Real words one edit away from a keyword: never snapped ("thực" is not a damaged "trực"). */
const NEIGHBOURS: ReadonlySet<string> = new Set([
  "tien",
  "tiet",
  "tiem",
  "tieu",
  "hiep",
  "kiep",
  "diep",
  "nhat",
  "nham",
  "nhau",
  "nhanh",
  "than",
  "khan",
  "thuc",
  "trua",
  "tuyet",
  "nghiem",
  "chuyen",
  "quyen",
  "luyen",
  "xuyen",
  "phan",
  "chan",
  "nhap",
  "nhac",
  "nhay",
  "thep",
  "tiec",
  "truy",
  "trac",
  "huyen",
  "duyen",
  "nghien",
]);
const VOCABULARY_SET: ReadonlySet<string> = new Set(VOCABULARY);

/** Digits that OCR puts for letters inside words: "s6" số, "x3" xã, "1ap" lập, "t0" tổ. */
const DIGIT_AS_LETTER: Readonly<Record<string, string>> = { "0": "o", "1": "l", "3": "a", "4": "a", "6": "o" };

const A = 0x61;
const Z = 0x7a;
const isLetter = (code: number): boolean => (code >= A && code <= Z) || code === 0x26; // "&" is an OCR'd "ế"
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** NFC, segment by segment when the input is not NFC already, keeping where each unit came from. */
function toNfc(original: string): { text: string; origin: Int32Array | undefined } {
  const whole = original.normalize("NFC");
  if (whole === original) return { text: original, origin: undefined };
  const parts: string[] = [];
  const origin: number[] = [];
  let start = 0;
  while (start < original.length) {
    let end = start + 1;
    const code = original.charCodeAt(start);
    if (code >= 0xd800 && code <= 0xdbff && end < original.length) end++;
    while (end < original.length && isCombiningMark(original.charCodeAt(end))) end++;
    const segment = original.slice(start, end).normalize("NFC");
    parts.push(segment);
    for (let k = 0; k < segment.length; k++) origin.push(start);
    start = end;
  }
  return { text: parts.join(""), origin: Int32Array.from(origin) };
}

/** Syllables repeat across reports: their snapping is remembered (bounded, so memory stays flat). */
const snapMemo = new Map<string, string | null>();
const SNAP_MEMO_LIMIT = 20_000;

function snapToVocabulary(token: string): string | undefined {
  const remembered = snapMemo.get(token);
  if (remembered !== undefined) return remembered ?? undefined;
  let snapped: string | null = null;
  if (!VOCABULARY_SET.has(token) && !NEIGHBOURS.has(token)) {
    const candidates = VOCABULARY.filter(
      (word) =>
        (word.length === token.length || (word.length >= 5 && word.length === token.length - 1)) && editDistance(word, token, 1) <= 1,
    );
    snapped = candidates.length === 1 ? (candidates[0] ?? null) : null;
  }
  if (snapMemo.size >= SNAP_MEMO_LIMIT) snapMemo.clear();
  snapMemo.set(token, snapped);
  return snapped ?? undefined;
}

/** Letters OCR puts for digits inside a number: "l05" is 105, never 5; "2O" is 20. */
const LETTER_AS_DIGIT: Readonly<Record<number, number>> = { 0x6c: 0x31, 0x69: 0x31, 0x6f: 0x30 };

/** A token of digits and l/I/O with at least as many digits as letters (or a lone l/I/O inside a number) is a number: its letters become digits. */
function repairNumber(units: Uint16Array, start: number, end: number, repaired: Uint8Array): boolean {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const code = units[i] as number;
    if (isDigit(code)) digits++;
    else if (LETTER_AS_DIGIT[code] === undefined) return false;
  }
  const isSeparator = (code: number | undefined): boolean => code === 0x2e || code === 0x2c;
  // A lone "l" or "I" is a digit only inside a number: "I.200", "1.l".
  const inNumber =
    (isSeparator(units[end]) && isDigit(units[end + 1] ?? 0)) ||
    (start >= 2 && isSeparator(units[start - 1]) && isDigit(units[start - 2] as number));
  if (!inNumber && (end - start < 2 || digits * 2 < end - start)) return false;
  for (let i = start; i < end; i++) {
    const digit = LETTER_AS_DIGIT[units[i] as number];
    if (digit !== undefined) {
      units[i] = digit;
      repaired[i] = 1;
    }
  }
  return true;
}

/** Repairs a word token in place (letters and digits); marks what changed. */
function repairToken(units: Uint16Array, start: number, end: number, repaired: Uint8Array): void {
  let letters = 0;
  let firstLetterAt = -1;
  let ampersand = false;
  for (let i = start; i < end; i++) {
    const code = units[i] as number;
    if (isLetter(code)) {
      letters++;
      if (firstLetterAt < 0) firstLetterAt = i - start;
      if (code === 0x26) ampersand = true;
    }
  }
  const length = end - start;
  if (letters === 0) return;
  if (repairNumber(units, start, end, repaired)) return;
  const hasDigit = letters < length;
  const letterWord = firstLetterAt === 0;
  const digitLedWord = units[start] === 0x31 && firstLetterAt <= 2 && length <= 6;
  // Vietnamese has no "j" inside a word: there it is an OCR'd "i" with its accent ("djnh" định, "kjch" kích, "trj" trị).
  for (let i = start + 1; i < end; i++) {
    if (units[i] === 0x6a && isLetter(units[i - 1] as number)) {
      units[i] = 0x69;
      repaired[i] = 1;
    }
  }
  if ((hasDigit || ampersand) && (letterWord || digitLedWord)) {
    for (let i = start; i < end; i++) {
      const char = String.fromCharCode(units[i] as number);
      const replacement = char === "&" ? "e" : hasDigit ? DIGIT_AS_LETTER[char] : undefined;
      if (replacement !== undefined) {
        units[i] = replacement.charCodeAt(0);
        repaired[i] = 1;
      }
    }
  }
  if (length < 4 || length > 8) return;
  let token = "";
  for (let i = start; i < end; i++) {
    const code = units[i] as number;
    if (code < A || code > Z) return;
    token += String.fromCharCode(code);
  }
  const snapped = snapToVocabulary(token);
  if (snapped === undefined) return;
  for (let i = start; i < end; i++) {
    const code = i - start < snapped.length ? snapped.charCodeAt(i - start) : 0x20;
    if (code !== units[i]) repaired[i] = 1;
    units[i] = code;
  }
}

/** Page furniture on a line of its own ("- 2 -", "Trang 3", "Trang 3/7"): blanked, so a sentence runs on across the page break. */
const PAGE_FURNITURE = /^[ \t]*(?:-[ \t]?\d{1,3}[ \t]?-|[Tt]rang[ \t]{1,3}\d{1,3}(?:[ \t]?\/[ \t]?\d{1,3})?)[ \t]*\r?$/gm;

/** Phrases OCR breaks across tokens: "ho 50" / "hd so" for "hồ sơ". */
const PHRASE_REPAIRS: readonly (readonly [RegExp, (found: string, offset: number, text: string) => string])[] = [
  [/\bh[ode]\s{1,3}[s5][o0d]\b/g, (found) => `ho${found.slice(2, -2)}so`],
  // "tỷ lệ" read as "ty 16" or "ty 1e" (l taken for 1, ệ for 6 or e): no figure stands right after "tỷ".
  [/\bty\s{1,3}1[6e]\b/g, (found) => `${found.slice(0, -2)}le`],
  // "°/o", "o/o" after a figure: a per cent sign OCR took apart.
  [/(?<=\d\s?)[°o0]\/[o0](?![a-z\d])/g, (found) => `%${" ".repeat(found.length - 1)}`],
  // "1. 520", "1.\n520": a thousands point OCR or a line break left a space after; the space goes after the figure.
  // Not a numbered item at the start of a line ("2. 120 hồ sơ").
  [
    /(?<![\d.,])\d{1,3}\.\s\d{3}(?![\d%]|[.,]\d)/g,
    (found, offset, text) => (startsLine(text, offset) ? found : `${found.replace(/\s/, "")} `),
  ],
];

/** Two-word keywords of the parsers, repaired when OCR misread one letter of the pair (or one of each long word). */
const KEYWORD_PAIRS: readonly (readonly [string, string])[] = [
  ["giai", "quyet"],
  ["tiep", "nhan"],
  ["truoc", "han"],
  ["dung", "han"],
  ["qua", "han"],
  ["tre", "han"],
  ["xin", "rut"],
  ["truc", "tiep"],
];

/** The pair a keyword pair with a letter misread stands for, or undefined. */
function keywordPairOf(first: string, second: string): readonly [string, string] | undefined {
  return KEYWORD_PAIRS.find(([a, b]) => {
    if (first.length !== a.length || second.length !== b.length || (first === a && second === b)) return false;
    const da = editDistance(first, a, 1);
    const db = editDistance(second, b, 1);
    return da + db <= 1 || (da <= 1 && db <= 1 && a.length >= 4 && b.length >= 4);
  });
}

/**
 * Keyword pairs with a letter misread ("gidi quyét", "trwoc hạn", "qué hạn", "xin nit") are
 * repaired in place; only as the pair, so a name ("Ia Grai") or a lone word is left alone.
 */
function repairKeywordPairs(folded: string, repaired: Uint8Array): string {
  const words = [...folded.matchAll(/(?<![a-z\d])[a-z]{2,6}(?![a-z\d])/g)];
  let result = folded;
  for (let k = 0; k + 1 < words.length; k++) {
    const first = words[k] as RegExpExecArray;
    const second = words[k + 1] as RegExpExecArray;
    const gap = folded.slice(first.index + first[0].length, second.index);
    if (!/^\s{1,3}$/.test(gap)) continue;
    const pair = keywordPairOf(first[0], second[0]);
    if (!pair) continue;
    for (const [word, at] of [
      [pair[0], first.index],
      [pair[1], second.index],
    ] as const) {
      for (let i = 0; i < word.length; i++) if (result[at + i] !== word[i]) repaired[at + i] = 1;
      result = result.slice(0, at) + word + result.slice(at + word.length);
    }
  }
  return result;
}

/** True when only spacing stands between the start of its line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const char = text[i];
    if (char === "\n" || char === "\r") return true;
    if (char !== " " && char !== "\t") return false;
  }
  return true;
}

export function normalizeForMatching(original: string): MatchText {
  const { text, origin } = toNfc(original);
  const units = foldUnits(text);
  const repaired = new Uint8Array(text.length);
  for (const furniture of text.matchAll(PAGE_FURNITURE)) units.fill(0x20, furniture.index, furniture.index + furniture[0].length);
  let tokenStart = -1;
  for (let i = 0; i <= units.length; i++) {
    const code = i < units.length ? (units[i] as number) : 0x20;
    const inToken = isLetter(code) || isDigit(code);
    if (inToken && tokenStart < 0) tokenStart = i;
    else if (!inToken && tokenStart >= 0) {
      repairToken(units, tokenStart, i, repaired);
      tokenStart = -1;
    }
  }
  let folded = unitsToString(units);
  for (const [pattern, replacement] of PHRASE_REPAIRS) {
    folded = folded.replace(pattern, (found: string, offset: number) => {
      const replaced = replacement(found, offset, text);
      for (let k = 0; k < found.length; k++) if (found[k] !== replaced[k]) repaired[offset + k] = 1;
      return replaced;
    });
  }
  folded = repairKeywordPairs(folded, repaired);
  return {
    original,
    text,
    folded,
    originalIndex: (index) => (origin === undefined ? index : index >= origin.length ? original.length : (origin[Math.max(index, 0)] ?? 0)),
    repairedIn: (start, end) => {
      for (let i = Math.max(0, start); i < Math.min(end, repaired.length); i++) if (repaired[i]) return true;
      return false;
    },
  };
}
