/**
 * The extractor over a corpus of variant notices (test/fixtures/variants: other communes and
 * wards, other inspectors' phrasing, OCR'd scans) and the real samples: no value may be wrong,
 * and at least 95% of the stated values must be found.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { extractReport } from "../../src/domain/extract/extractReport";
import { FIELD_IDS, type CommuneRecord, type FieldId } from "../../src/domain/record/fields";
import { SAMPLE_NAMES, SAMPLES_DIR } from "../support/reportSamples";

const VARIANTS_DIR = resolve(__dirname, "../fixtures/variants");
const REQUIRED_RECALL = 0.95;

interface Notice {
  readonly name: string;
  readonly text: string;
  readonly expected: CommuneRecord;
}

function load(dir: string, name: string): Notice {
  const expected = JSON.parse(readFileSync(resolve(dir, `${name}.expected.json`), "utf8")) as { fields: CommuneRecord };
  return { name, text: readFileSync(resolve(dir, `${name}.txt`), "utf8"), expected: expected.fields };
}

const variantNames = readdirSync(VARIANTS_DIR)
  .filter((file) => file.endsWith(".expected.json"))
  .map((file) => file.slice(0, -".expected.json".length))
  .sort();
const notices: Notice[] = [...variantNames.map((name) => load(VARIANTS_DIR, name)), ...SAMPLE_NAMES.map((name) => load(SAMPLES_DIR, name))];

interface Miss {
  readonly notice: string;
  readonly field: FieldId;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Every field of every notice scored: wrong (a value that differs from the stated one, or where none is stated) or missed. */
function score(): { stated: number; found: number; wrong: Miss[]; missed: Miss[] } {
  let stated = 0;
  let found = 0;
  const wrong: Miss[] = [];
  const missed: Miss[] = [];
  for (const notice of notices) {
    const { fields } = extractReport(notice.text);
    for (const field of FIELD_IDS) {
      const expected = notice.expected[field];
      const actual = fields[field];
      if (expected !== null) stated++;
      if (actual !== null && actual !== expected) wrong.push({ notice: notice.name, field, expected, actual });
      else if (expected !== null && actual === expected) found++;
      else if (expected !== null) missed.push({ notice: notice.name, field, expected, actual });
    }
  }
  return { stated, found, wrong, missed };
}

const describeMisses = (misses: readonly Miss[]): string =>
  misses
    .map((m) => `  ${m.field.padEnd(22)} ${m.notice.padEnd(24)} expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`)
    .join("\n");

describe("extraction over the variant corpus and the samples", () => {
  const result = score();

  it("has a corpus of at least 15 variant notices, all 33 fields in each", () => {
    expect(variantNames.length).toBeGreaterThanOrEqual(15);
    for (const notice of notices) expect(Object.keys(notice.expected).sort()).toEqual([...FIELD_IDS].sort());
  });

  it("gives no wrong value", () => {
    if (result.wrong.length > 0) throw new Error(`${result.wrong.length} wrong values:\n${describeMisses(result.wrong)}`);
  });

  it(`finds at least ${REQUIRED_RECALL * 100}% of the stated values`, () => {
    const recall = result.found / result.stated;
    if (recall < REQUIRED_RECALL) {
      throw new Error(`recall ${(recall * 100).toFixed(1)}% (${result.found}/${result.stated}); missed:\n${describeMisses(result.missed)}`);
    }
    // The figures, for the record (printed once, not asserted further).
    console.log(
      `variants: ${notices.length} notices, ${result.stated} stated values, ${result.found} found (${(recall * 100).toFixed(1)}%), ${result.wrong.length} wrong; missed:\n${describeMisses(result.missed)}`,
    );
  });
});
