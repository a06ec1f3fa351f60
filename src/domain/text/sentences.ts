/**
 * Sentence bounds for provenance and for keeping a keyword and its figure in one statement.
 * A sentence ends at ";", at "." followed by a space or a line break, or where a new bullet
 * line ("- ", "+ ", "* ") begins; a line break alone does not end it (reports wrap lines and
 * pages in mid-sentence).
 */

function isSpace(char: string | undefined): boolean {
  return char === " " || char === "\n" || char === "\r" || char === "\t" || char === "\u00a0";
}

/** True when a sentence ends just after position i. */
function endsAt(text: string, i: number): boolean {
  const char = text[i];
  if (char === ";" || char === "!" || char === "?") return true;
  if (char === ".") return i + 1 >= text.length || isSpace(text[i + 1]);
  if (char === "\n") {
    let j = i + 1;
    while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\r" || text[j] === "\n")) j++;
    const next = text[j];
    return (next === "-" || next === "+" || next === "*" || next === "•") && isSpace(text[j + 1]);
  }
  return false;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Every sentence end of a text, found once, so that looking up the sentence around an index
 * costs a binary search instead of a walk (parsers ask for thousands of them on long texts).
 */
export class SentenceIndex {
  private readonly ends: Int32Array;

  constructor(private readonly text: string) {
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) if (endsAt(text, i)) ends.push(i);
    this.ends = Int32Array.from(ends);
  }

  /** The sentence around `index`, looking at most `reach` characters each way. */
  bounds(index: number, reach = 400): Span {
    // The first sentence end at or after `index`.
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.ends[middle] as number) < index) low = middle + 1;
      else high = middle;
    }
    const next = low < this.ends.length ? (this.ends[low] as number) : this.text.length;
    const previous = low > 0 ? (this.ends[low - 1] as number) : -1;
    const start = Math.max(previous + 1, Math.max(0, index - reach), 0);
    const end = Math.min(next, Math.min(this.text.length, index + reach));
    return { start: Math.min(start, index), end: Math.min(this.text.length, end + 1) };
  }

  /** The sentence around `index` as written, spacing collapsed. */
  at(index: number, reach = 400): string {
    const { start, end } = this.bounds(index, reach);
    return this.text.slice(start, end).replace(/\s+/g, " ").trim();
  }
}
