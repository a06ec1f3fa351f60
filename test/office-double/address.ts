/**
 * A1 addresses for the Office double: "B2", "A1:C3", "A:C", "2:4", "'Số liệu xã'!A1:B2".
 * Written separately from the product's own column-letter code so that a shared bug cannot
 * hide in both.
 */

/** Excel's grid size: rows and columns beyond these are errors, as in Excel. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based, inclusive of `row`/`column`, `rows` × `columns` in size. */
export interface Box {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits "'Sheet name'!A1:B2" into the sheet name (or undefined) and the local part. */
export function splitSheet(address: string): { sheet: string | undefined; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: undefined, local: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

type Corner = { row?: number; column?: number };

function parseCorner(text: string): Corner | undefined {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(text);
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  const corner: Corner = {};
  if (match[1]) corner.column = columnIndex(match[1]);
  if (match[2]) corner.row = Number(match[2]) - 1;
  return corner;
}

/** The box of a local address, or undefined when it is not a valid A1 reference. */
export function parseBox(local: string): Box | undefined {
  const [startText = "", endText = startText, extra] = local.split(":");
  if (extra !== undefined) return undefined;
  const start = parseCorner(startText);
  const end = parseCorner(endText);
  if (!start || !end) return undefined;
  const wholeColumns = start.row === undefined && end.row === undefined;
  const wholeRows = start.column === undefined && end.column === undefined;
  if ((start.row === undefined) !== (end.row === undefined)) return undefined;
  if ((start.column === undefined) !== (end.column === undefined)) return undefined;
  const r1 = wholeColumns ? 0 : (start.row as number);
  const r2 = wholeColumns ? MAX_ROWS - 1 : (end.row as number);
  const c1 = wholeRows ? 0 : (start.column as number);
  const c2 = wholeRows ? MAX_COLUMNS - 1 : (end.column as number);
  const box = {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
  if (box.row < 0 || box.column < 0 || box.row + box.rows > MAX_ROWS || box.column + box.columns > MAX_COLUMNS) return undefined;
  return box;
}

/** How Excel quotes a sheet name in an address: plain letters/digits stay bare, the rest is quoted. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boxAddress(box: Box): string {
  const first = `${columnName(box.column)}${box.row + 1}`;
  if (box.rows === 1 && box.columns === 1) return first;
  return `${first}:${columnName(box.column + box.columns - 1)}${box.row + box.rows}`;
}

export function fullAddress(sheet: string, box: Box): string {
  return `${quoteSheet(sheet)}!${boxAddress(box)}`;
}
