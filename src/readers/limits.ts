/**
 * Limits checked before a reader parses a file, so that a small file cannot make it spend
 * gigabytes or minutes: a compressed "bomb" (.docx, .xlsx), a PDF of countless or giant pages (a
 * scan of too many pixels is refused by ocr/limits). Each gives a Vietnamese refusal for that file alone. Functions of the
 * bytes (and of an opened PDF), without node:fs: shared by the task pane and the CLI.
 */
import type { Inflate } from "pako";
import { formatCount } from "../domain/format/vietnamese";
import { failure, megabytes, type ReadFailure } from "./readResult";

const MEGABYTE = 1024 * 1024;
const countText = (value: number): string => formatCount(value, { padSmall: false });

/** A .docx has about twenty parts and a workbook of a hundred sheets a few hundred. */
export const MAX_ARCHIVE_ENTRIES = 5000;
/** All the parts unpacked, pictures included. */
export const MAX_UNPACKED_BYTES = 100 * MEGABYTE;
/**
 * The XML the reader parses (a .docx's text, a workbook's sheets). A long report holds a megabyte
 * or two of it; mammoth took 11 s and 340 MB on 4 MB of paragraphs, 56 s and 1.1 GB on 16 MB.
 */
export const MAX_MARKUP_BYTES = 8 * MEGABYTE;
/** XML packs 5 to 30 times; a part over a megabyte packed more than this is a bomb, not a report. */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_FLOOR_BYTES = MEGABYTE;

/** A report runs to tens of pages, with its annexes to a few hundred. */
export const MAX_PDF_PAGES = 500;
/** The largest page side a PDF may declare (ISO 32000, annex C: 200 inches), in points. */
export const MAX_PDF_PAGE_SIDE = 14_400;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** As declared by the archive, which may lie. */
  readonly uncompressedSize: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
}

export interface ZipDirectory {
  /** The number of entries the archive declares. */
  readonly count: number;
  /** The entries, read only when there are at most MAX_ARCHIVE_ENTRIES of them. */
  readonly entries: readonly ZipEntry[];
}

/**
 * A zip archive's central directory, read without inflating anything; or undefined when there is
 * no readable directory (the reader then reports the file as corrupt).
 */
export function zipDirectory(bytes: Uint8Array): ZipDirectory | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const names = new TextDecoder("utf-8");
  try {
    // The end record closes the file, followed only by a comment of at most 65,535 bytes.
    let end = -1;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff) && end < 0; at--)
      if (u32(at) === END_OF_DIRECTORY) end = at;
    if (end < 0) return undefined;
    let count = u16(end + 10);
    let size = u32(end + 12);
    let offset = u32(end + 16);
    let directoryEnd = end;
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      if (end < 20 || u32(end - 20) !== ZIP64_LOCATOR) return undefined;
      const record = u64(end - 12);
      if (u32(record) !== ZIP64_END_OF_DIRECTORY) return undefined;
      count = u64(record + 32);
      size = u64(record + 40);
      offset = u64(record + 48);
      directoryEnd = record;
    }
    // Bytes prepended to an archive shift all its offsets (JSZip allows for them as well).
    const shift = directoryEnd - size - offset;
    if (count > MAX_ARCHIVE_ENTRIES) return { count, entries: [] };
    const entries: ZipEntry[] = [];
    let at = offset + shift;
    for (let i = 0; i < count; i++) {
      if (u32(at) !== CENTRAL_HEADER) return undefined;
      const nameLength = u16(at + 28);
      const extraLength = u16(at + 30);
      const sizes = [u32(at + 24), u32(at + 20), u32(at + 42)];
      // ZIP64: the sizes and offset that do not fit 32 bits follow, in this order, in extra field 1.
      for (let extra = at + 46 + nameLength; extra < at + 46 + nameLength + extraLength; extra += 4 + u16(extra + 2)) {
        if (u16(extra) !== 1) continue;
        let value = extra + 4;
        sizes.forEach((declared, k) => {
          if (declared !== 0xffffffff) return;
          sizes[k] = u64(value);
          value += 8;
        });
      }
      const [uncompressedSize = 0, compressedSize = 0, localOffset = 0] = sizes;
      entries.push({
        name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
        method: u16(at + 10),
        compressedSize,
        uncompressedSize,
        localOffset: localOffset + shift,
      });
      at += 46 + nameLength + extraLength + u16(at + 32);
    }
    return { count, entries };
  } catch {
    // A record running past the end of the bytes: no readable directory.
    return undefined;
  }
}

/** The bytes an entry unpacks to: a stored entry is its own data, whatever it declares. */
function unpackedSize(entry: ZipEntry): number {
  return entry.method === STORED ? entry.compressedSize : entry.uncompressedSize;
}

const isMarkup = (entry: ZipEntry): boolean => /\.(xml|rels|vml)$/i.test(entry.name);

/** pako, loaded only when an archive is checked: the pane's first load stays small. */
async function loadInflate(): Promise<typeof Inflate> {
  const pako = await import("pako");
  // Node's import() of this CommonJS package gives only `default`; bundlers give both.
  return pako.Inflate ?? (pako as unknown as { default: typeof pako }).default.Inflate;
}

/** Inflates an entry only to count its bytes, stopping past `limit`: true when it unpacks to more. */
function unpacksBeyond(Inflater: typeof Inflate, bytes: Uint8Array, entry: ZipEntry, limit: number): boolean {
  const exceeded = new Error("exceeded");
  let total = 0;
  const inflate = new Inflater({ raw: true, chunkSize: 64 * 1024 });
  // Each chunk is counted and dropped, so memory stays at one chunk whatever the entry holds.
  inflate.onData = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > limit) throw exceeded;
  };
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(entry.localOffset, true) !== LOCAL_HEADER) return false;
    const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
    inflate.push(bytes.subarray(start, start + entry.compressedSize), true);
    return false;
  } catch (error) {
    // Any other error is a broken header or stream, which the reader reports as a corrupt file.
    return error === exceeded;
  }
}

