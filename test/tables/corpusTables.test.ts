/**
 * The reports whose figures stand in tables (Word tables with merged headers, figures as rows,
 * PDF tables over a page break and in a landscape appendix, .xlsx attachments): each gives its
 * expected figures and findings.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildCli, extractJson, type ExtractedJson } from "./cliJson";

const DIR = resolve(__dirname, "../fixtures/shared/corpus-tables");

interface Expected {
  readonly source: string;
  readonly fields: Record<string, unknown>;
  readonly findings: readonly { kind: string; fields: readonly string[] }[];
}

const EXPECTED: readonly Expected[] = readdirSync(DIR)
  .filter((name) => name.endsWith(".expected.json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(resolve(DIR, name), "utf8")) as Expected);

const ERROR_KINDS = ["exceeds", "balance", "stated-percent", "numbering"];

describe("reports with tables", () => {
  let results: Map<string, ExtractedJson>;

  beforeAll(async () => {
    buildCli();
    const extracted = await extractJson(EXPECTED.map((expected) => resolve(DIR, expected.source)));
    results = new Map(extracted.map((result) => [resolve(result.source), result]));
  }, 240_000);

  it.each(EXPECTED.map((expected) => [expected.source, expected] as const))("%s gives its expected figures", (source, expected) => {
    const result = results.get(resolve(DIR, source));
    expect(result?.error).toBeUndefined();
    for (const [field, value] of Object.entries(expected.fields)) {
      const got = result?.fields[field] ?? null;
      expect({ field, value: got }).toEqual({ field, value });
      // A figure read from a table says where it stands.
      const location = result?.provenance[field]?.location;
      if (location !== undefined) expect(location).toMatch(/^Bảng \d+(?: \(trang tính "[^"]+"\))?, dòng .+, cột .+$/);
    }
  });

  it.each(EXPECTED.map((expected) => [expected.source, expected] as const))(
    "%s raises its expected findings and no other error",
    (source, expected) => {
      const findings = results.get(resolve(DIR, source))?.findings ?? [];
      const errors = findings.filter((finding) => finding.severity === "lỗi" && ERROR_KINDS.includes(finding.kind));
      const covers = (finding: { kind: string; fields: readonly string[] }, wanted: { kind: string; fields: readonly string[] }): boolean =>
        finding.kind === wanted.kind && (wanted.kind === "numbering" || wanted.fields.every((field) => finding.fields.includes(field)));
      for (const wanted of expected.findings)
        expect({ wanted, raised: findings.some((finding) => covers(finding, wanted)) }).toEqual({ wanted, raised: true });
      for (const finding of errors)
        expect({ finding: finding.message, expected: expected.findings.some((wanted) => covers(finding, wanted)) }).toEqual({
          finding: finding.message,
          expected: true,
        });
    },
  );

  it("says where a table figure stands: table, sheet, row and column path", () => {
    const attachment = results.get(resolve(DIR, "xa-gio-linh-bieu-so-lieu.xlsx"));
    expect(attachment?.provenance.receivedOnline?.location).toBe(
      'Bảng 1 (trang tính "Bieu CCHC quy III"), dòng Tổng cộng, cột Tiếp nhận › Trực tuyến',
    );
    expect(attachment?.provenance.civilServantPresent?.location).toBe(
      'Bảng 2 (trang tính "Bieu CCHC quy III"), dòng Công chức, cột Có mặt',
    );
  });

  it("names both places when a table's total is not the sum of its rows", () => {
    const notice = results.get(resolve(DIR, "thong-bao-kiem-tra-xa-cam-lo.pdf"));
    const warning = notice?.findings.find((finding) => finding.kind === "balance" && finding.severity === "cảnh báo");
    expect(warning?.fields).toEqual(["receivedDirect"]);
    expect(warning?.message).toContain("dòng Tổng cộng");
    expect(warning?.message).toContain("756");
    expect(warning?.message).toContain("765");
  });
});
