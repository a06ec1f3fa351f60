// Refusing compressed bombs: how long the limits take to refuse a 200 MB .docx (its directory says so)
// and one whose directory claims 1 MB (refused after inflating that 1 MB), against reading a small real
// .docx. The bombs are made by the fault suite's builder (test/faults/support/archives.ts, transpiled
// here). Prints figures, asserts nothing; the preload prints the peak memory.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const ts = require("typescript");
const { readReport } = require(join(root, "dist/node/src/readers/readReport.js"));

const builder = join(mkdtempSync(join(tmpdir(), "cchc-bench-")), "archives.cjs");
const source = readFileSync(join(root, "test/faults/support/archives.ts"), "utf8");
writeFileSync(
  builder,
  ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText,
);
const { archive, entry, lyingAbout, wordBomb, wordPackage } = require(builder);

const MB = 1024 * 1024;
const bomb = wordBomb(200 * MB);
const cases = [
  ["bom 200 MB, thư mục khai đúng", archive(wordPackage(bomb))],
  ["bom 200 MB, thư mục khai 1 MB", archive(wordPackage(lyingAbout(bomb, MB)))],
  [
    "báo cáo .docx nhỏ (đọc hết)",
    archive(
      wordPackage(
        entry(
          "word/document.xml",
          `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:p><w:r><w:t>Đã tiếp nhận 1.222 hồ sơ.</w:t></w:r></w:p>".repeat(500)}</w:body></w:document>`,
        ),
      ),
    ),
  ],
];

for (const [label, bytes] of cases) {
  await readReport(bytes, "bao-cao.docx"); // warm-up: loads pako, mammoth
  const runs = 5;
  const start = process.hrtime.bigint();
  let result;
  for (let i = 0; i < runs; i++) result = await readReport(bytes, "bao-cao.docx");
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  console.log(
    `${label.padEnd(32)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KB  ${ms.toFixed(1).padStart(7)} ms  ${result.ok ? "đọc được" : result.code}`,
  );
}
