/**
 * The part of a report a figure was read from, as staff are shown it on demand: the clause around the
 * figure (not the whole sentence, which in these reports runs over many lines), with the figure marked.
 */

/** Longest stretch kept on either side of the figure when no clause boundary comes sooner. */
const REACH = 110;

/**
 * A clause ends at a semicolon, a full stop followed by a space, or a line break (the end of a table
 * row). " ; " with a space before it joins the cells of a table row (proseOf), so it is no boundary.
 */
const BOUNDARY = /(?<! );|\n|\.\s/g;

export interface Clause {
  /** Text before the figure, with "…" where it was cut. */
  readonly before: string;
  /** The figure as written in the report. */
  readonly figure: string;
  readonly after: string;
}

/** The figure as written at `index`: digits with the thousands points, decimal comma and % sign. */
function figureAt(text: string, index: number): string {
  return /^\d[\d.,]*(?:\s?%)?/.exec(text.slice(index))?.[0].replace(/[.,]$/, "") ?? "";
}

export function clauseAround(text: string, index: number): Clause {
  const figure = figureAt(text, index);
  const end = index + figure.length;
  const reachStart = Math.max(0, index - REACH);
  let cut = 0;
  for (const match of text.slice(reachStart, index).matchAll(BOUNDARY)) cut = (match.index ?? 0) + match[0].length;
  const tail = text.slice(end, end + REACH);
  const next = tail.search(BOUNDARY);
  const stop = next >= 0 ? end + next + 1 : end + tail.length;
  const squeeze = (part: string) => part.replace(/\s+/g, " ");
  return {
    before: `${cut === 0 && reachStart > 0 ? "…" : ""}${squeeze(text.slice(reachStart + cut, index)).trimStart()}`,
    figure,
    after: `${squeeze(text.slice(end, stop)).trimEnd()}${next < 0 && stop < text.length ? "…" : ""}`,
  };
}