function bombMessage(fileName: string, detail: string): string {
  return (
    `Tệp "${fileName}" ${detail}, bất thường đối với một báo cáo (tệp có thể bị hỏng hoặc là tệp nén “bom” được tạo có chủ ý) ` +
    "nên không được mở; đề nghị mở và lưu lại tệp bằng Word hoặc Excel, hoặc đề nghị đơn vị gửi lại tệp."
  );
}

const limitMegabytes = (bytes: number): string => String(bytes / MEGABYTE);

/**
 * The refusal of a .docx or .xlsx whose parts would unpack beyond the limits: first from the
 * sizes its directory declares, then, since a directory can lie, by inflating each part with a
 * counter that stops at the declared size. Undefined when the archive is within the limits or
 * has no readable directory (the reader then says it is corrupt).
 */
export async function archiveLimitFailure(bytes: Uint8Array, fileName: string): Promise<ReadFailure | undefined> {
  const directory = zipDirectory(bytes);
  if (directory === undefined) return undefined;
  if (directory.count > MAX_ARCHIVE_ENTRIES) {
    return failure(
      "archive-too-large",
      bombMessage(fileName, `gồm ${countText(directory.count)} phần nén, vượt giới hạn ${countText(MAX_ARCHIVE_ENTRIES)} phần`),
    );
  }
  const { entries } = directory;
  const total = entries.reduce((sum, entry) => sum + unpackedSize(entry), 0);
  const markup = entries.filter(isMarkup);
  const markupTotal = markup.reduce((sum, entry) => sum + unpackedSize(entry), 0);
  const biggest = (list: readonly ZipEntry[]) => {
    const entry = list.reduce<ZipEntry | undefined>((a, b) => (a && unpackedSize(a) >= unpackedSize(b) ? a : b), undefined);
    return entry ? ` (lớn nhất là phần "${entry.name}": ${megabytes(unpackedSize(entry))} MB)` : "";
  };
  if (total > MAX_UNPACKED_BYTES) {
    return failure(
      "archive-too-large",
      bombMessage(
        fileName,
        `khi giải nén lên tới ${megabytes(total)} MB${biggest(entries)}, vượt giới hạn ${limitMegabytes(MAX_UNPACKED_BYTES)} MB`,
      ),
    );
  }
  if (markupTotal > MAX_MARKUP_BYTES) {
    return failure(
      "archive-too-large",
      bombMessage(
        fileName,
        `có ${megabytes(markupTotal)} MB nội dung XML khi giải nén${biggest(markup)}, vượt giới hạn ${limitMegabytes(MAX_MARKUP_BYTES)} MB`,
      ),
    );
  }
  const packed = entries.find(
    (e) => e.method === DEFLATED && e.uncompressedSize > RATIO_FLOOR_BYTES && e.uncompressedSize > MAX_COMPRESSION_RATIO * e.compressedSize,
  );
  if (packed) {
    const ratio = countText(packed.uncompressedSize / Math.max(packed.compressedSize, 1));
    return failure(
      "archive-too-large",
      bombMessage(
        fileName,
        `có phần "${packed.name}" nén tới ${ratio} lần (${megabytes(packed.uncompressedSize)} MB khi giải nén), vượt tỷ lệ ${MAX_COMPRESSION_RATIO} lần`,
      ),
    );
  }
  const deflated = entries.filter((e) => e.method === DEFLATED);
  const Inflater = deflated.length > 0 ? await loadInflate() : undefined;
  const lying = Inflater && deflated.find((e) => unpacksBeyond(Inflater, bytes, e, e.uncompressedSize));
  if (lying) {
    return failure(
      "archive-too-large",
      bombMessage(fileName, `có phần "${lying.name}" giải nén ra nhiều hơn kích thước khai báo (${megabytes(lying.uncompressedSize)} MB)`),
    );
  }
  return undefined;
}

/** The part of an opened pdfjs document the page limits read. */
export interface PdfPages {
  readonly numPages: number;
  getPage(number: number): Promise<unknown>;
}

const centimetres = (points: number): string => countText((points / 72) * 2.54);

/** The refusal of a PDF of too many pages or of a page beyond the largest a PDF may have. */
export async function pdfLimitFailure(document: PdfPages, fileName: string): Promise<ReadFailure | undefined> {
  if (document.numPages > MAX_PDF_PAGES) {
    return failure(
      "too-many-pages",
      `Tệp "${fileName}" có ${countText(document.numPages)} trang, vượt giới hạn ${MAX_PDF_PAGES} trang cho một báo cáo; đề nghị tách riêng phần báo cáo rồi thực hiện lại.`,
    );
  }
  for (let number = 1; number <= document.numPages; number++) {
    const page = (await document.getPage(number)) as { view?: readonly number[]; userUnit?: number };
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view ?? [];
    const unit = page.userUnit ?? 1;
    const width = Math.abs(x1 - x0) * unit;
    const height = Math.abs(y1 - y0) * unit;
    if (width > MAX_PDF_PAGE_SIDE || height > MAX_PDF_PAGE_SIDE) {
      return failure(
        "page-too-large",
        `Tệp "${fileName}" có trang ${number} khổ ${centimetres(width)} × ${centimetres(height)} cm, vượt khổ lớn nhất của tệp PDF ` +
          `(${centimetres(MAX_PDF_PAGE_SIDE)} cm mỗi cạnh); tệp có thể bị hỏng, đề nghị xuất lại tệp PDF từ văn bản gốc.`,
      );
    }
  }
  return undefined;
}
