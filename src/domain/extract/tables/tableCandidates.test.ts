import { checkExtraction } from "../../checks/checkExtraction";
import type { ReportDocument } from "../../document/reportDocument";
import { extractReport } from "../extractReport";

const TABLE = [
  ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Số hồ sơ tiếp nhận", "Số hồ sơ tiếp nhận"],
  ["STT", "Lĩnh vực", "Tổng số", "Trực tuyến", "Trực tiếp"],
  ["1", "Hộ tịch", "590", "402", "188"],
  ["2", "Đất đai", "385", "131", "254"],
  ["", "Tổng cộng", "975", "533", "442"],
];

const report = (prose: string, rows: string[][] = TABLE): ReportDocument => ({
  blocks: [
    { kind: "text", text: prose },
    { kind: "table", rows },
    { kind: "text", text: "Trên đây là báo cáo của UBND xã." },
  ],
});

describe("table figures in the extraction", () => {
  it("takes the total row with its place in the table, and one value when the prose agrees", () => {
    const extraction = extractReport(report("Từ ngày 01/7/2025 đến ngày 30/9/2025, xã đã tiếp nhận 975 hồ sơ."));
    expect(extraction.fields).toMatchObject({ received: 975, receivedOnline: 533, receivedDirect: 442 });
    expect(extraction.provenance.receivedOnline).toMatchObject({
      location: "Bảng 1, dòng Tổng cộng, cột Số hồ sơ tiếp nhận › Trực tuyến",
      text: "Tổng cộng ; 975 ; 533 ; 442",
    });
    expect(extraction.disagreements).toBeUndefined();
  });

  it("keeps the table's figure and warns, naming both places, when the prose states another", () => {
    const extraction = extractReport(report("Từ ngày 01/7/2025 đến ngày 30/9/2025, xã đã tiếp nhận 957 hồ sơ."));
    expect(extraction.fields.received).toBe(975);
    const warning = checkExtraction(extraction).find((finding) => finding.kind === "disagreement");
    expect(warning).toMatchObject({ severity: "cảnh báo", fields: ["received"] });
    expect(warning?.message).toContain("Bảng 1, dòng Tổng cộng, cột Số hồ sơ tiếp nhận › Tổng số là 975");
    expect(warning?.message).toContain("nêu 957");
  });

  it("raises a balance warning when the total row is not the sum of the sector rows", () => {
    const rows = TABLE.map((row) => [...row]);
    (rows[4] as string[])[4] = "452";
    const warning = checkExtraction(extractReport(report("Báo cáo kết quả.", rows))).find((finding) => finding.rule === "bang-tong-cong");
    expect(warning).toMatchObject({ kind: "balance", severity: "cảnh báo", fields: ["receivedDirect"] });
    expect(warning?.message).toContain("452");
    expect(warning?.message).toContain("442");
  });

  it("never reads a figure from the flattened rows of a data table as prose", () => {
    const rows = [
      ["STT", "Nội dung", "Cùng kỳ năm 2024"],
      ["1", "Số hồ sơ đã tiếp nhận", "1.196"],
      ["2", "Đã giải quyết", "1.149"],
    ];
    const extraction = extractReport(report("Báo cáo kết quả.", rows));
    expect(extraction.fields.received).toBeNull();
    expect(extraction.fields.resolved).toBeNull();
  });

  it("reads a table split by a page break as one table", () => {
    const document: ReportDocument = {
      blocks: [
        { kind: "text", text: "Kết quả theo lĩnh vực:", page: 1 },
        { kind: "table", rows: TABLE.slice(0, 3), page: 1 },
        { kind: "text", text: "2", page: 2 },
        { kind: "table", rows: TABLE.slice(3), page: 2 },
      ],
    };
    const extraction = extractReport(document);
    expect(extraction.fields).toMatchObject({ received: 975, receivedOnline: 533 });
    expect(extraction.provenance.received?.page).toBe(2);
  });
});
