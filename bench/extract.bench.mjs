// Extraction speed: ms per report and MB/s on the real samples, on a batch of 135 reports
// (the samples with their figures changed), and on a 10 MB adversarial text. Run after
// `npm run prepare` (npm run bench does it); prints figures, asserts nothing.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const root = new URL("..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const { extractReport } = require(join(root, "dist/node/src/domain/extract/extractReport.js"));
const samplesDir = join(root, "../shared/samples");
const names = ["xa-al-ba", "xa-bo-ngoong", "xa-binh-duong-ocr"].filter((n) => existsSync(join(samplesDir, `${n}.txt`)));
const samples = names.map((name) => ({ name, text: readFileSync(join(samplesDir, `${name}.txt`), "utf8") }));
const megabytes = (text) => Buffer.byteLength(text, "utf8") / (1024 * 1024);

/** Deterministic pseudo-random numbers, so every run measures the same batch. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function time(label, texts, rounds) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const text of texts) extractReport(text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const reports = texts.length * rounds;
  const size = texts.reduce((sum, t) => sum + megabytes(t), 0) * rounds;
  console.log(
    `${label.padEnd(34)} ${(ms / reports).toFixed(2).padStart(8)} ms/báo cáo  ${(size / (ms / 1000)).toFixed(2).padStart(7)} MB/s  (${reports} lượt, ${ms.toFixed(0)} ms)`,
  );
}

// Warm-up on every sample, so the figures measure compiled code rather than the JIT.
for (let round = 0; round < 30; round++) for (const sample of samples) extractReport(sample.text);
for (const sample of samples) time(`mẫu ${sample.name}`, [sample.text], 200);

// 135 reports, one per commune of the province: each sample with every figure changed.
const next = random(2025);
const batch = Array.from({ length: 135 }, (_, i) => {
  const base = samples[i % samples.length].text;
  return base.replace(/\d+/g, (digits) => String(Math.floor(next() * 10 ** digits.length)).padStart(digits.length, "0"));
});
time("lô 135 báo cáo (số liệu thay đổi)", batch, 3);

// 10 MB of digit runs, dots, near-keywords and long clauses without punctuation.
const pieces = [
  "1".repeat(5000),
  ".".repeat(3000),
  "1.".repeat(2000),
  "tiếp nhận ",
  "tiep nhan 2.345.678.901.234 hồ sơ ",
  "đang giải quyết ",
  "giải quyết trước hạn ",
  "12.345/23.456/",
  "03/11/2025/2026 ",
  "99,9999% ",
  "định danh điện tử kích hoạt ",
  "biên chế công chức ",
  "đơn vị sự nghiệp ",
  "xã xã xã phường ",
  "Quyết định số 1/QĐ-",
  "chỉ tiêu 57 (8) (9) ",
  "từ 01/7 đến ",
  "trước ngày ",
  "ho 50 ",
];
const pick = random(57);
let adversarial = "";
while (adversarial.length < 10 * 1024 * 1024) adversarial += pieces[Math.floor(pick() * pieces.length)];
time("văn bản đối kháng 10 MB", [adversarial], 1);

// Single-pattern worst cases of 10 MB each: every parser's anchor repeated without a sentence end.
const worst = {
  "chữ số liền": "1".repeat(10 * 1024 * 1024),
  "từ khóa tiếp nhận": "tiep nhan ".repeat(1024 * 1024),
  "cặp số 1/2": "1/2 ".repeat(2.5 * 1024 * 1024),
  "định danh + cặp số": "định danh 1/2 ".repeat(750 * 1024),
  "xã xã xã": "xã ".repeat(3.4 * 1024 * 1024),
  "khoảng thời gian": "từ 01/7 đến 30/9/2025 ".repeat(470 * 1024),
};
for (const [label, text] of Object.entries(worst)) time(`trường hợp xấu: ${label}`, [text], 1);
