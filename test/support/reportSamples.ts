/**
 * The real notices with their expected fields, for the extractor's tests. They are copies of the
 * team's shared material (see test/fixtures/shared/README.md), kept in the repository so the
 * tests need nothing outside it.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CommuneRecord } from "../../src/domain/record/fields";

export const FIXTURES_DIR = resolve(__dirname, "../fixtures/shared");
export const SAMPLES_DIR = resolve(FIXTURES_DIR, "samples");

export interface ReportSample {
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly expected: CommuneRecord;
}

export const SAMPLE_NAMES = ["xa-al-ba", "xa-bo-ngoong", "xa-binh-duong-ocr"] as const;
/** The samples written with diacritics (the OCR'd one has lost them). */
export const CLEAN_SAMPLE_NAMES = ["xa-al-ba", "xa-bo-ngoong"] as const;

export function loadSample(name: string): ReportSample {
  const path = resolve(SAMPLES_DIR, `${name}.txt`);
  const expected = JSON.parse(readFileSync(resolve(SAMPLES_DIR, `${name}.expected.json`), "utf8")) as { fields: CommuneRecord };
  return { name, path, text: readFileSync(path, "utf8"), expected: expected.fields };
}
