/** A report file on disk (CLI) → its document, through the same readers as the task pane. */
import { readFile, stat } from "node:fs/promises";
import { readReport, readReportImages } from "./readReport";
import { MAX_REPORT_BYTES, failure, tooLarge, type ReadFailure, type ReadOptions, type ReadResult } from "./readResult";

const directoryMessage = (path: string): string =>
  `"${path}" là thư mục, không phải tệp; đề nghị chỉ định các tệp báo cáo trong thư mục đó.`;

/** The refusal for an error of the file system while reading `path`: its code says whose move it is. */
export function fileSystemFailure(error: unknown, path: string): ReadFailure {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return failure("missing", `Không tìm thấy tệp "${path}".`, error);
    case "EACCES":
    case "EPERM":
      return failure(
        "permission-denied",
        `Không có quyền đọc tệp "${path}"; đề nghị kiểm tra quyền truy cập của tệp, hoặc chép tệp vào thư mục của mình, rồi thực hiện lại.`,
        error,
      );
    case "EISDIR":
      return failure("not-a-file", directoryMessage(path), error);
    case "EBUSY":
      return failure("unreadable", `Tệp "${path}" đang bị chương trình khác khóa; đề nghị đóng tệp rồi thực hiện lại.`, error);
    default:
      return failure(
        "unreadable",
        `Không đọc được tệp "${path}"${typeof code === "string" ? ` (lỗi ${code})` : ""}; đề nghị kiểm tra ổ đĩa hoặc chép tệp sang thư mục khác rồi thực hiện lại.`,
        error,
      );
  }
}

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
    if (info.isDirectory()) return failure("not-a-file", directoryMessage(path));
    if (!info.isFile()) return failure("not-a-file", `"${path}" không phải là tệp thông thường; đề nghị chỉ định tệp báo cáo.`);
    size = info.size;
  } catch (error) {
    return fileSystemFailure(error, path);
  }
  // Refused from its size alone: a huge file is never read into memory.
  if (size > MAX_REPORT_BYTES) return tooLarge(path, size);
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    return fileSystemFailure(error, path);
  }
}
