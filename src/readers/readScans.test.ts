/**
 * The OCR readers on scans made from reports of the shared corpus (test/fixtures/scans/make-scans.sh):
 * their figures against those read from the clean source, page numbers, progress, cancellation, limits.
 * pdf.js is an ES module, which Jest's CommonJS cannot load: PDFs are read by the built readers
 * (dist/node) in a child process, as the CLI reads them.
 */
import { execFile, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { proseOf } from "../domain/document/prose";
import type { ReportDocument, TextBlock } from "../domain/document/reportDocument";
import { extractReport } from "../domain/extract/extractReport";
import { FIELD_IDS } from "../domain/record/fields";
import { readReportImages } from "./readReport";
import type { ReadResult } from "./readResult";

jest.setTimeout(600_000);

const ROOT = resolve(__dirname, "../..");
const SCANS = resolve(ROOT, "test/fixtures/scans");
const CORPUS = resolve(ROOT, "test/fixtures/shared/corpus");
const bytesOf = (name: string) => new Uint8Array(readFileSync(resolve(SCANS, name)));

/** Reads `path` with the built readers in a child process; `cancel` aborts the read as its first page starts. */
async function readBuilt(path: string, cancel = false): Promise<{ result: ReadResult; progress: { page: number; pages: number }[] }> {
  const script = `
    const { readReportFile } = require(${JSON.stringify(resolve(ROOT, "dist/node/src/readers/readReportFile.js"))});
    const controller = new AbortController();
    const progress = [];
    const onProgress = (p) => { progress.push(p); if (${cancel}) controller.abort(); };
    readReportFile(process.argv[1], { onProgress, signal: controller.signal })
      .then((result) => process.stdout.write(JSON.stringify({ result, progress })));`;
  // The child exits by itself only when no OCR worker is left running.
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", script, path], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as { result: ReadResult; progress: { page: number; pages: number }[] };
}

beforeAll(() => {
  execFileSync(process.execPath, [resolve(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.node.json"], {
    cwd: ROOT,
    stdio: "pipe",
  });
});

function documentOf(result: ReadResult): ReportDocument {
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

/** Fields the clean source gives and the scan gives alike, and those the scan gives otherwise. */
async function againstCleanSource(scan: ReportDocument, clean: string) {
  const expected = extractReport(documentOf((await readBuilt(resolve(CORPUS, clean))).result)).fields;
  const read = extractReport(scan).fields;
  const stated = FIELD_IDS.filter((id) => expected[id] !== null);
  return {
    stated: stated.length,
    found: stated.filter((id) => read[id] === expected[id]).length,
    wrong: stated.filter((id) => read[id] !== null && read[id] !== expected[id]),
  };
}

describe("an image-only PDF (two pages scanned at 200 dpi, black and white, skewed)", () => {
  let result: ReadResult;
  let progress: { page: number; pages: number }[];
  beforeAll(async () => {
    ({ result, progress } = await readBuilt(resolve(SCANS, "xa-yen-minh-scan.pdf")));
  });

  it("is read page by page, each page a text block naming its page", () => {
    const document = documentOf(result);
    expect(result.ok && result.format).toBe("pdf");
    expect(document.blocks.map((block) => [block.kind, block.page])).toEqual([
      ["text", 1],
      ["text", 2],
    ]);
    expect(proseOf(document).text).toContain("Ủy ban nhân dân");
    expect(progress).toEqual([
      { page: 1, pages: 2 },
      { page: 2, pages: 2 },
    ]);
  });

  it("yields the clean source's figures, but for the words OCR got wrong", async () => {
    const { stated, found, wrong } = await againstCleanSource(documentOf(result), "xa-yen-minh.docx");
    expect(found).toBeGreaterThanOrEqual(stated - 1);
    // The one misread: a letter of the commune's name in the black-and-white scan; never a figure.
    expect(wrong.filter((id) => id !== "commune")).toEqual([]);
  });
});

describe("a PDF whose second page is a scan", () => {
  let result: ReadResult;
  let progress: { page: number; pages: number }[];
  beforeAll(async () => {
    ({ result, progress } = await readBuilt(resolve(SCANS, "xa-thien-cam-trang-2-quet.pdf")));
  });

  it("reads the scanned page by OCR and the others (the last one a short signature page) from their text layer, in page order", () => {
    const document = documentOf(result);
    expect(progress).toEqual([{ page: 1, pages: 1 }]);
    const pages = document.blocks.map((block) => block.page);
    expect(pages).toEqual([...pages].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(pages.slice(0, 2)).toEqual([1, 2]);
    const scanned = document.blocks.filter((block): block is TextBlock => block.kind === "text" && block.page === 2);
    expect(scanned).toHaveLength(1);
    expect(scanned[0]?.text).toMatch(/hồ sơ/);
  });

  it("yields every figure of the clean source, and names page 2 as the source of those read there", async () => {
    const document = documentOf(result);
    const { stated, found, wrong } = await againstCleanSource(document, "xa-thien-cam.docx");
    expect(wrong).toEqual([]);
    expect(found).toBe(stated);
    // Dossiers are reported on the typed first page, Resolution 57 on the scanned second.
    const { provenance } = extractReport(document);
    expect(provenance.received?.page).toBe(1);
    expect(provenance.nq57Completed?.page).toBe(2);
    expect(provenance.nq57Completed?.text).toContain("84/92");
  });
});

describe("two photos of a report's pages", () => {
  const photos = ["phuong-hac-thanh-trang-1.png", "phuong-hac-thanh-trang-2.png"].map((name) => ({ name, bytes: bytesOf(name) }));
  let result: ReadResult;
  beforeAll(async () => {
    result = await readReportImages(photos);
  });

  it("make one report, pages in the order given", async () => {
    const document = documentOf(result);
    expect(result.ok && result.format).toBe("image");
    expect(document.blocks.map((block) => block.page)).toEqual([1, 2]);
    const swapped = documentOf(await readReportImages([photos[1], photos[0]] as typeof photos));
    expect((swapped.blocks[0] as TextBlock).text).toBe((document.blocks[1] as TextBlock).text);
  });

  it("yield every figure of the clean source", async () => {
    const { stated, found, wrong } = await againstCleanSource(documentOf(result), "phuong-hac-thanh.pdf");
    expect(wrong).toEqual([]);
    expect(found).toBe(stated);
  });
});

describe("control and limits", () => {
  it("a cancelled read resolves to 'cancelled' and leaves no worker running", async () => {
    const { result, progress } = await readBuilt(resolve(SCANS, "xa-yen-minh-scan.pdf"), true);
    expect(result).toMatchObject({ ok: false, code: "cancelled" });
    if (!result.ok) expect(result.message).toContain("Đã hủy");
    expect(progress.length).toBeGreaterThan(0);
  });

  it("refuses a photo over the pixel limit from its header, before any OCR", async () => {
    const photo = bytesOf("phuong-hac-thanh-trang-2.png").slice();
    // IHDR's width and height: 10 000 × 8 000 pixels.
    new DataView(photo.buffer).setUint32(16, 10_000);
    new DataView(photo.buffer).setUint32(20, 8_000);
    const result = await readReportImages([{ name: "anh-lon.png", bytes: photo }]);
    expect(result).toMatchObject({ ok: false, code: "scan-too-large" });
    if (!result.ok) expect(result.message).toMatch(/^Ảnh "anh-lon.png" có kích thước 10\.000 × 8\.000 điểm ảnh .*megapixel/);
  });

  it("refuses a file that is neither .jpg nor .png", async () => {
    const result = await readReportImages([{ name: "trang-1.png", bytes: new TextEncoder().encode("không phải ảnh") }]);
    expect(result).toMatchObject({ ok: false, code: "unsupported-image" });
  });
});
