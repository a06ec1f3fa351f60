/**
 * Zip archives built byte by byte, so a test can make a compressed "bomb" of any size in
 * milliseconds and make its directory lie about the sizes.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface ArchiveEntry {
  readonly name: string;
  /** The raw deflate stream of the entry. */
  readonly deflated: Uint8Array;
  readonly crc: number;
  readonly size: number;
  /** The size written in the headers, when the archive is to lie about it. */
  readonly declaredSize?: number;
}

export function entry(name: string, text: string): ArchiveEntry {
  const data = Buffer.from(text, "utf8");
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/**
 * An entry of `size` bytes: `head`, `unit` repeated, `tail`. The repeated middle is one
 * megabyte deflated once with a full flush (which makes it independent of what precedes it), its
 * compressed bytes repeated, and a final empty block: a valid stream of any length at about
 * 300 : 1, like the bombs sent by e-mail.
 */
export function bombEntry(name: string, head: string, unit: string, tail: string, size: number): ArchiveEntry {
  const unitBytes = Buffer.from(unit, "utf8");
  const chunk = Buffer.alloc(Math.floor((1 << 20) / unitBytes.length) * unitBytes.length);
  for (let at = 0; at < chunk.length; at += unitBytes.length) unitBytes.copy(chunk, at);
  const flushed = (data: Buffer) => deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const [headBytes, tailBytes] = [Buffer.from(head, "utf8"), Buffer.from(tail, "utf8")];
  const repeats = Math.ceil((size - headBytes.length - tailBytes.length) / chunk.length);
  const block = flushed(chunk);
  let crc = crc32(headBytes);
  for (let i = 0; i < repeats; i++) crc = crc32(chunk, crc);
  crc = crc32(tailBytes, crc);
  const deflated = Buffer.concat([flushed(headBytes), ...Array.from({ length: repeats }, () => block), deflateRawSync(tailBytes)]);
  return { name, deflated, crc, size: headBytes.length + repeats * chunk.length + tailBytes.length };
}

/** The entry as its headers would describe it with `declaredSize` instead of its real size. */
export function lyingAbout(original: ArchiveEntry, declaredSize: number): ArchiveEntry {
  return { ...original, declaredSize };
}

/** The archive's bytes: local headers with data, central directory, end record. */
export function archive(entries: readonly ArchiveEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const item of entries) {
    const name = Buffer.from(item.name, "utf8");
    const sizes = (header: Buffer, at: number) => {
      header.writeUInt32LE(item.crc >>> 0, at);
      header.writeUInt32LE(item.deflated.length, at + 4);
      header.writeUInt32LE(item.declaredSize ?? item.size, at + 8);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflated
    sizes(local, 14);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    sizes(central, 16);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(item.deflated));
    directory.push(central, name);
    offset += local.length + name.length + item.deflated.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directoryBytes, end]));
}

const WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const SHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

function contentTypes(overrides: string): ArchiveEntry {
  return entry(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
}

const relationships = (name: string, target: string): ArchiveEntry =>
  entry(
    name,
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="${target}"/></Relationships>`,
  );

/** The parts of a .docx around its document.xml. */
export function wordPackage(document: ArchiveEntry): readonly ArchiveEntry[] {
  return [
    contentTypes(
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    ),
    relationships("_rels/.rels", "word/document.xml"),
    document,
  ];
}

/** A .docx whose document.xml is `size` bytes of one repeated paragraph. */
export function wordBomb(size: number): ArchiveEntry {
  const paragraph = "<w:p><w:r><w:t>Đã tiếp nhận 1.222 hồ sơ, trong đó trực tuyến 577 hồ sơ.</w:t></w:r></w:p>";
  return bombEntry(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>`,
    paragraph,
    "</w:body></w:document>",
    size,
  );
}

/** The parts of an .xlsx around its first sheet. */
export function workbookPackage(sheet: ArchiveEntry): readonly ArchiveEntry[] {
  return [
    contentTypes(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    ),
    relationships("_rels/.rels", "xl/workbook.xml"),
    entry(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SHEET}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        '<sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    entry(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELATIONSHIPS}">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    sheet,
  ];
}

/** An .xlsx whose sheet is `size` bytes of one repeated row. */
export function sheetBomb(size: number): ArchiveEntry {
  const row = '<row><c t="inlineStr"><is><t>Hồ sơ tiếp nhận</t></is></c><c><v>1222</v></c></row>';
  return bombEntry(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SHEET}"><sheetData>`,
    row,
    "</sheetData></worksheet>",
    size,
  );
}
