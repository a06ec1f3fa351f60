// Workbook speed: 135 communes (the samples' figures varied) to a standard .xlsx, as `cchc workbook`
// does after extraction: checks, sheet models, exceljs write. Run after `npm run prepare` (npm run
// bench does it); prints figures, asserts nothing. Target: under 1 s for 135 communes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const root = new URL("..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const dist = (path) => require(join(root, "dist/node/src", path));
const { checkRecord } = dist("domain/checks/checkExtraction.js");
const { standardWorkbook } = dist("domain/workbook/workbookModel.js");
const { writeWorkbook } = dist("xlsx/writeWorkbook.js");

const samplesDir = join(root, "../shared/samples");
const samples = ["xa-al-ba", "xa-bo-ngoong", "xa-binh-duong-ocr"].map(
  (name) => JSON.parse(readFileSync(join(samplesDir, `${name}.expected.json`), "utf8")).fields,
);

/** Deterministic pseudo-random numbers, so every run measures the same batch. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function batch(count) {
  const next = random(135);
  return Array.from({ length: count }, (_, i) => {
    const base = samples[i % samples.length];
    const record = { ...base, commune: `Xã số ${i + 1}` };
    for (const [id, value] of Object.entries(base)) if (typeof value === "number") record[id] = Math.round(value * (0.8 + 0.4 * next()));
    const provenance = { received: { index: 100 + i, text: `Tiếp nhận ${record.received} hồ sơ.`, confidence: 1 } };
    return { record, provenance, documents: [], noticeDate: null, source: `xa-${i + 1}.txt` };
  });
}

async function once(reports) {
  const start = process.hrtime.bigint();
  const checked = reports.map((r) => ({ ...r, findings: checkRecord(r.record) }));
  const modelled = process.hrtime.bigint();
  const models = standardWorkbook(checked);
  const built = process.hrtime.bigint();
  const bytes = await writeWorkbook(models);
  const written = process.hrtime.bigint();
  const ms = (a, b) => Number(b - a) / 1e6;
  return {
    checks: ms(start, modelled),
    models: ms(modelled, built),
    write: ms(built, written),
    total: ms(start, written),
    bytes: bytes.length,
  };
}

for (const count of [1, 135, 500]) {
  const reports = batch(count);
  await once(reports); // warm-up: loads exceljs, compiles
  globalThis.gc?.();
  const runs = [];
  for (let r = 0; r < 5; r++) runs.push(await once(reports));
  const median = (key) =>
    runs
      .map((run) => run[key])
      .sort((a, b) => a - b)[2]
      .toFixed(1);
  console.log(
    `${String(count).padStart(3)} xã: tổng ${median("total")} ms (kiểm tra ${median("checks")} ms, mô hình ${median("models")} ms, ghi .xlsx ${median("write")} ms), ${(runs[0].bytes / 1024).toFixed(0)} KB`,
  );
}
