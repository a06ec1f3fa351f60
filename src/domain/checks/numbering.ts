/**
 * Checks on the documents a report cites. A numbering is one type, issuer and authority (the
 * commune's own "QĐ-UBND" and the province's "QĐ-UBND … của UBND tỉnh" are two numberings) and
 * restarts every year: within it one number names one document, and numbers grow with dates.
 */
import type { CitedDocument } from "../record/extraction";

/** One citation that disagrees with another. */
export interface DocumentConflict {
  readonly check: "reuse" | "order";
  /** reuse: the same number with two dates; order: `first` has the lower number but the later date. */
  readonly first: CitedDocument;
  readonly second: CitedDocument;
}

/** The body a citation names, normalised; the commune's own documents (no authority, or "của UBND xã") share one key. */
function authorityKey(authority: string | null): string {
  const text = (authority ?? "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/^\s*(của|cua)\s+/, "")
    .replace(/(ủy|uỷ|uy) ban nhân dân|uy ban nhan dan/g, "ubnd")
    .replace(/\s+/g, " ")
    .trim();
  return /^ubnd (xã|xa|phường|phuong)(\s|$)/.test(text) ? "" : text;
}

function numberingKey(document: CitedDocument): string {
  return [document.type.toUpperCase(), document.issuer.toUpperCase(), authorityKey(document.authority)].join("|");
}

function numericPart(document: CitedDocument): number | undefined {
  const match = /^\s*0*(\d+)/.exec(document.number);
  return match ? Number(match[1]) : undefined;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The cited documents that contradict each other, each pair once. */
export function numberingConflicts(documents: readonly CitedDocument[]): DocumentConflict[] {
  const dated = documents.filter((d): d is CitedDocument & { date: string } => d.date !== null && numericPart(d) !== undefined);
  const conflicts: DocumentConflict[] = [];
  // The same document cited twice with the same date is fine; with another date, one citation is wrong.
  for (const citations of groupBy(dated, (d) => `${numberingKey(d)}|${numericPart(d)}|${d.date.slice(0, 4)}`).values()) {
    const [first, ...others] = citations;
    const second = others.find((d) => d.date !== first?.date);
    if (first && second) conflicts.push({ check: "reuse", first, second });
  }
  // Numbers restart each year, so the order is checked within a year only.
  for (const citations of groupBy(dated, (d) => `${numberingKey(d)}|${d.date.slice(0, 4)}`).values()) {
    const distinct = [...groupBy(citations, (d) => String(numericPart(d))).values()].map(
      (group) => group[0] as CitedDocument & { date: string },
    );
    distinct.sort((a, b) => (numericPart(a) as number) - (numericPart(b) as number));
    distinct.forEach((lower, i) => {
      const higher = distinct[i + 1];
      if (higher && higher.date < lower.date) conflicts.push({ check: "order", first: lower, second: higher });
    });
  }
  return conflicts;
}

/** "123/QĐ-UBND", as a citation writes it. */
export function documentReference(document: CitedDocument): string {
  return `${document.number}/${document.type}-${document.issuer}`;
}
