/** Column letters and cell addresses in A1 notation, as both workbook back-ends write them. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new Error(`invalid column index ${index}`);
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new Error(`invalid column letters ${letters}`);
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A sheet name as formulas quote it: 'Số liệu xã'!A1. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "B2:D5" from zero-based row/column and a size. */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const first = `${columnLetter(column)}${row + 1}`;
  return rows === 1 && columns === 1 ? first : `${first}:${columnLetter(column + columns - 1)}${row + rows}`;
}

/** The zero-based position and size of "B2:D5" (or "B2"). */
export function parseRange(address: string): { row: number; column: number; rows: number; columns: number } {
  const match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(address);
  if (!match) throw new Error(`invalid range ${address}`);
  const row = Number(match[2]) - 1;
  const column = columnIndex(match[1] as string);
  const lastRow = match[4] ? Number(match[4]) - 1 : row;
  const lastColumn = match[3] ? columnIndex(match[3]) : column;
  return { row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}
