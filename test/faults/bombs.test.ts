/**
 * Compressed bombs in .docx and .xlsx: refused for that file, with a Vietnamese message, while the
 * other files of the run are read; and refused with little memory, which a child process with a
 * capped heap shows (without the limits the same run dies out of heap).
 */
import JSZip from "jszip";
import { mkdtempSync, rmSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractCommand } from "../../src/cli/extract";
import { workbookCommand } from "../../src/cli/workbook";
import { MAX_ARCHIVE_ENTRIES, MAX_MARKUP_BYTES, MAX_UNPACKED_BYTES } from "../../src/readers/limits";
import { readReport } from "../../src/readers/readReport";
import { loadSample } from "../support/reportSamples";
import { archive, entry, lyingAbout, sheetBomb, wordBomb, wordPackage, workbookPackage } from "./support/archives";
import { runCli, type TranspiledCli, transpiledCli } from "./support/product";
import { captureIo } from "../support/cliIo";

// Every reader of .docx and .xlsx opens the package through JSZip, counted here: a refused bomb must never reach it.
const unzip = jest.spyOn(JSZip.prototype, "loadAsync");

const MB = 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), "cchc-bombs-"));
const save = (name: string, bytes: Uint8Array): string => {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
};

const [documentPart, sheetPart] = [wordBomb(200 * MB), sheetBomb(200 * MB)];
const wordBomb200 = archive(wordPackage(documentPart));
const sheetBomb200 = archive(workbookPackage(sheetPart));
// Directories that declare 1 MB and hold 200 MB.
const wordLiar = archive(wordPackage(lyingAbout(documentPart, MB)));
const sheetLiar = archive(workbookPackage(lyingAbout(sheetPart, MB)));

beforeEach(() => unzip.mockClear());
afterAll(() => rmSync(work, { recursive: true }));

