import type { Finding } from "../checks/finding";
import { RATIOS } from "../ratios/catalogue";
import { emptyRecord } from "../record/fields";
import { checkRows } from "./checkSheet";
import { STANDARD_POSITIONS } from "./dataSheet";
import { periodLabel, recordKey } from "./identity";
import { importedRows, readImported } from "./importedSheet";
import { SHEETS } from "./layout";
import { sourceRows } from "./sourceSheet";
import { summarySheet, totalWhereDefined } from "./summarySheet";
import { standardWorkbook } from "./workbookModel";
import { quotient, field } from "../expr/expr";

const record = {
  ...emptyRecord(),
  commune: "Xã A",
  periodStart: "2025-07-01",
  periodEnd: "2025-09-30",
  received: 10,
  remediationDeadline: "2025-12-15",
};

describe("the add-in's own sheets", () => {
  it("lists findings in words, one row each", () => {
    const finding: Finding = {
      rule: "r",
      kind: "balance",
      severity: "lỗi",
      fields: ["received", "resolved"],
      message: "M",
      suggestion: "G",
    };
    expect(checkRows([{ record, findings: [finding] }])[1]).toEqual([
      "Xã A",
      "01/07/2025 – 30/09/2025",
      "lỗi",
      "Số liệu không cân đối",
      "M",
      "G",
      "Hồ sơ tiếp nhận; Đã giải quyết",
    ]);
  });

  it("cites the sentence and file of every imported figure", () => {
    const rows = sourceRows({
      record,
      provenance: {
        received: { index: 42, text: "tiếp nhận 10 hồ sơ", confidence: 0.8 },
        remediationDeadline: { index: 90, text: "trước ngày 15/12/2025", confidence: 1 },
      },
      documents: [],
      noticeDate: null,
      source: "xa-a.txt",
    });
    expect(rows).toEqual([
      ["Xã A", "01/07/2025 – 30/09/2025", "Hồ sơ tiếp nhận", 10, "tiếp nhận 10 hồ sơ", "xa-a.txt", 42, 0.8],
      ["Xã A", "01/07/2025 – 30/09/2025", "Hạn báo cáo khắc phục", "15/12/2025", "trước ngày 15/12/2025", "xa-a.txt", 90, 1],
    ]);
  });

  it("remembers imported values and reads them back by commune and period", () => {
    const back = readImported(importedRows([{ record, kept: new Map() }]));
    expect(back.get(recordKey({ ...record, commune: "xã  a" }))).toEqual({ record, kept: new Map() });
    expect(readImported([["không phải tiêu đề"]]).size).toBe(0);
    expect(periodLabel({ ...record, periodEnd: null })).toBe("01/07/2025 – …");
  });

  it("totals numerators and denominators only where the ratio is defined", () => {
    const online = RATIOS.find((r) => r.id === "onlineShare");
    if (!online) throw new Error("no ratio");
    expect(totalWhereDefined(online.numerator, online, STANDARD_POSITIONS)).toBe(
      `SUMIFS('Số liệu xã'!$E:$E,'Số liệu xã'!$AH:$AH,">-9.9E+307")`,
    );
    expect(() => totalWhereDefined(quotient(field("received"), field("resolved")), online, STANDARD_POSITIONS)).toThrow(
      /sum or difference/,
    );
    for (const ratio of RATIOS) expect(() => totalWhereDefined(ratio.denominator, ratio, STANDARD_POSITIONS)).not.toThrow();
  });

  it("ranks every commune and charts the main ratios", () => {
    const sheet = summarySheet(STANDARD_POSITIONS, 3, true);
    const rankingHeader = sheet.rows.findIndex((r) => r[0] === "Xã, phường");
    expect(sheet.rows.slice(rankingHeader + 1)).toHaveLength(3);
    expect(sheet.rows[rankingHeader + 3]?.[4]).toEqual({
      formula: `IF(ISNUMBER(B${rankingHeader + 4}),RANK(B${rankingHeader + 4},$B$${rankingHeader + 2}:$B$${rankingHeader + 4},0),"")`,
    });
    expect(sheet.charts?.map((c) => c.series.length)).toEqual([2, 1]);
    expect(summarySheet(STANDARD_POSITIONS, 0, false).charts).toEqual([]);
  });

  it("orders the workbook's sheets and hides the last-import record", () => {
    const sheets = standardWorkbook([{ record, provenance: {}, documents: [], noticeDate: null, source: "a.txt", findings: [] }]);
    expect(sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      [SHEETS.data, false],
      [SHEETS.checks, false],
      [SHEETS.summary, false],
      [SHEETS.sources, false],
      [SHEETS.drafts, false],
      ["Mẫu kiến nghị", false],
      [SHEETS.imported, true],
    ]);
  });
});
