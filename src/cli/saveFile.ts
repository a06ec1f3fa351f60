/**
 * Saving a file so that no failure costs the user a file: the bytes go to a temporary file beside
 * the target (the same directory, hence the same disk, so the rename is atomic), are flushed to the
 * disk, and only then renamed over the target. Until the rename the old file is untouched; after a
 * failure the temporary file is removed, so no partial file is left either.
 */
import { randomUUID } from "node:crypto";
import { type FileHandle, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly message: string; readonly cause?: unknown };

export interface SaveOptions {
  /** Replace a file already at the path; without it an existing file is never touched. */
  readonly overwrite: boolean;
}

/** What went wrong while writing `path`, from the error's code, and that the old file is intact. */
function writeFailureMessage(error: unknown, path: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  const kept = "Tệp cũ (nếu có) được giữ nguyên.";
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return `Ổ đĩa không còn đủ chỗ trống để ghi tệp "${path}"; đề nghị giải phóng dung lượng hoặc ghi vào ổ đĩa khác. ${kept}`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `Không có quyền ghi tệp "${path}"; đề nghị kiểm tra quyền ghi của thư mục, hoặc đóng tệp nếu đang mở trong Excel. ${kept}`;
    case "EBUSY":
      return `Tệp "${path}" đang được chương trình khác sử dụng; đề nghị đóng tệp (chẳng hạn trong Excel) rồi thực hiện lại. ${kept}`;
    case "ENOENT":
    case "ENOTDIR":
      return `Không có thư mục "${dirname(path)}" để ghi tệp "${basename(path)}"; đề nghị kiểm tra lại đường dẫn.`;
    case "EISDIR":
      return `"${path}" là một thư mục; đề nghị chỉ định tên tệp kết quả.`;
    default:
      return `Không ghi được tệp "${path}"${typeof code === "string" ? ` (lỗi ${code})` : ""}; đề nghị kiểm tra ổ đĩa và thư mục. ${kept}`;
  }
}

/** Why nothing can be saved at `path`, known before writing: a directory is there, or a file and no leave to replace it. */
export async function saveRefusal(path: string, { overwrite }: SaveOptions): Promise<string | undefined> {
  const previous = await stat(path).catch(() => undefined);
  if (previous?.isDirectory()) return writeFailureMessage({ code: "EISDIR" }, path);
  if (previous && !overwrite) {
    return `Tệp "${path}" đã có; để ghi đè, thêm tùy chọn --overwrite, hoặc chọn tên tệp khác. Tệp hiện có được giữ nguyên.`;
  }
  return undefined;
}

/** Flushes a directory entry (the rename) to the disk; some systems (Windows) cannot open a directory, and the file is saved either way. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Only the durability of the rename across a power cut is at stake, not the file's content.
  }
}

/** Writes `bytes` to `path` atomically; never throws, a failure is a Vietnamese message. */
export async function saveFile(path: string, bytes: Uint8Array, options: SaveOptions): Promise<SaveResult> {
  const refusal = await saveRefusal(path, options);
  if (refusal !== undefined) return { ok: false, message: refusal };
  const previous = await stat(path).catch(() => undefined);
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  let handle: FileHandle | undefined;
  try {
    // "wx": never reuses a file already there. The replaced file's permissions carry over.
    handle = await open(temporary, "wx", previous ? previous.mode & 0o777 : 0o666);
    await handle.writeFile(bytes);
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    return { ok: false, message: writeFailureMessage(error, path), cause: error };
  }
  await syncDirectory(dirname(path));
  return { ok: true };
}
