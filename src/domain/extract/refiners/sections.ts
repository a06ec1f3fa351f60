/**
 * Figures in the sections that are not the period's results: recommendations ("III. KIẾN NGHỊ",
 * "VI. ĐỀ XUẤT, KIẾN NGHỊ"), directions and tasks for the next period ("V. PHƯƠNG HƯỚNG, NHIỆM VỤ
 * QUÝ IV"). "Đề nghị bổ sung 02 biên chế công chức" is a request, not the commune's quota. The
 * deadline of the remediation report is stated there by design, and the commune is named there
 * as the addressee: those stay.
 */
import type { FieldId } from "../../record/fields";
import type { ParseContext, Refiner } from "../parser";

/** A heading line: "III. KIẾN NGHỊ", "B. PHƯƠNG HƯỚNG …" (roman numerals and capital letters are two levels). */
const HEADING = /^[ \t]{0,8}(?:([IVX]{1,5})|([A-H]))\.[ \t]{1,4}(\S[^\n]{0,160})/gm;
const NOT_RESULTS =
  /\b(?:kien nghi|de xuat|de nghi|phuong huong|nhiem vu (?:trong )?(?:thoi gian (?:toi|tiep theo)|quy|nam|thang|giai doan|\d)|muc tieu|ke hoach (?:quy|nam|thang))\b/;
const RESULTS = /\bket qua\b/;
/** Where the notice's body ends and its appendices begin ("Nơi nhận:", "Phụ lục", "Biểu số 01"): a section's reach ends there. */
const BODY_END = /^[ \t]{0,60}(?:n[oơ]i nh[aậ]n\b|ph[uụ] l[uụ]c\b|bi[eể]u(?: s[oố])?\s{0,3}\d)/gimu;
const KEPT_THERE: ReadonlySet<FieldId> = new Set<FieldId>(["remediationDeadline", "commune"]);

export interface Region {
  readonly start: number;
  readonly end: number;
}

/** The spans of the text under a heading that announces recommendations or plans, up to the next heading of its level or above. */
export function notResultRegions(context: ParseContext): Region[] {
  const { text, folded } = context.doc;
  const headings = [...text.matchAll(HEADING)].map((m) => ({
    index: m.index,
    letter: m[2] !== undefined,
    title: folded.slice(m.index + m[0].length - (m[3] ?? "").length, m.index + m[0].length),
  }));
  // Lines are read in `text`: `folded` has no line breaks.
  const bodyEnds = [...text.matchAll(BODY_END)].map((m) => m.index);
  const regions: Region[] = [];
  headings.forEach((heading, i) => {
    if (!NOT_RESULTS.test(heading.title) || RESULTS.test(heading.title)) return;
    // A letter heading runs to the next letter heading; a roman one to the next heading of either kind.
    const next = headings.slice(i + 1).find((other) => other.letter || !heading.letter);
    const bodyEnd = bodyEnds.find((index) => index > heading.index);
    regions.push({ start: heading.index, end: Math.min(next ? next.index : text.length, bodyEnd ?? text.length) });
  });
  return regions;
}

export const dropNonResultSections: Refiner = (candidates, context) => {
  const regions = notResultRegions(context);
  if (regions.length === 0) return [...candidates];
  return candidates.filter(
    (candidate) =>
      KEPT_THERE.has(candidate.field) || !regions.some((region) => candidate.index >= region.start && candidate.index < region.end),
  );
};
