/**
 * Saving the workbook (`cchc workbook … -o`) with a write error injected at each step: creating
 * the temporary file, writing (the disk filling half-way), flushing, closing, renaming. Each time
 * the user's existing workbook is left byte for byte, no temporary or partial file remains, the run
 * ends with a Vietnamese message and no crash. And an existing file is replaced only when asked.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { type FileHandle, open, rename } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workbookCommand } from "../../src/cli/workbook";
import { loadSample } from "../support/reportSamples";
import { captureIo } from "../support/cliIo";

// open and rename pass through to the real ones unless a test injects a fault.
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return { ...actual, open: jest.fn(actual.open), rename: jest.fn(actual.rename) };
});
const real = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");

type Step = "open" | "write" | "fsync" | "close" | "rename";

const fault = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
const isTemporary = (path: unknown) => String(path).endsWith(".tmp");

/** The temporary file's handle, failing at `step`: a write that fills the disk writes half, then fails. */
function failingHandle(handle: FileHandle, step: Step, code: string): FileHandle {
  return new Proxy(handle, {
    get(target, property) {
      if (property === "writeFile" && step === "write") {
        return async (bytes: Uint8Array) => {
          await target.write(bytes.subarray(0, bytes.length >> 1));
          throw fault(code);
        };
      }
      if (property === "sync" && step === "fsync") return async () => Promise.reject(fault(code));
      if (property === "close" && step === "close") {
        return async () => {
          await target.close();
          throw fault(code);
        };
      }
      const value = Reflect.get(target, property) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function inject(step: Step, code: string): void {
  jest.mocked(open).mockImplementation(async (path, flags, mode) => {
    if (!isTemporary(path)) return real.open(path, flags, mode);
    if (step === "open") throw fault(code);
    return failingHandle(await real.open(path, flags, mode), step, code);
  });
  if (step === "rename") jest.mocked(rename).mockRejectedValue(fault(code));
}

afterEach(() => {
  jest.mocked(open).mockImplementation(real.open);
  jest.mocked(rename).mockImplementation(real.rename);
});

const reports = [loadSample("xa-al-ba").path, loadSample("xa-bo-ngoong").path];
const root = mkdtempSync(join(tmpdir(), "cchc-save-"));
afterAll(() => rmSync(root, { recursive: true }));
let folders = 0;
/** A fresh folder holding, if given, the user's existing workbook. */
function folder(existing?: Uint8Array): { dir: string; target: string } {
  const dir = join(root, String(folders++));
  mkdirSync(dir);
  const target = join(dir, "so-lieu.xlsx");
  if (existing) writeFileSync(target, existing);
  return { dir, target };
}
// The user's workbook: here any bytes will do, made by hand so a test can tell them apart.
const usersWorkbook = Buffer.from("PK\u0003\u0004 sổ tính của cán bộ, không do công cụ lập");

describe("a write error at each step of saving", () => {
  it.each<[Step, string, string]>([
    ["open", "ENOSPC", "Ổ đĩa không còn đủ chỗ trống để ghi tệp"],
    ["open", "EACCES", "Không có quyền ghi tệp"],
    ["write", "ENOSPC", "Ổ đĩa không còn đủ chỗ trống để ghi tệp"],
    ["write", "EIO", "(lỗi EIO)"],
    ["fsync", "ENOSPC", "Ổ đĩa không còn đủ chỗ trống để ghi tệp"],
    ["fsync", "EIO", "(lỗi EIO)"],
    ["close", "EIO", "(lỗi EIO)"],
    ["rename", "EBUSY", "đang được chương trình khác sử dụng"],
    ["rename", "EPERM", "Không có quyền ghi tệp"],
  ])(
    "at %s (%s): the old workbook is intact, nothing else is left, the message is Vietnamese",
    async (step, code, words) => {
      const { dir, target } = folder(usersWorkbook);
      inject(step, code);
      const io = captureIo();
      expect(await workbookCommand.run([...reports, "-o", target, "--overwrite"], io)).toBe(1);
      expect(io.stderr).toEqual([expect.stringContaining(words)]);
      expect(io.stderr[0]).toContain(`"${target}"`);
      expect(io.stderr[0]).toContain("Tệp cũ (nếu có) được giữ nguyên.");
      expect(io.stdout).toEqual([]);
      expect(readFileSync(target)).toEqual(usersWorkbook);
      expect(readdirSync(dir)).toEqual(["so-lieu.xlsx"]);
    },
    60_000,
  );

  it.each<Step>(["open", "write", "fsync", "close", "rename"])(
    "at %s with no workbook before: no file, not even a partial one",
    async (step) => {
      const { dir, target } = folder();
      inject(step, "ENOSPC");
      const io = captureIo();
      expect(await workbookCommand.run([...reports, "-o", target], io)).toBe(1);
      expect(io.stderr).toEqual([expect.stringContaining("Ổ đĩa không còn đủ chỗ trống")]);
      expect(readdirSync(dir)).toEqual([]);
    },
    60_000,
  );
});

describe("replacing an existing file", () => {
  it("is refused without --overwrite, before any report is read, and the file is left", async () => {
    const { dir, target } = folder(usersWorkbook);
    const io = captureIo();
    expect(await workbookCommand.run([...reports, join(dir, "khong-co.txt"), "-o", target], io)).toBe(2);
    expect(io.stderr).toEqual([
      `Tệp "${target}" đã có; để ghi đè, thêm tùy chọn --overwrite, hoặc chọn tên tệp khác. Tệp hiện có được giữ nguyên.`,
    ]);
    expect(readFileSync(target)).toEqual(usersWorkbook);
    expect(readdirSync(dir)).toEqual(["so-lieu.xlsx"]);
  });

  it("with --overwrite replaces the file whole, keeps its permissions and leaves nothing beside it", async () => {
    const { dir, target } = folder(usersWorkbook);
    chmodSync(target, 0o640);
    const io = captureIo();
    expect(await workbookCommand.run(["--overwrite", ...reports, "-o", target], io)).toBe(0);
    expect(io.stdout).toEqual([expect.stringContaining(`Đã lập sổ tính "${target}": 2 xã, phường`)]);
    const written = readFileSync(target);
    expect(written.subarray(0, 4)).toEqual(Buffer.from("PK\u0003\u0004", "latin1"));
    expect(written.length).toBeGreaterThan(10_000);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["so-lieu.xlsx"]);
  }, 60_000);

  it("says so when the output is a folder or its folder does not exist", async () => {
    const { dir } = folder();
    const asFolder = join(dir, "thu-muc.xlsx");
    mkdirSync(asFolder);
    const io = captureIo();
    expect(await workbookCommand.run([...reports, "-o", asFolder, "--overwrite"], io)).toBe(2);
    expect(io.stderr).toEqual([`"${asFolder}" là một thư mục; đề nghị chỉ định tên tệp kết quả.`]);
    const missing = join(dir, "khong-co", "so-lieu.xlsx");
    expect(await workbookCommand.run([...reports, "-o", missing], io)).toBe(1);
    expect(io.stderr[1]).toBe(`Không có thư mục "${join(dir, "khong-co")}" để ghi tệp "so-lieu.xlsx"; đề nghị kiểm tra lại đường dẫn.`);
  }, 60_000);
});
