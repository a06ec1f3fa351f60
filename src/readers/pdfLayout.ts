/**
 * The text items pdf.js gives for one page → that page's blocks. Items keep their position
 * (`transform[4]`, `transform[5]` are x and the baseline's y, in points from the bottom left;
 * for turned text the position is read along the text's own direction), so tables are rebuilt:
 * - lines are items on one baseline; a line's cells are its items apart by more than a space;
 * - a table's rows are the lines with two figures or more, each with the lines of its
 *   multi-line cells (assigned to the nearest such row);
 * - its columns are the x-ranges that the cells of those rows share;
 * - its header is the lines just above the first row, up to the caption ("Biểu số…",
 *   "Đơn vị tính…"): the lines of one header cell are joined, and a header cell belongs to
 *   every column whose figures it overlaps, so a merged header spans its columns.
 * Everything else is text, in content order, as pdf.js lays it out.
 */
import type { Block } from "../domain/document/reportDocument";

export interface PdfTextItem {
  readonly str: string;
  readonly hasEOL?: boolean;
  /** pdf.js's text matrix: [a, b, c, d, x, y]. */
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

interface Fragment {
  readonly item: number;
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
}

interface Cell {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
}

interface Line {
  readonly y: number;
  readonly size: number;
  readonly fragments: readonly Fragment[];
  readonly cells: readonly Cell[];
}

interface Region {
  readonly header: readonly Line[];
  readonly body: readonly Line[];
}

const FIGURE = /^[-+]?\d[\d.,]*\s?%?$/;
/** A dash or an x for zero, centred where the figures are right-aligned: it takes the nearest column. */
const ZERO_MARK = /^[-–—x]$/i;
/** A caption, a unit line or a source line above or below a table: never part of its header. */
const CAPTION = /^(biểu|bảng|phụ lục|đơn vị tính|đvt|kèm theo|nguồn|ghi chú|trong đó)\b/i;

function fragmentOf(item: PdfTextItem, index: number): Fragment | undefined {
  const [a = 1, b = 0, , d = 1, x = 0, y = 0] = item.transform ?? [];
  if (item.str.trim() === "") return undefined;
  const scale = Math.hypot(a, b) || 1;
  // Along the text's direction and across it, so a turned page reads like an upright one.
  const along = (a * x + b * y) / scale;
  const across = (-b * x + a * y) / scale;
  const size = item.height || Math.abs(d) || scale;
  return { item: index, text: item.str, x0: along, x1: along + (item.width ?? 0), y: across, size };
}

function cellsOf(fragments: readonly Fragment[], size: number): Cell[] {
  const cells: Cell[] = [];
  let current: { texts: string[]; x0: number; x1: number; y: number } | undefined;
  for (const fragment of fragments) {
    if (current && fragment.x0 - current.x1 < 0.4 * size) {
      current.texts.push(fragment.text);
      current.x1 = Math.max(current.x1, fragment.x1);
    } else {
      if (current) cells.push({ text: current.texts.join(" ").replace(/\s+/g, " ").trim(), x0: current.x0, x1: current.x1, y: current.y });
      current = { texts: [fragment.text], x0: fragment.x0, x1: fragment.x1, y: fragment.y };
    }
  }
  if (current) cells.push({ text: current.texts.join(" ").replace(/\s+/g, " ").trim(), x0: current.x0, x1: current.x1, y: current.y });
  return cells;
}

function linesOf(fragments: readonly Fragment[]): Line[] {
  const sorted = [...fragments].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const groups: Fragment[][] = [];
  for (const fragment of sorted) {
    const last = groups[groups.length - 1];
    const first = last?.[0];
    if (last && first && Math.abs(first.y - fragment.y) <= 0.3 * Math.min(first.size, fragment.size)) last.push(fragment);
    else groups.push([fragment]);
  }
  return groups.map((group) => {
    const inOrder = [...group].sort((p, q) => p.x0 - q.x0);
    const size = Math.max(...inOrder.map((fragment) => fragment.size));
    return { y: inOrder[0]?.y ?? 0, size, fragments: inOrder, cells: cellsOf(inOrder, size) };
  });
}

function isDataLine(line: Line): boolean {
  return line.cells.filter((cell) => FIGURE.test(cell.text)).length >= 2;
}

/** The figure cells of a line, less a row number in its first cell. */
function figureCells(line: Line): Cell[] {
  return line.cells.filter((cell, c) => FIGURE.test(cell.text) && !(c === 0 && /^\d{1,2}(\.\d{1,2})*\.?$/.test(cell.text)));
}

function widthOf(lines: readonly Line[]): { x0: number; x1: number } {
  const cells = lines.flatMap((line) => line.cells);
  return { x0: Math.min(...cells.map((c) => c.x0)), x1: Math.max(...cells.map((c) => c.x1)) };
}

function isWide(line: Line, extent: { x0: number; x1: number }, share: number): boolean {
  return line.cells.some((cell) => cell.x1 - cell.x0 > share * (extent.x1 - extent.x0));
}

/** The tables of a page: runs of data lines with the lines between them, and the header lines above. */
function regionsOf(lines: readonly Line[]): Region[] {
  const regions: Region[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isDataLine(lines[i] as Line)) {
      i++;
      continue;
    }
    const body: Line[] = [lines[i] as Line];
    let lastData = i;
    let j = i + 1;
    while (j < lines.length) {
      const line = lines[j] as Line;
      const previous = lines[j - 1] as Line;
      const data = body.filter(isDataLine);
      const extent = widthOf(data);
      const figuresFrom = Math.min(...data.flatMap((other) => figureCells(other).map((cell) => cell.x0)));
      // A long label stays left of the figures; a line of prose runs across them.
      const prose = line.cells.some((cell) => cell.x1 > figuresFrom && cell.x1 - cell.x0 > 0.45 * (extent.x1 - extent.x0));
      if (previous.y - line.y > 3 * line.size || prose || CAPTION.test(line.cells[0]?.text ?? "")) break;
      body.push(line);
      if (isDataLine(line)) lastData = j;
      j++;
    }
    // Lines after the last data row stay only as the rest of its multi-line cells.
    const anchors = body.filter(isDataLine);
    const extent = widthOf(anchors);
    const firstFigure = Math.min(...anchors.flatMap((line) => figureCells(line).map((cell) => cell.x0)));
    let end = lastData;
    while (end + 1 < j) {
      const line = lines[end + 1] as Line;
      const near = (lines[end] as Line).y - line.y <= 1.3 * line.size;
      if (!near || line.cells.some((cell) => cell.x1 > firstFigure)) break;
      end++;
    }
    // The first lines of a multi-line label centred on the first row sit just above it.
    let top = i;
    while (top > 0) {
      const line = lines[top - 1] as Line;
      if (line.y - (lines[top] as Line).y > 1.25 * line.size || line.cells.some((cell) => cell.x1 > firstFigure) || isDataLine(line)) break;
      top--;
    }
    const header: Line[] = [];
    for (let k = top - 1; k >= 0; k--) {
      const line = lines[k] as Line;
      const below = header[0] ?? (lines[top] as Line);
      const text = line.cells.map((cell) => cell.text).join(" ");
      if (line.y - below.y > 2.6 * line.size) break;
      if (CAPTION.test(text) || isDataLine(line)) break;
      if (line.cells.length === 1 && isWide(line, extent, 0.3) && (/^\(/.test(text) || text === text.toUpperCase())) break;
      if (isWide(line, extent, 0.6) || line.cells.some((cell) => cell.x1 < extent.x0 - line.size || cell.x0 > extent.x1 + line.size)) break;
      header.unshift(line);
    }
    const rows = lines.slice(top, end + 1);
    if (anchors.length >= 2 || header.length > 0) regions.push({ header, body: rows });
    i = Math.max(j, end + 1);
  }
  return regions;
}

interface Column {
  x0: number;
  x1: number;
}

function clusters(cells: readonly Cell[]): Column[] {
  const columns: Column[] = [];
  for (const cell of [...cells].sort((p, q) => p.x0 - q.x0)) {
    const last = columns[columns.length - 1];
    if (last && cell.x0 < last.x1 - 0.5) last.x1 = Math.max(last.x1, cell.x1);
    else columns.push({ x0: cell.x0, x1: cell.x1 });
  }
  return columns;
}

/**
 * Column x-ranges: the figures of the data rows that overlap make one column; their text cells
 * (labels, notes) make columns of their own where they overlap no figure.
 */
function columnsOf(anchors: readonly Line[]): Column[] {
  const figures = clusters(anchors.flatMap((line) => line.cells.filter((cell) => FIGURE.test(cell.text))));
  const texts = anchors.flatMap((line) =>
    line.cells.filter(
      (cell) => !FIGURE.test(cell.text) && !ZERO_MARK.test(cell.text) && figures.every((column) => overlap(cell, column) <= 0),
    ),
  );
  return [...figures, ...clusters(texts)].sort((p, q) => p.x0 - q.x0);
}

function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

/** The column a body cell belongs to: the one it overlaps most, else the nearest. */
function columnOf(cell: Cell, columns: readonly Column[]): number {
  let best = 0;
  let bestScore = -Infinity;
  columns.forEach((column, c) => {
    const score = overlap(cell, column);
    if (score > bestScore) [best, bestScore] = [c, score];
  });
  return best;
}

/** Header cells: the lines of one cell (stacked, overlapping, a line apart) joined. */
function headerBlocks(header: readonly Line[]): { text: string; x0: number; x1: number; top: number; size: number }[] {
  const blocks: { texts: string[]; x0: number; x1: number; top: number; bottom: number }[] = [];
  for (const line of header) {
    for (const cell of line.cells) {
      if (/^\(\d{1,2}\)$/.test(cell.text)) continue;
      const width = cell.x1 - cell.x0;
      const above = blocks.find(
        (block) =>
          block.bottom - cell.y <= 1.35 * line.size &&
          block.bottom > cell.y &&
          overlap(block, cell) >= 0.5 * Math.min(width, block.x1 - block.x0),
      );
      if (above) {
        above.texts.push(cell.text);
        above.x0 = Math.min(above.x0, cell.x0);
        above.x1 = Math.max(above.x1, cell.x1);
        above.bottom = cell.y;
      } else blocks.push({ texts: [cell.text], x0: cell.x0, x1: cell.x1, top: cell.y, bottom: cell.y });
    }
  }
  const size = Math.max(...header.map((line) => line.size));
  return blocks.map((block) => ({ text: block.texts.join(" "), x0: block.x0, x1: block.x1, top: block.top, size }));
}

/** Each column's header path: the header cells over it, and the group headers above those. */
function headerPaths(header: readonly Line[], columns: readonly Column[]): string[] {
  const blocks = headerBlocks(header);
  const assigned: (typeof blocks)[] = columns.map(() => []);
  for (const block of blocks) {
    const covered = columns.map((column, c) => (overlap(block, column) > 0.5 ? c : -1)).filter((c) => c >= 0);
    // A header over no figure belongs to the column just beside it, or to a column without figures.
    const nearest = columns.reduce((best, column, c) => (overlap(block, column) > overlap(block, columns[best] as Column) ? c : best), 0);
    const beside = columns[nearest] !== undefined && overlap(block, columns[nearest]) > -1.5 * block.size;
    const targets = covered.length > 0 ? covered : beside ? [nearest] : [];
    for (const c of targets) assigned[c]?.push(block);
  }
  // A group header narrower than the columns it spans still stands above their own headers.
  for (const own of assigned) {
    for (let grew = true; grew;) {
      grew = false;
      for (const block of blocks) {
        if (!own.includes(block) && own.some((lower) => block.top > lower.top && overlap(block, lower) > 0.5)) {
          own.push(block);
          grew = true;
        }
      }
    }
  }
  return assigned.map((own) =>
    [...own]
      .sort((p, q) => q.top - p.top)
      .map((block) => block.text)
      .join(" › "),
  );
}

function gridOf(region: Region): string[][] {
  const anchors = region.body.filter(isDataLine);
  if (anchors.length === 0) {
    // A header left at the foot of a page, its rows on the next: one column per lowest header cell.
    const blocks = headerBlocks(region.header);
    const leaves = blocks.filter((block) => !blocks.some((other) => other.top < block.top && overlap(other, block) > 0.5));
    return [
      headerPaths(
        region.header,
        leaves.sort((p, q) => p.x0 - q.x0),
      ),
    ];
  }
  const columns = columnsOf(anchors);
  const rows: string[][][] = anchors.map(() => columns.map(() => []));
  for (const line of region.body) {
    let nearest = 0;
    anchors.forEach((anchor, a) => {
      if (Math.abs(anchor.y - line.y) < Math.abs((anchors[nearest] as Line).y - line.y)) nearest = a;
    });
    for (const cell of line.cells) rows[nearest]?.[columnOf(cell, columns)]?.push(cell.text);
  }
  const grid = rows.map((row) => row.map((texts) => texts.join(" ")));
  return region.header.length === 0 ? grid : [headerPaths(region.header, columns), ...grid];
}

/**
 * The lines at the foot of a page that look like the header of a table whose rows start on the
 * next page: after the last line of prose or figures, narrow cells, three of them on one line.
 */
function headerAtFoot(lines: readonly Line[], regions: readonly Region[]): Region | undefined {
  const taken = new Set(regions.flatMap((region) => [...region.header, ...region.body]));
  const extent = widthOf(lines);
  let start = lines.length;
  while (start > 0) {
    const line = lines[start - 1] as Line;
    if (taken.has(line) || isDataLine(line) || isWide(line, extent, 0.45) || CAPTION.test(line.cells[0]?.text ?? "")) break;
    start--;
  }
  const foot = lines.slice(start);
  return foot.length >= 2 && foot.some((line) => line.cells.length >= 3) ? { header: foot, body: [] } : undefined;
}

export function pageBlocks(items: readonly PdfTextItem[], page: number): Block[] {
  const fragments = items.map(fragmentOf);
  const lines = linesOf(fragments.filter((fragment): fragment is Fragment => fragment !== undefined));
  const found = regionsOf(lines);
  const foot = headerAtFoot(lines, found);
  const regions = foot ? [...found, foot] : found;
  const regionOfItem = new Map<number, number>();
  regions.forEach((region, r) => {
    for (const line of [...region.header, ...region.body]) for (const fragment of line.fragments) regionOfItem.set(fragment.item, r);
  });
  const blocks: Block[] = [];
  const placed = new Set<number>();
  let text = "";
  const flush = (): void => {
    if (text.trim() !== "") blocks.push({ kind: "text", text, page });
    text = "";
  };
  items.forEach((item, i) => {
    const region = regionOfItem.get(i);
    if (region === undefined) {
      // A blank item between two cells of a table is part of the table.
      const previous = regionOfItem.get(i - 1);
      if (fragments[i] === undefined && previous !== undefined && regionOfItem.get(i + 1) === previous) return;
      text += item.str + (item.hasEOL ? "\n" : "");
      return;
    }
    if (placed.has(region)) return;
    placed.add(region);
    flush();
    blocks.push({ kind: "table", rows: gridOf(regions[region] as Region), page });
  });
  flush();
  return blocks;
}
