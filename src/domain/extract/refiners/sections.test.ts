import { extractReport, parseContextOf } from "../extractReport";
import type { Candidate } from "../parser";
import { dropNonResultSections, notResultRegions } from "./sections";

const REPORT = [
  "I. KẾT QUẢ THỰC HIỆN",
  "Xã được giao 35 biên chế công chức.",
  "V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025",
  "- Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80% trở lên.",
  "VI. ĐỀ XUẤT, KIẾN NGHỊ",
  "Đề nghị bổ sung 02 biên chế công chức; báo cáo kết quả khắc phục trước ngày 20/12/2025.",
].join("\n");

describe("dropNonResultSections", () => {
  it("finds the sections of plans and recommendations, up to the next heading of their level", () => {
    const regions = notResultRegions(parseContextOf(REPORT));
    expect(regions).toHaveLength(2);
    expect(REPORT.slice(regions[0]?.start, regions[0]?.end)).toContain("Phấn đấu");
    expect(REPORT.slice(regions[0]?.start, regions[0]?.end)).not.toContain("Đề nghị");
  });

  it("drops a request for posts but keeps the quota of the results and the remediation deadline", () => {
    const fields = extractReport(REPORT).fields;
    expect(fields.civilServantQuota).toBe(35);
    expect(fields.remediationDeadline).toBe("2025-12-20");
  });

  it("keeps figures under a letter heading's results when a plan heading of the other level follows elsewhere", () => {
    const text =
      "A. KẾT QUẢ\nI. Tình hình\nXã được giao 35 biên chế công chức.\nB. PHƯƠNG HƯỚNG\nbổ sung 02 biên chế công chức.\nC. KHÁC\nhiện có 33 công chức.";
    const context = parseContextOf(text);
    const at = (needle: string): number => text.indexOf(needle);
    const candidates: Candidate[] = [
      { field: "civilServantQuota", value: 35, index: at("35"), confidence: 1 },
      { field: "civilServantQuota", value: 2, index: at("02"), confidence: 1 },
      { field: "civilServantPresent", value: 33, index: at("33"), confidence: 1 },
    ];
    expect(dropNonResultSections(candidates, context).map((c) => c.value)).toEqual([35, 33]);
  });

  it("ends a section at the notice's close, so an appendix after it keeps its period and figures", () => {
    const text = [
      "III. KIẾN NGHỊ",
      "Đề nghị bổ sung 02 biên chế công chức.",
      "Nơi nhận:",
      "- UBND xã;",
      "Phụ lục",
      "(Từ ngày 01/7/2025 đến ngày 15/10/2025)",
    ].join("\n");
    const [region] = notResultRegions(parseContextOf(text));
    expect(text.slice(region?.start, region?.end)).toContain("Đề nghị");
    expect(text.slice(region?.start, region?.end)).not.toContain("Nơi nhận");
    expect(extractReport(text).fields.periodStart).toBe("2025-07-01");
  });
});
