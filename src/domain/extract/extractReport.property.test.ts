/** Properties of the extractor over random inputs and random re-writings of the real samples. */
import fc from "fast-check";
import { CLEAN_SAMPLE_NAMES, loadSample, SAMPLE_NAMES } from "../../../test/support/reportSamples";
import { FIELDS } from "../record/fields";
import { extractReport } from "./extractReport";

const NEAR_KEYWORDS = [
  "tiếp nhận",
  "tiep nhan",
  "hồ sơ",
  "ho so",
  "giải quyết",
  "trước hạn",
  "quá hạn",
  "đang giải quyết",
  "trực tuyến",
  "chiếm",
  "%",
  "/",
  "1.222",
  "01",
  "47,2",
  "90.19",
  "13.944/22.529",
  "07/10/2025",
  "ngày",
  "số",
  "QĐ-UBND",
  "biên chế công chức",
  "đơn vị sự nghiệp",
  "tự chủ",
  "xã",
  "Al",
  "định danh",
  "kích hoạt",
  "chỉ tiêu",
  "57",
  "(8)",
  ",",
  ".",
  ";",
  " ",
  "\n",
  "-",
  "từ",
  "đến",
  "trước ngày",
];

describe("extractReport properties", () => {
  it("never throws, on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 300 }),
          fc.array(fc.constantFrom(...NEAR_KEYWORDS), { maxLength: 80 }).map((parts) => parts.join("")),
        ),
        (text) => {
          const extraction = extractReport(text);
          expect(Object.keys(extraction.fields)).toHaveLength(FIELDS.length);
          for (const value of Object.values(extraction.fields)) {
            if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...NEAR_KEYWORDS), { maxLength: 60 }).map((parts) => parts.join(" ")),
        (text) => {
          expect(extractReport(text)).toEqual(extractReport(text));
        },
      ),
    );
  });
});

/** The paragraphs of a report with their lines joined, then wrapped again at `width`. */
function rewrap(text: string, width: number): string {
  const paragraphs: string[][] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const startsParagraph = /^(?:[-+*•]|\d{1,2}\.|[IVX]{1,4}\.)\s/.test(trimmed) || paragraphs.length === 0;
    if (startsParagraph) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]?.push(...trimmed.split(/\s+/));
  }
  return paragraphs
    .map((words) => {
      const lines: string[] = [];
      let current = "";
      for (const word of words) {
        if (current !== "" && current.length + 1 + word.length > width) {
          lines.push(current);
          current = word;
        } else current = current === "" ? word : `${current} ${word}`;
      }
      lines.push(current);
      return lines.join("\n");
    })
    .join("\n");
}

function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

describe.each(SAMPLE_NAMES)("the sample %s", (name) => {
  const sample = loadSample(name);

  it("gives the same figures after its lines are wrapped again at any width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 160 }), (width) => {
        expect(extractReport(rewrap(sample.text, width)).fields).toEqual(sample.expected);
      }),
      { numRuns: 25 },
    );
  });
});

describe.each(CLEAN_SAMPLE_NAMES)("the clean sample %s", (name) => {
  const sample = loadSample(name);
  const extraction = extractReport(sample.text);

  it("gives the same figures with every diacritic stripped", () => {
    expect(extractReport(stripDiacritics(sample.text)).fields).toEqual(sample.expected);
  });

  // Completed/total of Resolution 57 also decide how many indicators are listed as not done.
  const changeable = FIELDS.filter(
    (f) =>
      (f.kind === "count" || f.kind === "percent") &&
      extraction.fields[f.id] !== null &&
      !["nq57Completed", "nq57Total", "nq57IncompleteListed"].includes(f.id),
  );

  it.each(changeable.map((f) => f.id))("changes %s and nothing else when its figure is changed", (id) => {
    const where = extraction.provenance[id];
    if (!where) throw new Error(`no provenance for ${id}`);
    const written = /^\d[\d.,]*\d|^\d/.exec(sample.text.slice(where.index))?.[0] ?? "";
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), (step) => {
        const isPercent = FIELDS.find((f) => f.id === id)?.kind === "percent";
        // Bump the first digit group so the figure keeps its written form ("1.222" → "3.222", "47,2" → "52,2").
        const head = /^\d+/.exec(written)?.[0] ?? "0";
        const bumped = String((Number(head) + step) % (isPercent ? 100 : 10 ** head.length)).padStart(head.length, "0");
        const replacement = bumped + written.slice(head.length);
        if (replacement === written) return;
        const changed = sample.text.slice(0, where.index) + replacement + sample.text.slice(where.index + written.length);
        const fields = extractReport(changed).fields;
        const expectedValue = isPercent ? Number(replacement.replace(",", ".")) : Number(replacement.replace(/\./g, ""));
        expect(fields[id]).toBe(expectedValue);
        expect({ ...fields, [id]: null }).toEqual({ ...extraction.fields, [id]: null });
      }),
      { numRuns: 5 },
    );
  });
});
