import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReportFile } from "./readReportFile";

// readFile passes through to the real one unless a test makes it fail.
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return { ...actual, readFile: jest.fn(actual.readFile) };
});

const work = mkdtempSync(join(tmpdir(), "cchc-read-"));

describe("readReportFile", () => {
  it("reads a text file from disk", async () => {
    const path = join(work, "bao-cao.txt");
    writeFileSync(path, "Đã tiếp nhận 12 hồ sơ.", "utf8");
    expect(await readReportFile(path)).toMatchObject({
      ok: true,
      format: "txt",
      document: { blocks: [{ kind: "text", text: "Đã tiếp nhận 12 hồ sơ." }] },
    });
  });

  it("refuses a missing file and a directory in Vietnamese, keeping the error as the cause", async () => {
    const missing = await readReportFile(join(work, "khong-co.txt"));
    expect(missing).toMatchObject({ ok: false, code: "missing", message: `Không tìm thấy tệp "${join(work, "khong-co.txt")}".` });
    expect(missing).toHaveProperty("cause.code", "ENOENT");
    expect(await readReportFile(join(work, "khong-co.txt", "x.txt"))).toMatchObject({ ok: false, code: "missing" });
    const directory = await readReportFile(work);
    expect(directory).toMatchObject({ ok: false, code: "not-a-file" });
    if (!directory.ok) expect(directory.message).toContain("là thư mục");
  });

  // Injected: CI runs as root, whom no file mode keeps out.
  it.each([
    ["EACCES", "permission-denied", "Không có quyền đọc tệp"],
    ["EPERM", "permission-denied", "Không có quyền đọc tệp"],
    ["EISDIR", "not-a-file", "là thư mục"],
    ["EBUSY", "unreadable", "đang bị chương trình khác khóa"],
    ["EIO", "unreadable", "(lỗi EIO)"],
  ])("tells %s from a missing file, and keeps it as the cause", async (code, failureCode, words) => {
    const path = join(work, `loi-${code}.txt`);
    writeFileSync(path, "Đã tiếp nhận 12 hồ sơ.", "utf8");
    const error = Object.assign(new Error(`${code}: ${path}`), { code });
    jest.mocked(readFile).mockRejectedValueOnce(error);
    const result = await readReportFile(path);
    expect(result).toMatchObject({ ok: false, code: failureCode });
    if (!result.ok) {
      expect(result.message).toContain(words);
      expect(result.message).toContain(path);
      expect(result.message).not.toContain("Không tìm thấy");
      expect(result.cause).toBe(error);
    }
  });

  it("refuses a file over the limit from its size (a sparse 50 MB file is never read)", async () => {
    const path = join(work, "lon.txt");
    writeFileSync(path, "");
    truncateSync(path, 50 * 1024 * 1024);
    const result = await readReportFile(path);
    expect(result).toMatchObject({ ok: false, code: "too-large" });
    if (!result.ok) expect(result.message).toContain("50,0 MB");
  });
});
