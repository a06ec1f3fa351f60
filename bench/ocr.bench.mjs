// OCR of scans: the CLI (tesseract.js, WebAssembly, pages in parallel) side by side with native
// single-thread `tesseract -l vie` on the same page images and the same model, per-page times,
// the CLI's peak memory on a 10-page scan, and figures found/wrong against the clean sources.
// The scans are made here from the typed PDFs of the shared corpus copies, as offices make them:
// 200 and 150 dpi, skewed, JPEG-compressed. Prints figures, asserts nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";

const root = new URL("..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const { createCanvas } = require("@napi-rs/canvas");
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
await import("pdfjs-dist/legacy/build/pdf.worker.mjs");

const corpus = join(root, "test/fixtures/shared/corpus");
const SOURCES = ["phuong-hac-thanh.pdf", "xa-mang-den.pdf", "xa-thanh-xuan-tu-kiem-tra.pdf"];
const work = mkdtempSync(join(tmpdir(), "cchc-ocr-bench-"));

/** The pages of a typed PDF as a scanner would give them: grey, `dpi`, turned by `skew` degrees, JPEG. */
async function scannedPages(file, dpi, skew) {
  const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const flat = createCanvas(width, height);
    await page.render({ canvasContext: flat.getContext("2d"), viewport, background: "white" }).promise;
    const turned = createCanvas(width, height);
    const context = turned.getContext("2d");
    context.fillStyle = "white";
    context.fillRect(0, 0, width, height);
    context.translate(width / 2, height / 2);
    context.rotate((skew * Math.PI) / 180);
    context.filter = "grayscale(1)";
    context.drawImage(flat, -width / 2, -height / 2);
    pages.push({ jpeg: turned.encodeSync("jpeg", 60), width, height });
  }
  await document.destroy();
  return pages;
}

/** An image-only PDF: each page one JPEG filling an A4 page. */
function imagePdf(pages) {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 3} 0 R`).join(" ")}] /Count ${pages.length} >>`,
  ];
  const streams = [];
  pages.forEach((page, i) => {
    const content = "q 595 0 0 842 0 0 cm /Im0 Do Q";
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + i * 3} 0 R /Resources << /XObject << /Im0 ${5 + i * 3} 0 R >> >> >>`,
    );
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(
      `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`,
    );
    streams[objects.length - 1] = page.jpeg;
  });
  const parts = [Buffer.from("%PDF-1.4\n")];
  let length = parts[0].length;
  const offsets = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const chunk = streams[i]
      ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n${object}`), streams[i], Buffer.from("\nendstream\nendobj\n")])
      : Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** The CLI on `files`: its JSON, wall time and peak memory (threads included). */
function cli(files) {
  const peak = join(work, "peak.cjs");
  writeFileSync(peak, 'process.on("exit", () => process.stderr.write(`PEAK_RSS_KB ${process.resourceUsage().maxRSS}\\n`));');
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--require", peak, join(root, "bin/cchc.js"), "extract", ...files, "--json"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peakMb = Number(/PEAK_RSS_KB (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;
  return { output: JSON.parse(run.stdout), seconds, peakMb };
}

/** Native tesseract, one thread, same model (tesseract.js's 4.0.0_best_int), on the same JPEG pages. */
function native(pages) {
  if (spawnSync("tesseract", ["--version"]).status !== 0) return undefined;
  const tessdata = join(work, "tessdata");
  execFileSync("mkdir", ["-p", tessdata]);
  const model = join(dirname(require.resolve("@tesseract.js-data/vie/package.json")), "4.0.0_best_int/vie.traineddata.gz");
  writeFileSync(join(tessdata, "vie.traineddata"), gunzipSync(readFileSync(model)));
  const start = process.hrtime.bigint();
  pages.forEach((page, i) => {
    const image = join(work, `native-${i}.jpg`);
    writeFileSync(image, page.jpeg);
    execFileSync("tesseract", [image, join(work, `native-${i}`), "-l", "vie", "--tessdata-dir", tessdata, "--dpi", "200"], {
      env: { ...process.env, OMP_THREAD_LIMIT: "1" },
      stdio: "pipe",
    });
  });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const seconds = (value) => `${value.toFixed(1).replace(".", ",")} s`;

// 1. A 10-page scan at 200 dpi, skewed 0.7°: the CLI against native tesseract on the same pages.
const all = [];
for (const source of SOURCES) all.push(...(await scannedPages(join(corpus, source), 200, 0.7)));
const ten = Array.from({ length: 10 }, (_, i) => all[i % all.length]);
const tenFile = join(work, "quet-10-trang.pdf");
writeFileSync(tenFile, imagePdf(ten));
const ours = cli([tenFile]);
const theirs = native(ten);
console.log(
  `quét 10 trang, 200 dpi: cchc (tesseract.js) ${seconds(ours.seconds)}, ${seconds(ours.seconds / 10)}/trang; đỉnh bộ nhớ ${ours.peakMb.toFixed(0)} MB`,
);
if (theirs === undefined) console.log("tesseract gốc: không có trên máy này (apt-get install tesseract-ocr), bỏ qua so sánh");
else
  console.log(
    `tesseract gốc (-l vie, 1 luồng, cùng mô hình): ${seconds(theirs)}, ${seconds(theirs / 10)}/trang; tỷ lệ cchc/gốc ${(ours.seconds / theirs).toFixed(2).replace(".", ",")}`,
  );

// 2. Figures found and wrong against the clean source, at 200 and 150 dpi.
for (const dpi of [200, 150]) {
  let stated = 0;
  let found = 0;
  const wrong = [];
  for (const source of SOURCES) {
    const scan = join(work, `${basename(source, ".pdf")}-${dpi}.pdf`);
    writeFileSync(scan, imagePdf(await scannedPages(join(corpus, source), dpi, -0.9)));
    const clean = cli([join(corpus, source)]).output[0].fields;
    const read = cli([scan]).output[0].fields;
    for (const [field, value] of Object.entries(clean)) {
      if (value === null) continue;
      stated++;
      if (read[field] === value) found++;
      else if (read[field] !== null) wrong.push(`${source} ${field}: ${value} → ${read[field]}`);
    }
  }
  console.log(
    `${dpi} dpi, nghiêng 0,9°, JPEG: ${found}/${stated} số liệu như bản sạch, ${wrong.length} sai${wrong.length ? ` (${wrong.join("; ")})` : ""}`,
  );
}
rmSync(work, { recursive: true, force: true });
