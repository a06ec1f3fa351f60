/**
 * Documents a report cites: "Quyết định số 2468/QĐ-UBND ngày 14/5/2025 của UBND tỉnh",
 * "Nghị định 130/2005/NĐ-CP", the party form "Kế hoạch số 01-KH/BCĐTW ngày 02/6/2025", and
 * their OCR'd forms ("QD", "Qb"). The type comes from the code in the number, the issuer is
 * kept as written, the authority is the body named after "của" (null when none is named).
 */
import type { CitedDocument } from "../record/extraction";
import { anyDate, dateFromMatch } from "../text/dates";
import type { MatchText } from "../text/normalize";

/** Folded type codes (with their OCR variants) → the code as official documents write it. */
const TYPE_CODES: Readonly<Record<string, string>> = {
  qd: "QĐ",
  qb: "QĐ",
  qp: "QĐ",
  kh: "KH",
  nq: "NQ",
  tb: "TB",
  ct: "CT",
  nd: "NĐ",
  nb: "NĐ",
  tt: "TT",
  cv: "CV",
  bc: "BC",
  hd: "HD",
  ttlt: "TTLT",
  ql: "QL",
};

/** "2468/QĐ-UBND", "130/2005/NĐ-CP", "702/QĐ -UBND". */
const STATE_FORM = String.raw`(?<![\d/])(?<number>\d{1,5})\s?/\s?(?:\d{4}\s?/\s?)?(?<type>[a-z]{2,4})\s{0,2}-\s{0,3}(?<issuer>[a-z]{1,12})\b`;
/** "01-KH/BCĐTW". */
const PARTY_FORM = String.raw`(?<![\d/])(?<partyNumber>\d{1,5})\s?-\s{0,3}(?<partyType>[a-z]{2,4})\s?/\s?(?<partyIssuer>[a-z]{1,12})\b`;
const CITATION = new RegExp(`${STATE_FORM}|${PARTY_FORM}`, "gd");
const DATE_AFTER = new RegExp(String.raw`^\s{0,3},?\s{0,3}ngay\s{1,3}${anyDate("cited")}`, "d");
const OF = /^\s{0,3},?\s{0,3}(?:cua|ciia|ctia|ctiia|cta|cia|cuia|ctua)\s{1,3}/;
/** Lower-case words that still belong to a body's name ("UBND tỉnh", "Bộ Chính trị", "Ban Chỉ đạo Trung ương"). */
const NAME_WORDS: ReadonlySet<string> = new Set([
  "tinh",
  "xa",
  "phuong",
  "huyen",
  "tri",
  "phu",
  "uong",
  "dao",
  "tuong",
  "phong",
  "thanh",
  "pho",
  "chinh",
  "nhan",
  "dan",
  "truong",
]);
const MAX_AUTHORITY_WORDS = 7;
const WORD = /[\p{L}\p{N}]+/uy;

function authorityAt(doc: MatchText, from: number): string | null {
  const of = OF.exec(doc.folded.slice(from, from + 24));
  if (!of) return null;
  const words: string[] = [];
  let position = from + of[0].length;
  let end = position;
  while (words.length < MAX_AUTHORITY_WORDS) {
    while (doc.text[position] === " " || doc.text[position] === "\n" || doc.text[position] === "\r" || doc.text[position] === "\t")
      position++;
    WORD.lastIndex = position;
    const match = WORD.exec(doc.text);
    if (!match) break;
    const written = match[0];
    const folded = doc.folded.slice(position, position + written.length);
    const capitalised = /^\p{Lu}/u.test(written);
    if (!capitalised && !NAME_WORDS.has(folded)) break; // "về", "ban hành", "trên địa bàn" end the name
    words.push(written);
    position += written.length;
    end = position;
  }
  return words.length > 0
    ? doc.text
        .slice(from + of[0].length, end)
        .replace(/\s+/g, " ")
        .trim()
    : null;
}

export function findDocuments(doc: MatchText, contextYear: number | null): CitedDocument[] {
  const documents: CitedDocument[] = [];
  const pattern = new RegExp(CITATION.source, CITATION.flags);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(doc.folded)) !== null) {
    const groups = match.groups ?? {};
    const party = groups.number === undefined;
    const number = party ? groups.partyNumber : groups.number;
    const typeKey = party ? groups.partyType : groups.type;
    const type = typeKey !== undefined ? TYPE_CODES[typeKey] : undefined;
    const issuerSpan = match.indices?.groups?.[party ? "partyIssuer" : "issuer"];
    if (number === undefined || type === undefined || !issuerSpan) continue;
    const issuer = doc.text.slice(issuerSpan[0], issuerSpan[1]);
    let end = match.index + match[0].length;
    const dateMatch = DATE_AFTER.exec(doc.folded.slice(end, end + 48));
    const date = dateMatch ? dateFromMatch(dateMatch, "cited", contextYear) : null;
    if (dateMatch) end += dateMatch[0].length;
    documents.push({
      type,
      number,
      issuer,
      authority: authorityAt(doc, end),
      date,
      index: doc.originalIndex(match.index),
      text: doc.text.slice(match.index, end).replace(/\s+/g, " "),
    });
  }
  return documents;
}
