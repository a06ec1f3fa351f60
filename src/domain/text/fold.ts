/**
 * Character folding for matching: one UTF-16 unit in, one out, so that an index in the folded
 * text is the index in the text it came from. Lower case, diacritics dropped, đ (and Ð, ð, the eth OCR puts for it) → d, the OCR
 * stand-ins for ê/ệ ("€", "¢") → e, every kind of line break or space → a plain space.
 */

const TABLE_SIZE = 0x3000;
let table: Uint16Array | undefined;

function buildTable(): Uint16Array {
  const built = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const char = String.fromCharCode(code);
    const base = char.normalize("NFD").charAt(0).toLowerCase();
    built[code] = base.length === 1 ? base.charCodeAt(0) : code;
  }
  const set = (chars: string, to: string): void => {
    for (const char of chars) built[char.charCodeAt(0)] = to.charCodeAt(0);
  };
  // "Ð" (eth) is how OCR and some fonts write "Đ": "QÐ-UBND".
  set("đĐðÐ", "d");
  set("€¢", "e");
  set("\n\r\t\v\f\u00a0\u2028\u2029\u200b", " ");
  // A combining mark left alone by NFC would split a word; folded it is a space.
  for (let code = 0x300; code <= 0x36f; code++) built[code] = 0x20;
  return built;
}

/** The folded UTF-16 units of a string (same length). */
export function foldUnits(text: string): Uint16Array {
  const fold = (table ??= buildTable());
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    units[i] = code < TABLE_SIZE ? (fold[code] as number) : code;
  }
  return units;
}

const utf16 = new TextDecoder("utf-16le");

/** Units back to a string of the same length (a lone surrogate becomes U+FFFD, still one unit). */
export function unitsToString(units: Uint16Array): string {
  return utf16.decode(units);
}

/** Folded text of the same length: "Tiếp nhận Đúng hạn" → "tiep nhan dung han". */
export function foldText(text: string): string {
  return unitsToString(foldUnits(text));
}

/** Folded text with the spacing collapsed, for comparing names and keywords. */
export function foldKey(text: string): string {
  return foldText(text.normalize("NFC")).trim().replace(/\s+/g, " ");
}
