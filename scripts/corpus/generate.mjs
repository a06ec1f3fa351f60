// `npm run corpus`: OCR fixtures from the clean reports. Each clean document is printed to PDF by LibreOffice,
// rasterised by pdftoppm, degraded by ImageMagick (settings drawn per fixture, see degradation.mjs) and read back
// by Debian's tesseract with the English and the Vietnamese model. The texts go to test/fixtures/ocr/<class>/,
// with manifest.json naming each one's source, class, language and degradation. Fixtures already there are kept
// (the settings depend on the name alone); `--force` makes them all again.
// Needs: libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils, imagemagick, tesseract-ocr-{eng,vie}.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { degradationOf, magickArguments } from "./degradation.mjs";
import { cleanDocuments } from "./sources.mjs";

const run = promisify(execFile);
const root = new URL("../..", import.meta.url).pathname;
const OUTPUT_DIR = join(root, "test/fixtures/ocr");
const MANIFEST = join(OUTPUT_DIR, "manifest.json");
const DEGRADATIONS_PER_DOCUMENT = 3;
const LANGUAGES = ["eng", "vie"];
// Two OCR jobs at a time, each on one thread: the machines have two cores.
const PARALLEL_JOBS = 2;

const force = process.argv.includes("--force");

/** LibreOffice's import filter for a plain-text report: UTF-8, set in a serif face as an official document is. */
const TEXT_FILTER = "Text (encoded):UTF8,LF,Liberation Serif,vi";

// LibreOffice is the slow step on a busy machine: its PDFs are kept between runs, and made again when the source
// is newer.
const PDF_CACHE = join(tmpdir(), "cchc-corpus-pdf");

async function toPdf(document) {
  const source = join(root, document.path);
  if (document.extension === ".pdf") return source;
  const outDir = join(PDF_CACHE, document.className);
  const pdf = join(outDir, `${document.name}.pdf`);
  if (existsSync(pdf) && statSync(pdf).mtimeMs > statSync(source).mtimeMs) return pdf;
  mkdirSync(outDir, { recursive: true });
  const filter = document.extension === ".txt" ? [`--infilter=${TEXT_FILTER}`] : [];
  // A profile of its own, so that a LibreOffice the developer has open does not take the job.
  const profile = `-env:UserInstallation=file://${join(PDF_CACHE, "profile")}`;
  await run("soffice", [profile, "--headless", ...filter, "--convert-to", "pdf", "--outdir", outDir, source]);
  if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${document.path}`);
  return pdf;
}

/** The page images of one degraded scan of a PDF, as JPEG files in order, in dir. */
async function degradedPages(pdf, settings, dir) {
  mkdirSync(dir, { recursive: true });
  await run("pdftoppm", ["-r", String(settings.dpi), "-gray", "-png", pdf, join(dir, "page")]);
  const pages = readdirSync(dir)
    .filter((file) => file.endsWith(".png"))
    .sort();
  const jpegs = [];
  for (const page of pages) {
    const jpeg = join(dir, page.replace(/\.png$/, ".jpg"));
    await run("convert", [join(dir, page), ...magickArguments(settings), jpeg]);
    jpegs.push(jpeg);
  }
  return jpegs;
}

async function ocr(jpeg, language, dpi) {
  const { stdout } = await run("tesseract", [jpeg, "stdout", "-l", language, "--dpi", String(dpi)], {
    env: { ...process.env, OMP_THREAD_LIMIT: "1" },
    maxBuffer: 16 * 1024 * 1024,
  });
  // tesseract ends each page with a form feed; a pasted OCR text has none.
  return stdout.replaceAll("\f", "").trimEnd();
}

/**
 * Every fixture to make, as { file, source, class, language, scan, settings, document }. A scan (one degradation
 * of a document) is read in every language. The order is by degradation, then language, then document, so that a
 * run cut short has the first scan of every document in English, the model that matches the offices' scanners.
 */
function plannedFixtures(documents) {
  const fixtures = [];
  for (let k = 1; k <= DEGRADATIONS_PER_DOCUMENT; k++) {
    for (const language of LANGUAGES) {
      for (const document of documents) {
        const scan = `${document.className}/${document.name}.${k}`;
        fixtures.push({
          file: `${scan}.${language}.txt`,
          source: document.path,
          class: document.className,
          language,
          scan,
          settings: degradationOf(scan),
          document,
        });
      }
    }
  }
  return fixtures;
}

function readManifest() {
  if (!existsSync(MANIFEST)) return new Map();
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8"));
  return new Map(manifest.fixtures.map((entry) => [entry.file, entry]));
}

function writeManifest(entries, planned, tesseractVersion) {
  const order = new Map(planned.map((fixture, i) => [fixture.file, i]));
  const fixtures = [...entries.values()].filter((entry) => order.has(entry.file)).sort((a, b) => order.get(a.file) - order.get(b.file));
  const manifest = {
    about: "OCR'd texts of the clean reports, made by `npm run corpus` (scripts/corpus). Paths are relative to the repository.",
    tesseract: tesseractVersion,
    fixtures,
  };
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
}

async function main() {
  const tesseractVersion = (await run("tesseract", ["--version"])).stdout.split("\n")[0].trim();
  const documents = cleanDocuments(root);
  const planned = plannedFixtures(documents);
  const entries = readManifest();
  const isDone = (fixture) => !force && entries.has(fixture.file) && existsSync(join(OUTPUT_DIR, fixture.file));
  const todo = planned.filter((fixture) => !isDone(fixture));
  console.log(`${documents.length} clean documents, ${planned.length} fixtures, ${todo.length} to make`);

  const workDir = mkdtempSync(join(tmpdir(), "cchc-corpus-"));
  try {
    // LibreOffice runs one at a time (one profile), before the OCR starts.
    const pdfs = new Map();
    for (const fixture of todo) if (!pdfs.has(fixture.source)) pdfs.set(fixture.source, await toPdf(fixture.document));

    // Each scan's pages are degraded once, by whichever job first needs them.
    const scans = new Map();
    const pagesOf = (fixture) => {
      if (!scans.has(fixture.scan)) {
        scans.set(fixture.scan, degradedPages(pdfs.get(fixture.source), fixture.settings, join(workDir, "pages", fixture.scan)));
      }
      return scans.get(fixture.scan);
    };

    let next = 0;
    let made = 0;
    const worker = async () => {
      while (next < todo.length) {
        const fixture = todo[next++];
        const pages = await pagesOf(fixture);
        const texts = [];
        for (const page of pages) texts.push(await ocr(page, fixture.language, fixture.settings.dpi));
        const path = join(OUTPUT_DIR, fixture.file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, `${texts.join("\n\n")}\n`);
        const { file, source, class: className, language, settings } = fixture;
        entries.set(file, { file, source, class: className, language, pages: pages.length, degradation: settings });
        writeManifest(entries, planned, tesseractVersion);
        made += 1;
        console.log(`[${made}/${todo.length}] ${file} (${pages.length} pages)`);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_JOBS }, worker));
    console.log(`fixtures in ${relative(root, OUTPUT_DIR)}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
