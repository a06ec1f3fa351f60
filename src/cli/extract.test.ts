import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { pdfFile, textOperators } from "../../test/support/pdfFile";
import { loadSample, SAMPLE_NAMES } from "../../test/support/reportSamples";
import { FIELD_IDS } from "../domain/record/fields";
import type { CliIo } from "./command";
import { extractCommand } from "./extract";

const ROOT = resolve(__dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "cchc-extract-"));

function capture(): CliIo & { out: (t: string) => void; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe("cchc extract, in process", () => {
  it("prints one JSON array with all 33 fields, provenance, documents and findings", async () => {
    const io = capture();
    const paths = SAMPLE_NAMES.map((name) => loadSample(name).path);
    expect(await extractCommand.run([...paths, "--json"], io)).toBe(0);
    const output = JSON.parse(io.stdout.join("")) as {
      source: string;
      fields: Record<string, unknown>;
      provenance: Record<string, { index: number; text: string }>;
      documents: unknown[];
      findings: { kind: string; fields: string[]; severity: string; message: string }[];
    }[];
    expect(output).toHaveLength(SAMPLE_NAMES.length);
    output.forEach((file, i) => {
      const sample = loadSample(SAMPLE_NAMES[i] ?? "");
      expect(file.source).toBe(sample.path);
      expect(Object.keys(file.fields)).toEqual([...FIELD_IDS]);
      expect(file.fields).toEqual(sample.expected);
      expect(Object.keys(file.provenance[FIELD_IDS[3]] ?? {})).toEqual(["index", "text"]);
      expect(file.documents.length).toBeGreaterThan(0);
      for (const finding of file.findings)
        expect(Object.keys(finding).sort()).toEqual(["fields", "kind", "message", "severity", "suggestion"]);
    });
  });

  it("prints a Vietnamese table without --json", async () => {
    const io = capture();
    expect(await extractCommand.run([loadSample("xa-bo-ngoong").path], io)).toBe(0);
    const table = io.stdout.join("");
    expect(table).toMatch(/Hồ sơ tiếp nhận\s+1\.222\s+/);
    expect(table).toMatch(/Tỷ lệ trực tuyến \(báo cáo nêu\)\s+47,2%/);
    expect(table).toMatch(/Hạn báo cáo khắc phục\s+15\/12\/2025/);
    expect(table).toMatch(/Xin rút\s+\(không nêu\)/);
  });

  it("reports an unreadable file in Vietnamese, goes on with the others and exits non-zero", async () => {
    const binary = join(work, "anh.txt");
    writeFileSync(binary, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 31)));
    const io = capture();
    const code = await extractCommand.run([join(work, "khong-co.txt"), binary, loadSample("xa-al-ba").path, "--json"], io);
    expect(code).not.toBe(0);
    expect(io.stderr.join("\n")).toContain("Không tìm thấy tệp");
    expect(io.stderr.join("\n")).toContain("không phải tệp văn bản");
    const output = JSON.parse(io.stdout.join("")) as { source: string; error?: string; fields?: { commune: unknown } }[];
    expect(output.map((o) => Boolean(o.error))).toEqual([true, true, false]);
    expect(output[2]?.fields?.commune).toBe(loadSample("xa-al-ba").expected.commune);
  });

  it("refuses unknown flags and a call without files", async () => {
    expect(await extractCommand.run(["--xml", "a.txt"], capture())).toBe(2);
    expect(await extractCommand.run([], capture())).toBe(2);
  });
});

describe("cchc extract, the built CLI on PDF files", () => {
  const run = promisify(execFile);
  const cli = (args: readonly string[]) =>
    run(process.execPath, [join(ROOT, "bin/cchc.js"), "extract", ...args], { cwd: ROOT }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  beforeAll(() => {
    try {
      execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.node.json"], {
        cwd: ROOT,
        stdio: "pipe",
      });
    } catch {
      // Type errors elsewhere in the tree do not stop tsc from emitting the CLI.
    }
  }, 120_000);

  it("reads a PDF with a text layer", async () => {
    const file = join(work, "bao-cao.pdf");
    writeFileSync(
      file,
      pdfFile({
        pages: [textOperators(["Tu 01/7/2025 den ngay 30/9/2025, da tiep nhan 321 ho so, trong do", "truc tuyen 300 ho so chiem 93,5%."])],
      }),
    );
    const { code, stdout } = await cli([file, "--json"]);
    expect(code).toBe(0);
    const [result] = JSON.parse(stdout) as { fields: Record<string, unknown> }[];
    expect(result?.fields).toMatchObject({ received: 321, receivedOnline: 300, onlineShareStated: 93.5, periodEnd: "2025-09-30" });
  }, 60_000);

  it("says an image-only PDF without any text even by OCR is empty, and an encrypted one needs its password removed", async () => {
    const scan = join(work, "ban-quet.pdf");
    writeFileSync(scan, pdfFile({ pages: ["0.5 g 40 40 500 700 re f"] }));
    const locked = join(work, "mat-khau.pdf");
    const encrypt = "/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]";
    const hex32 = "<" + "a5".repeat(32) + ">";
    const dictionary = `<< /Filter /Standard /V 1 /R 2 /O ${hex32} /U ${hex32} /P -4 >>`;
    writeFileSync(locked, pdfFile({ pages: [textOperators(["x"])], trailerExtra: encrypt, extraObjects: [dictionary] }));
    const broken = join(work, "hong.pdf");
    writeFileSync(broken, Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog"));
    const { code, stdout, stderr } = await cli([scan, locked, broken, "--json"]);
    expect(code).not.toBe(0);
    expect(stderr).toContain("OCR");
    expect(stderr).toContain("mật khẩu");
    expect(stderr).toContain("hong.pdf");
    const output = JSON.parse(stdout) as { error?: string }[];
    expect(output.every((o) => typeof o.error === "string")).toBe(true);
  }, 60_000);
});
