/**
 * Report document (or plain text) → standard record. Pure and deterministic: the prose is
 * normalised for matching (length-preserving, see text/normalize), every parser proposes
 * candidates, the refiners merge or reject them, and the assignment keeps one per field (the
 * first in the text, except the commune and the period, see their parsers).
 */
import { CONFIDENT, type Extraction, type Provenance } from "../record/extraction";
import { FIELD_IDS, emptyRecord, type FieldId } from "../record/fields";
import { proseOf } from "../document/prose";
import { documentFromText, type ReportDocument } from "../document/reportDocument";
import { dateFromMatch, longDate, yearOf } from "../text/dates";
import { normalizeForMatching, type MatchText } from "../text/normalize";
import { SentenceIndex } from "../text/sentences";
import { findDocuments } from "./documents";
import { runParser, type Candidate, type ParseContext, type Parser, type Refiner } from "./parser";
import { chooseCommune, communeParser } from "./parsers/commune";
import { deadlineParser } from "./parsers/deadline";
import { identityRateParser } from "./parsers/identityRate";
import { dossiersParser } from "./parsers/dossiers";
import { nq57Parser } from "./parsers/nq57";
import { orgEidParser } from "./parsers/orgEid";
import { choosePeriod, periodParser } from "./parsers/period";
import {
  quotaAfterParser,
  staffInPostParser,
  staffOfPostsParser,
  staffPairAfterParser,
  staffPairBeforeParser,
  staffingParser,
} from "./parsers/staffing";
import { unitsParser } from "./parsers/units";
import { vneidParser } from "./parsers/vneid";
import { mergeTables, rowTextAt } from "./tables/tableCandidates";
import { preferMainStatement } from "./refiners/mainStatement";
import { onTimeParts } from "./refiners/onTimeParts";
import { dropOtherPeriods } from "./refiners/otherPeriods";
import { preferRatesWithCounts } from "./refiners/ratesAlone";
import { lowerImplausible } from "./refiners/plausibility";
import { dropNonResultSections } from "./refiners/sections";
import { preferTotals } from "./refiners/totals";

export const PARSERS: readonly Parser[] = [
  communeParser,
  periodParser,
  dossiersParser,
  staffingParser,
  staffInPostParser,
  quotaAfterParser,
  staffOfPostsParser,
  staffPairAfterParser,
  staffPairBeforeParser,
  unitsParser,
  nq57Parser,
  vneidParser,
  orgEidParser,
  identityRateParser,
  deadlineParser,
];

/** Applied in order between parsing and assignment. */
export const REFINERS: readonly Refiner[] = [
  onTimeParts,
  preferTotals,
  preferRatesWithCounts,
  dropNonResultSections,
  dropOtherPeriods,
  preferMainStatement,
  lowerImplausible,
];

export const NOT_RECOGNISED =
  "Văn bản không được nhận dạng là báo cáo của xã, phường: không tìm thấy tên xã, phường và số liệu nào; không nhập văn bản này.";

/** The header of a notice carries its own date ("Gia Lai, ngày 25 tháng 11 năm 2025") near the top. */
const HEADER_REACH = 3000;

function noticeDateOf(doc: MatchText): string | null {
  const match = new RegExp(longDate("notice")).exec(doc.folded.slice(0, HEADER_REACH));
  return match ? dateFromMatch(match, "notice", null) : null;
}

/** The year most dates of the report carry, for dates written without one ("01/7"). */
function dominantYear(folded: string): number | null {
  const tally = new Map<number, number>();
  for (const match of folded.matchAll(/(?<=\/)(?<year>20\d\d)\b/g)) {
    const year = Number(match.groups?.year);
    tally.set(year, (tally.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of tally) if (count > bestCount) [best, bestCount] = [year, count];
  return best;
}

/** The final assignment: one candidate per field. */
function assign(matches: readonly Candidate[], context: ParseContext): Candidate[] {
  const byField = new Map<FieldId, Candidate[]>();
  for (const match of matches) {
    const list = byField.get(match.field) ?? [];
    list.push(match);
    byField.set(match.field, list);
  }
  const chosen: Candidate[] = [];
  // The first trusted figure in the text; an untrusted one only when there is no other.
  const rank = (m: Candidate): number => (m.confidence >= CONFIDENT ? 0 : 1);
  const earliest = (list: readonly Candidate[]): Candidate | undefined =>
    list.reduce<Candidate | undefined>(
      (best, m) => (best === undefined || rank(m) < rank(best) || (rank(m) === rank(best) && m.index < best.index) ? m : best),
      undefined,
    );
  for (const [field, list] of byField) {
    if (field === "commune") {
      const commune = chooseCommune(list, context);
      if (commune) chosen.push(commune);
    } else if (field !== "periodStart" && field !== "periodEnd") {
      const first = earliest(list);
      if (first) chosen.push(first);
    }
  }
  const received = chosen.find((m) => m.field === "received");
  chosen.push(...choosePeriod(matches, received?.anchor ?? received?.index, context));
  return chosen;
}

/** Callers from plain JavaScript (the CLI's JSON, the pane) may pass anything: tolerate it. */
function isDocument(value: unknown): value is ReportDocument {
  return typeof value === "object" && value !== null && Array.isArray((value as { blocks?: unknown }).blocks);
}

/** What parsers and refiners read: the document, its prose normalised for matching, and the report's year. */
export function parseContextOf(input: ReportDocument | string): ParseContext & { readonly noticeDate: string | null } {
  const document = typeof input === "string" ? documentFromText(input) : isDocument(input) ? input : documentFromText("");
  const prose = proseOf(document);
  const doc = normalizeForMatching(prose.text);
  const noticeDate = noticeDateOf(doc);
  return {
    document,
    prose,
    doc,
    noticeDate,
    contextYear: yearOf(noticeDate) ?? dominantYear(doc.folded),
    sentences: new SentenceIndex(doc.text),
  };
}

export function extractReport(input: ReportDocument | string): Extraction {
  const context = parseContextOf(input);
  const { prose, doc, noticeDate } = context;
  const proposed = PARSERS.flatMap((parser) => runParser(parser, context));
  const refined = REFINERS.reduce<readonly Candidate[]>((candidates, refine) => refine(candidates, context), proposed);
  const { candidates, disagreements } = mergeTables(refined, context);
  const fields = emptyRecord();
  const provenance: Partial<Record<FieldId, Provenance>> = {};
  for (const match of assign(candidates, context)) {
    fields[match.field] = match.value;
    const page = prose.pageAt(match.index);
    provenance[match.field] = {
      index: doc.originalIndex(match.index),
      text: match.location === undefined ? context.sentences.at(match.index) : rowTextAt(doc.text, match.index),
      confidence: match.confidence,
      ...(page === undefined ? {} : { page }),
      ...(match.location === undefined ? {} : { location: match.location }),
    };
  }
  const recognised = fields.commune !== null || FIELD_IDS.some((id) => typeof fields[id] === "number");
  return {
    fields,
    provenance,
    documents: findDocuments(doc, context.contextYear),
    noticeDate,
    ...(disagreements.length === 0 ? {} : { disagreements }),
    ...(recognised ? {} : { notRecognised: NOT_RECOGNISED }),
  };
}