describe("compressed bombs, read in process", () => {
  it("the archives built here are real ones: a small .docx made the same way is read", async () => {
    const report = archive(
      wordPackage(
        entry(
          "word/document.xml",
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Đã tiếp nhận 12 hồ sơ.</w:t></w:r></w:p></w:body></w:document>',
        ),
      ),
    );
    expect(await readReport(report, "bao-cao.docx")).toMatchObject({ ok: true, format: "docx" });
    expect(unzip).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["bom.docx", wordBomb200],
    ["bom.xlsx", sheetBomb200],
  ])("refuses %s (under 1 MB, 200 MB unpacked) from its directory, without handing it to the reader", async (name, bytes) => {
    expect(bytes.length).toBeLessThan(MB);
    const result = await readReport(bytes, name);
    expect(result).toMatchObject({ ok: false, code: "archive-too-large" });
    if (!result.ok) {
      expect(result.message).toMatch(
        new RegExp(`^Tệp "${name.replace(".", "\\.")}" khi giải nén lên tới 20\\d,\\d MB .*vượt giới hạn ${MAX_UNPACKED_BYTES / MB} MB`),
      );
      expect(result.message).toContain("tệp nén “bom”");
    }
    expect(unzip).not.toHaveBeenCalled();
  });

  it.each([
    ["noi-doi.docx", wordLiar, "word/document.xml"],
    ["noi-doi.xlsx", sheetLiar, "xl/worksheets/sheet1.xml"],
  ])("refuses %s, whose directory understates a part, after inflating only what it declares", async (name, bytes, part) => {
    const result = await readReport(bytes, name);
    expect(result).toMatchObject({ ok: false, code: "archive-too-large" });
    if (!result.ok) expect(result.message).toContain(`có phần "${part}" giải nén ra nhiều hơn kích thước khai báo (1,0 MB)`);
    expect(unzip).not.toHaveBeenCalled();
  });

  it("refuses more XML than a report holds, a part packed beyond any report's ratio, and too many parts", async () => {
    const markup = await readReport(archive(wordPackage(wordBomb(MAX_MARKUP_BYTES + MB))), "dai.docx");
    expect(markup).toMatchObject({ ok: false, code: "archive-too-large" });
    if (!markup.ok)
      expect(markup.message).toMatch(
        /nội dung XML khi giải nén \(lớn nhất là phần "word\/document\.xml": (9|10),0 MB\), vượt giới hạn 8 MB/,
      );

    const packed = await readReport(archive(wordPackage(wordBomb(4 * MB))), "nen.docx");
    expect(packed).toMatchObject({ ok: false, code: "archive-too-large" });
    if (!packed.ok)
      expect(packed.message).toMatch(/có phần "word\/document\.xml" nén tới [\d.]+ lần \([45],0 MB khi giải nén\), vượt tỷ lệ 100 lần/);

    const parts = Array.from({ length: MAX_ARCHIVE_ENTRIES + 1 }, (_, i) => entry(`word/media/anh${i}.xml`, "<a/>"));
    const many = await readReport(archive([...wordPackage(entry("word/document.xml", "<w:document/>")), ...parts]), "nhieu-phan.docx");
    expect(many).toMatchObject({ ok: false, code: "archive-too-large" });
    if (!many.ok) expect(many.message).toContain("gồm 5.004 phần nén, vượt giới hạn 5.000 phần");
    expect(unzip).not.toHaveBeenCalled();
  });

  it("extract: each bomb gets its message, the report after them is read, the exit code says a file failed", async () => {
    const files = [save("bom.docx", wordBomb200), save("noi-doi.xlsx", sheetLiar), loadSample("xa-al-ba").path];
    const io = captureIo();
    expect(await extractCommand.run(["--json", ...files], io)).toBe(1);
    const output = JSON.parse(io.stdout.join("")) as { source: string; error?: string; fields?: Record<string, unknown> }[];
    expect(output.map((o) => o.source)).toEqual(files);
    expect(output[0]?.error).toMatch(/khi giải nén lên tới 20\d,\d MB/);
    expect(output[1]?.error).toContain("nhiều hơn kích thước khai báo");
    expect(output[2]?.fields).toEqual(loadSample("xa-al-ba").expected);
    expect(io.stderr).toHaveLength(2);
  });

  it("workbook: the bombs are left out, the workbook of the other reports is written", async () => {
    const out = join(work, "so-lieu.xlsx");
    const files = [
      save("bom2.docx", wordLiar),
      loadSample("xa-al-ba").path,
      save("bom2.xlsx", sheetBomb200),
      loadSample("xa-bo-ngoong").path,
    ];
    const io = captureIo();
    expect(await workbookCommand.run([...files, "-o", out], io)).toBe(1);
    expect(io.stdout.join("")).toContain(`Đã lập sổ tính "${out}": 2 xã, phường`);
    expect(io.stderr.join("\n")).toMatch(/bom2\.docx.*\n.*bom2\.xlsx/);
    expect(readdirSync(work)).toContain("so-lieu.xlsx");
  }, 60_000);
});

describe("compressed bombs, the CLI in a child process with a capped heap", () => {
  let cli: TranspiledCli;
  beforeAll(() => {
    cli = transpiledCli();
  }, 120_000);
  afterAll(() => cli.remove());

  it("refuses the 200 MB bombs and the liars with 64 MB of heap and a low peak, and reads the report after them", async () => {
    const files = [
      save("bom-con.docx", wordBomb200),
      save("bom-con.xlsx", sheetBomb200),
      save("noi-doi-con.docx", wordLiar),
      save("noi-doi-con.xlsx", sheetLiar),
      loadSample("xa-bo-ngoong").path,
    ];
    const run = await runCli(cli.main, ["extract", "--json", ...files], 64);
    expect(run.stderr).not.toMatch(/heap|FATAL|at .*\.js:\d+/);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as { error?: string; fields?: Record<string, unknown> }[];
    expect(output.slice(0, 4).map((o) => o.error?.includes("tệp nén “bom”"))).toEqual([true, true, true, true]);
    expect(output[4]?.fields).toEqual(loadSample("xa-bo-ngoong").expected);
    // The 200 MB a bomb holds never reaches memory: the run takes about what the same run without the
    // bombs takes (measured alongside, so that a busy machine moves both alike), far below one bomb.
    const alone = await runCli(cli.main, ["extract", "--json", loadSample("xa-bo-ngoong").path], 64);
    expect(run.peakMegabytes - alone.peakMegabytes).toBeLessThan(100);
  }, 60_000);
});
