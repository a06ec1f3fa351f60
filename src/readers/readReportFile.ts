/** A report file on disk (CLI) → its document, through the same readers as the task pane. */
import { readFile, stat } from "node:fs/promises";
import { readReport, readReportImages } from "./readReport";
import { MAX_REPORT_BYTES, failure, tooLarge, type ReadFailure, type ReadOptions, type ReadResult } from "./readResult";

export async function readReportFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const bytes = await fileBytes(path);
  return bytes instanceof Uint8Array ? readReport(bytes, path, options) : bytes;
}

/** Photos of a report's pages on disk → one report, pages in the order given. */
export async function readReportImageFiles(paths: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const images = [];
  for (const path of paths) {
    const bytes = await fileBytes(path);
    if (!(bytes instanceof Uint8Array)) return bytes;
    images.push({ bytes, name: path });
  }
  return readReportImages(images, options);
}

async function fileBytes(path: string): Promise<Uint8Array | ReadFailure> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return failure("missing", `"${path}" không phải là tệp.`);
    size = info.size;
  } catch {
    return failure("missing", `Không tìm thấy tệp "${path}".`);
  }
  // Refused from its size alone: a huge file is never read into memory.
  if (size > MAX_REPORT_BYTES) return tooLarge(path, size);
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch {
    return failure("missing", `Không đọc được tệp "${path}".`);
  }
}
