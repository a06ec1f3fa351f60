/** A report file on disk (CLI) → its document, through the same readers as the task pane. */
import { readFile, stat } from "node:fs/promises";
import { readReport } from "./readReport";
import { MAX_REPORT_BYTES, failure, tooLarge, type ReadResult } from "./readResult";

export async function readReportFile(path: string): Promise<ReadResult> {
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
    return await readReport(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), path);
  } catch {
    return failure("missing", `Không đọc được tệp "${path}".`);
  }
}
