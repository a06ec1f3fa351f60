/**
 * Dates that cannot be right in a report, as OCR misreads them: "2625" for "2025", a 13th month,
 * a 32nd day. Their spans are marked uncertain like a word OCR itself doubted, so that a figure
 * read from them is flagged for review rather than trusted.
 */
import type { Block, Span, TextBlock } from "../../domain/document/reportDocument";

/** Before this year no administrative document a report cites was issued. */
const EARLIEST_YEAR = 1945;
/** A report speaks of its own year, the years before it, and plans for the next at most. */
const YEARS_AHEAD = 1;

/** "dd/mm/yyyy" (also with "." or "-"), or "tháng mm năm yyyy" / "năm yyyy" (diacritics may be lost by OCR). */
const NUMERIC_DATE = /\b(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})\b/g;
const WORDED_YEAR = /\b(?:ngày\s+(\d{1,2})\s+)?(?:tháng\s+(\d{1,2})\s+)?(?:năm|nam)\s+(\d{4})\b/giu;

interface DateMention extends Span {
  readonly day?: number;
  readonly month?: number;
  readonly year: number;
}

function mentionsIn(text: string): DateMention[] {
  const found: DateMention[] = [];
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  // Both patterns capture day, month and year in that order.
  for (const pattern of [NUMERIC_DATE, WORDED_YEAR]) {
    for (const match of text.matchAll(pattern)) {
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        day: number(match[1]),
        month: number(match[2]),
        year: Number(match[3]),
      });
    }
  }
  return found;
}

/** The year most dates of the document carry: the report's own. */
function reportYear(blocks: readonly Block[]): number | undefined {
  const tally = new Map<number, number>();
  for (const block of blocks) {
    const text = block.kind === "text" ? block.text : block.rows.flat().join(" ");
    for (const { year } of mentionsIn(text)) if (year >= EARLIEST_YEAR && year < 2100) tally.set(year, (tally.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of tally) if (best === undefined || count > (tally.get(best) ?? 0)) best = year;
  return best;
}

function impossible(date: DateMention, latestYear: number): boolean {
  if (date.year < EARLIEST_YEAR || date.year > latestYear) return true;
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return true;
  return date.day !== undefined && (date.day < 1 || date.day > 31);
}

/**
 * The OCR'd blocks (those given in `scanned`) with their impossible dates added to `uncertain`;
 * the report's year is taken from every block, typed pages included.
 */
export function markImpossibleDates(blocks: readonly Block[], scanned: ReadonlySet<Block>): Block[] {
  const year = reportYear(blocks);
  const latestYear = year === undefined ? 2099 : year + YEARS_AHEAD;
  return blocks.map((block) => {
    if (block.kind !== "text" || !scanned.has(block)) return block;
    const marked = mentionsIn(block.text).filter((date) => impossible(date, latestYear));
    if (marked.length === 0) return block;
    const uncertain = [...(block.uncertain ?? []), ...marked.map(({ start, end }) => ({ start, end }))].sort((a, b) => a.start - b.start);
    return { ...block, uncertain } satisfies TextBlock;
  });
}
