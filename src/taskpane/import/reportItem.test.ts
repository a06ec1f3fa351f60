import { readFileSync } from "node:fs";
import path from "node:path";
import { extractReport } from "../../domain/extract/extractReport";
import type { FieldId } from "../../domain/record/fields";
import { inputText } from "./fieldInput";
import { confirmedProvenance, confirmedRecord, hasErrors, previewFindings } from "./reportItem";
import { SAMPLES_DIR as SAMPLES } from "../../../test/support/reportSamples";

const sample = (name: string) => readFileSync(path.join(SAMPLES, name), "utf8");
const expected = (name: string) =>
  JSON.parse(sample(name)) as { fields: Record<FieldId, unknown>; findings: { kind: string; fields: FieldId[] }[] };

describe("a sample report in the preview", () => {
  const extraction = extractReport(sample("xa-al-ba.txt"));
  const { fields, findings } = expected("xa-al-ba.expected.json");

  it("without edits, confirms the extracted record and raises the sample's findings", () => {
    const confirmed = confirmedRecord(extraction, {});
    expect(hasErrors(confirmed)).toBe(false);
    expect(confirmed.record.received).toBe(fields.received);
    const kinds = previewFindings(extraction, confirmed.record).map((f) => [f.kind, f.fields]);
    for (const finding of findings) expect(kinds).toContainEqual([finding.kind, finding.fields]);
  });

  it("takes staff's correction, drops that figure's source sentence and re-checks", () => {
    const received = extraction.fields.received as number;
    const confirmed = confirmedRecord(extraction, { received: inputText("received", received + 10) });
    expect(confirmed.record.received).toBe(received + 10);
    const provenance = confirmedProvenance(extraction, confirmed.record);
    expect(provenance.received).toBeUndefined();
    expect(provenance.resolved).toEqual(extraction.provenance.resolved);
    const balance = previewFindings(extraction, confirmed.record).filter((f) => f.kind === "balance");
    expect(balance.map((f) => f.fields[0])).toContain("received");
  });

  it("keeps the extracted value and reports an entry that is not acceptable", () => {
    const confirmed = confirmedRecord(extraction, { received: "12,5", remediationDeadline: "31/11/2025" });
    expect(confirmed.record.received).toBe(extraction.fields.received);
    expect(Object.keys(confirmed.errors).sort()).toEqual(["received", "remediationDeadline"]);
    expect(hasErrors(confirmed)).toBe(true);
  });

  it("lets staff clear a figure and requires the commune's name", () => {
    const confirmed = confirmedRecord(extraction, { vneidRateStated: "", commune: " " });
    expect(confirmed.record.vneidRateStated).toBeNull();
    expect(confirmed.errors.commune).toMatch(/^Đề nghị nhập/);
  });
});

describe("a record with no commune", () => {
  it("is refused until staff name the commune, even when figures were found", () => {
    const extraction = extractReport(sample("xa-bo-ngoong.txt"));
    const nameless = { ...extraction, fields: { ...extraction.fields, commune: null } };
    expect(confirmedRecord(nameless, {}).errors.commune).toMatch(/^Đề nghị nhập xã, phường/);
    expect(confirmedRecord(nameless, { commune: "Ia Ly" }).errors).toEqual({});
  });
});
