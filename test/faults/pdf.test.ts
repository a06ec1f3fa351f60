/**
 * Oversized PDFs (too many pages, a page beyond the largest a PDF may have) refused for that file
 * while the other files of the run are read; and a PDF reader that fails to load told apart from a
 * corrupt file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_PDF_PAGES, pdfLimitFailure, type PdfPages } from "../../src/readers/limits";
import { readPdf } from "../../src/readers/readPdf";
import { pdfFile, textOperators } from "../support/pdfFile";
import { loadSample } from "../support/reportSamples";
import { runCli, type TranspiledCli, transpiledCli } from "./support/product";

// In this file the PDF library cannot load, as when the pane's chunk does not arrive or an install is incomplete.
jest.mock(
  "pdfjs-dist/legacy/build/pdf.mjs",
  () => {
    throw new Error("Loading chunk pdfjs failed.");
  },
  { virtual: true },
);

const A4 = [0, 0, 595, 842];

function pages(views: readonly (readonly number[])[], userUnit = 1): PdfPages & { getPage: jest.Mock } {
  return { numPages: views.length, getPage: jest.fn(async (n: number) => ({ view: views[n - 1], userUnit })) };
}

describe("PDF limits on an opened document", () => {
  it("lets a report of A4 and A3 pages through", async () => {
    expect(await pdfLimitFailure(pages([A4, [0, 0, 842, 1191], A4]), "bao-cao.pdf")).toBeUndefined();
  });

  it("refuses too many pages from the count alone, without opening a page", async () => {
    const document = { numPages: 1_000_000, getPage: jest.fn() };
    const result = await pdfLimitFailure(document, "dai.pdf");
    expect(result).toMatchObject({
      code: "too-many-pages",
      message: expect.stringContaining(`có 1.000.000 trang, vượt giới hạn ${MAX_PDF_PAGES} trang`),
    });
    expect(document.getPage).not.toHaveBeenCalled();
  });

  it("refuses a page beyond 200 inches a side, naming it, with or without a user unit", async () => {
    expect(await pdfLimitFailure(pages([A4, A4, [0, 0, 100_000, 842]]), "kho-lon.pdf")).toMatchObject({
      code: "page-too-large",
      message: expect.stringContaining("có trang 3 khổ 3.528 × 30 cm, vượt khổ lớn nhất của tệp PDF (508 cm mỗi cạnh)"),
    });
    expect(await pdfLimitFailure(pages([[0, 0, 2000, 2000]], 10), "don-vi.pdf")).toMatchObject({ code: "page-too-large" });
  });
});

describe("a PDF reader that does not load", () => {
  it("is not called a corrupt file, says what to do, and keeps the error as the cause", async () => {
    const result = await readPdf(pdfFile({ pages: [textOperators(["Da tiep nhan 12 ho so."])] }), "bao-cao.pdf");
    expect(result).toMatchObject({ ok: false, code: "reader-unavailable" });
    if (!result.ok) {
      expect(result.message).toBe(
        'Không tải được bộ đọc PDF để mở tệp "bao-cao.pdf"; đề nghị tải lại phần bổ trợ (hoặc cài đặt lại công cụ dòng lệnh) rồi thực hiện lại.',
      );
      expect(result.cause).toEqual(new Error("Loading chunk pdfjs failed."));
    }
  });
});

describe("oversized PDFs in a run of the CLI", () => {
  let cli: TranspiledCli;
  const work = mkdtempSync(join(tmpdir(), "cchc-pdf-limits-"));
  beforeAll(() => {
    cli = transpiledCli();
  }, 120_000);
  afterAll(() => {
    cli.remove();
    rmSync(work, { recursive: true });
  });

  it("refuses each oversized PDF with its reason and reads the other files", async () => {
    const save = (name: string, bytes: Buffer) => {
      writeFileSync(join(work, name), bytes);
      return join(work, name);
    };
    const line = textOperators(["Da tiep nhan 12 ho so."]);
    const files = [
      save("nhieu-trang.pdf", pdfFile({ pages: Array.from({ length: MAX_PDF_PAGES + 1 }, () => line) })),
      save("kho-lon.pdf", pdfFile({ pages: [line], mediaBox: [0, 0, 100_000, 100_000] })),
      save("bao-cao.pdf", pdfFile({ pages: [textOperators(["Tu 01/7/2025 den ngay 30/9/2025, da tiep nhan 321 ho so."])] })),
      loadSample("xa-al-ba").path,
    ];
    const run = await runCli(cli.main, ["extract", "--json", ...files], 256);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as { error?: string; fields?: Record<string, unknown> }[];
    expect(output[0]?.error).toBe(
      `Tệp "${files[0]}" có 501 trang, vượt giới hạn 500 trang cho một báo cáo; đề nghị tách riêng phần báo cáo rồi thực hiện lại.`,
    );
    expect(output[1]?.error).toContain(`Tệp "${files[1]}" có trang 1 khổ 3.528 × 3.528 cm, vượt khổ lớn nhất của tệp PDF`);
    expect(output[2]).toMatchObject({ fields: { received: 321, periodEnd: "2025-09-30" } });
    expect(output[3]?.fields).toEqual(loadSample("xa-al-ba").expected);
    expect(run.stderr.trim().split("\n")).toEqual([output[0]?.error, output[1]?.error]);
  }, 60_000);
});
