/**
 * The steps of "Nhập số liệu" that reach outside the state: reading a report (text, a file, or several
 * images forming one scanned report) and writing the reviewed reports. Each ends in one action for the
 * reducer, so the hook that runs them is one line per step and the tests drive them without a browser.
 */
import { documentFromText, type ReportDocument } from "../../domain/document/reportDocument";
import { proseOf } from "../../domain/document/prose";
import { extractReport } from "../../domain/extract/extractReport";
import type { ImportRecords } from "../../excel/importRecords";
import { errorMessage } from "../../presentation/errorMessage";
import { outcomeNotice } from "../../presentation/notice";
import type { ReadResult } from "../../readers/readResult";
import { decided } from "./conflicts";
import { type ImportAction, type ImportState, type ReadProgress, firstInvalid, writableItems } from "./importState";
import { confirmedProvenance, confirmedRecord } from "./reportItem";
import { countOf } from "../wording";

/** How the pane asks a reader to report progress and to stop. */
export interface ReadOptions {
  readonly onProgress?: (progress: ReadProgress) => void;
  readonly signal?: AbortSignal;
}

export interface NamedBytes {
  readonly bytes: Uint8Array;
  readonly name: string;
}

/** The readers of src/readers, passed in: `readReport` and `readReportImages`. */
export interface Readers {
  readonly readFile: (bytes: Uint8Array, name: string, options: ReadOptions) => Promise<ReadResult>;
  readonly readImages: (images: readonly NamedBytes[], options: ReadOptions) => Promise<ReadResult>;
}

export interface PickedFile {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
}

export type Source =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "file"; readonly file: PickedFile }
  /** Photos or scans of the pages of one report, in the order picked. */
  | { readonly kind: "images"; readonly files: readonly PickedFile[] };

export interface NamedSource {
  readonly name: string;
  readonly source: Source;
}

const IMAGE = /\.(jpe?g|png)$/i;

/** The file picker's filter: what the readers read. */
export const ACCEPTED_FILES = [".txt", ".docx", ".pdf", ".xlsx", ".jpg", ".jpeg", ".png"].join(",");

/** Files picked together: each document is a report; the images together are the pages of one report. */
export function groupFiles(files: readonly PickedFile[]): NamedSource[] {
  const images = files.filter((file) => IMAGE.test(file.name));
  const documents = files.filter((file) => !IMAGE.test(file.name));
  const grouped: NamedSource[] = documents.map((file) => ({ name: file.name, source: { kind: "file", file } }));
  if (images.length === 1 && images[0]) grouped.push({ name: images[0].name, source: { kind: "images", files: images } });
  else if (images.length > 1) {
    grouped.push({
      name: `${countOf(images.length)} ảnh: ${images.map((f) => f.name).join(", ")}`,
      source: { kind: "images", files: images },
    });
  }
  return grouped;
}

/** What the reader's failure code says about a cancellation; the code list grows with the readers. */
const wasCancelled = (failure: { readonly code: string }) => failure.code === "cancelled";

async function documentOf(
  { name, source }: NamedSource,
  readers: Readers,
  options: ReadOptions,
): Promise<{ ok: true; document: ReportDocument } | { ok: false; action: "cancelled" | "failed"; message: string }> {
  if (source.kind === "text") return { ok: true, document: documentFromText(source.text) };
  const files = source.kind === "file" ? [source.file] : source.files;
  let named: NamedBytes[];
  try {
    named = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await file.bytes() })));
  } catch {
    return {
      ok: false,
      action: "failed",
      message: `Không mở được tệp “${name}”; có thể tệp đã bị di chuyển hoặc đang được chương trình khác sử dụng.`,
    };
  }
  const first = named[0];
  const read =
    source.kind === "file" && first ? await readers.readFile(first.bytes, first.name, options) : await readers.readImages(named, options);
  if (read.ok) return { ok: true, document: read.document };
  return { ok: false, action: wasCancelled(read) || options.signal?.aborted ? "cancelled" : "failed", message: read.message };
}

/** Reads and extracts one report; never throws: a report that cannot be read ends as "failed". */
export async function readSource(id: number, source: NamedSource, readers: Readers, options: ReadOptions): Promise<ImportAction> {
  try {
    const read = await documentOf(source, readers, options);
    if (options.signal?.aborted) return { type: "cancelled", id };
    if (!read.ok) return read.action === "cancelled" ? { type: "cancelled", id } : { type: "failed", id, message: read.message };
    const extraction = extractReport(read.document);
    if (extraction.notRecognised !== undefined) {
      const what = source.source.kind === "text" ? "Nội dung đã dán" : `Tệp “${source.name}”`;
      return { type: "failed", id, message: `${what}: ${extraction.notRecognised}` };
    }
    return { type: "read", id, extraction, text: proseOf(read.document).text };
  } catch (error) {
    // One report the extractor cannot handle must not stop the reports queued after it.
    return { type: "failed", id, message: errorMessage(`Không trích xuất được số liệu từ “${source.name}”`, error) };
  }
}

/** Writes every reviewed report (with staff's decisions on conflicts, when asked) and says what came of it. */
export async function writeReports(state: ImportState, importRecords: ImportRecords): Promise<ImportAction> {
  const items = writableItems(state);
  const invalid = firstInvalid(items);
  if (invalid) {
    return {
      type: "write-refused",
      showId: invalid.id,
      message: {
        intent: "error",
        message: `Chưa ghi: số liệu của “${invalid.name}” còn ô nhập chưa hợp lệ; đề nghị sửa các ô được đánh dấu rồi ghi lại.`,
      },
    };
  }
  const rows = items.map((item) => {
    const { record } = confirmedRecord(item.extraction, item.inputs);
    return {
      record,
      provenance: confirmedProvenance(item.extraction, record),
      // Kept in "Nguồn" so that "Tính lại" checks the documents' numbering and the dates as this review does.
      documents: item.extraction.documents,
      noticeDate: item.extraction.noticeDate,
      source: item.name,
    };
  });
  try {
    const choices = state.conflicts ? decided(state.conflicts.conflicts, state.conflicts.decisions) : undefined;
    const outcome = await importRecords(rows, choices);
    if (outcome.conflicts.length > 0) {
      return {
        type: "conflicts",
        conflicts: outcome.conflicts,
        message: {
          intent: "warning",
          message: `Có ${countOf(outcome.conflicts.length)} số liệu đã được sửa trực tiếp trong sổ tính; đề nghị chọn giữ hoặc thay cho từng số liệu. Chưa có gì được ghi.`,
        },
      };
    }
    if (outcome.added + outcome.updated === 0) return { type: "write-refused", message: { intent: "warning", message: outcome.summary } };
    return { type: "written", ids: items.map((item) => item.id), message: outcomeNotice(outcome.summary, outcome.notes) };
  } catch (error) {
    return { type: "write-refused", message: { intent: "error", message: errorMessage("Chưa ghi được số liệu vào sổ tính", error) } };
  }
}
