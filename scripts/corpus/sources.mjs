// The clean documents that `npm run corpus` scans: every report with expected values in the shared copies and
// the variant notices, except texts that are already OCR output (they are a scanner's result, not a source).
import { readFileSync, readdirSync } from "node:fs";
import { extname, join } from "node:path";

/** Each class of source, by the folder (relative to the repository) that holds it. */
export const SOURCE_CLASSES = [
  { name: "samples", dir: "test/fixtures/shared/samples" },
  { name: "corpus", dir: "test/fixtures/shared/corpus" },
  { name: "corpus-tables", dir: "test/fixtures/shared/corpus-tables" },
  { name: "variants", dir: "test/fixtures/variants" },
];

const DOCUMENT_EXTENSIONS = [".txt", ".docx", ".pdf", ".xlsx"];

// Vietnamese written with its diacritics has about three letters in ten outside ASCII; the offices' scanners
// (English OCR models) leave almost none. Below one in ten, a text is taken as OCR output.
const MIN_DIACRITIC_SHARE = 0.1;

/** Share of a text's letters that are not ASCII. */
export function diacriticShare(text) {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return 0;
  return letters.filter((c) => c.codePointAt(0) > 0x7f).length / letters.length;
}

function isCleanDocument(path) {
  if (extname(path) !== ".txt") return true;
  return diacriticShare(readFileSync(path, "utf8")) >= MIN_DIACRITIC_SHARE;
}

/**
 * The clean documents under root, each as { className, name, path (relative to root), extension }, in a stable
 * order. Only documents with an `.expected.json` beside them count: those are the reports.
 */
export function cleanDocuments(root) {
  return SOURCE_CLASSES.flatMap(({ name: className, dir }) => {
    const files = readdirSync(join(root, dir)).sort();
    return files
      .filter((file) => DOCUMENT_EXTENSIONS.includes(extname(file)))
      .map((file) => ({ className, name: file.slice(0, -extname(file).length), path: join(dir, file), extension: extname(file) }))
      .filter((doc) => files.includes(`${doc.name}.expected.json`) && isCleanDocument(join(root, doc.path)));
  });
}
