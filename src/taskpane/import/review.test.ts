import { readFileSync } from "node:fs";
import path from "node:path";
import { extractReport } from "../../domain/extract/extractReport";
import { FIELD_IDS } from "../../domain/record/fields";
import { SAMPLES_DIR as SAMPLES } from "../../../test/support/reportSamples";
import { clauseAround } from "./clause";
import { LOW_CONFIDENCE } from "./reportItem";
import { onlyMissing, reviewOf } from "./review";
import { SECTIONS } from "./sections";

const extraction = (name: string) => extractReport(readFileSync(path.join(SAMPLES, name), "utf8"));

describe("the sections of the review", () => {
  it("hold every field exactly once", () => {
    const sectioned = SECTIONS.flatMap((s) => s.fields);
    expect([...sectioned].sort()).toEqual([...FIELD_IDS].sort());
  });
});

describe("reviewOf", () => {
  it("lists the figures a finding involves, the unsure ones and the missing ones, findings first", () => {
    const read = extraction("xa-bo-ngoong.txt");
    const { findings, toReview } = reviewOf(read, {});
    const involved = new Set(findings.flatMap((f) => f.fields));
    expect(involved.size).toBeGreaterThan(0);
    for (const field of involved)
      expect(toReview.find((f) => f.field === field)?.reasons).toContainEqual(expect.objectContaining({ kind: "finding" }));
    for (const field of FIELD_IDS.filter((id) => read.fields[id] === null)) {
      expect(toReview.find((f) => f.field === field)?.reasons).toContainEqual({ kind: "missing" });
    }
    const firstMissing = toReview.findIndex(onlyMissing);
    expect(toReview.slice(firstMissing).every(onlyMissing)).toBe(true);
  });

  it("flags the figures the extractor was unsure of, until staff type over them", () => {
    const read = extraction("xa-binh-duong-ocr.txt");
    const unsure = FIELD_IDS.filter((id) => (read.provenance[id]?.confidence ?? 1) < LOW_CONFIDENCE);
    expect(unsure.length).toBeGreaterThan(0);
    const flagged = (inputs = {}) =>
      reviewOf(read, inputs)
        .toReview.filter((f) => f.reasons.some((r) => r.kind === "low-confidence"))
        .map((f) => f.field);
    expect(flagged().sort()).toEqual([...unsure].sort());
    const [first] = unsure;
    if (first) expect(flagged({ [first]: "1" })).not.toContain(first);
  });

  it("puts an entry that is not acceptable first", () => {
    const { toReview, confirmed } = reviewOf(extraction("xa-al-ba.txt"), { withdrawn: "hai" });
    expect(confirmed.errors.withdrawn).toBeDefined();
    expect(toReview[0]).toEqual({ field: "withdrawn", reasons: [{ kind: "invalid" }] });
  });
});

describe("clauseAround", () => {
  it("keeps the clause around the figure and marks the figure as written", () => {
    const text = "I. Kết quả: đã tiếp nhận 1.250 hồ sơ, trong đó trực tuyến 1.100 hồ sơ; đã giải quyết 1.200 hồ sơ. Tiếp theo";
    expect(clauseAround(text, text.indexOf("1.100"))).toEqual({
      before: "Kết quả: đã tiếp nhận 1.250 hồ sơ, trong đó trực tuyến ",
      figure: "1.100",
      after: " hồ sơ;",
    });
    expect(clauseAround(text, text.indexOf("1.200"))).toEqual({ before: "đã giải quyết ", figure: "1.200", after: " hồ sơ." });
  });

  it("cuts a long run without a boundary, saying so, and keeps a table row to its line", () => {
    const long = `${"chữ ".repeat(60)}tỷ lệ 47,2% ${"chữ ".repeat(60)}`;
    const clause = clauseAround(long, long.indexOf("47,2%"));
    expect(clause.figure).toBe("47,2%");
    expect(clause.before.startsWith("…")).toBe(true);
    expect(clause.after.endsWith("…")).toBe(true);
    expect(clause.before.length + clause.after.length).toBeLessThan(240);
    const table = "Chỉ tiêu ; Số lượng\nTổng cộng ; 1.222\nGhi chú";
    expect(clauseAround(table, table.indexOf("1.222"))).toEqual({ before: "Tổng cộng ; ", figure: "1.222", after: "" });
  });

  it("marks the sample's figures where the extractor read them", () => {
    const text = readFileSync(path.join(SAMPLES, "xa-al-ba.txt"), "utf8");
    const read = extractReport(text);
    const received = read.provenance.received;
    expect(received && clauseAround(text, received.index).figure.replace(/\./g, "")).toBe(String(read.fields.received));
  });
});
