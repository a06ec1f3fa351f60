import { generatedRecords, sampleRecords } from "../../../test/workbook/records";
import { checkRecord } from "../checks/checkExtraction";
import { draftNotice } from "../drafts/draftNotice";
import { asPlainText } from "../drafts/render";
import type { CommuneRecord } from "../record/fields";
import { draftRow, readDraftSheet, withDraftRow } from "./draftSheet";
import { labelKey, recordKey } from "./identity";
import { DRAFT_COLUMNS, SHEETS } from "./layout";
import { draftSheet, standardWorkbook } from "./workbookModel";

const checked = (records: readonly CommuneRecord[]) => records.map((record) => ({ record, findings: checkRecord(record) }));
const [first, second, third] = checked(sampleRecords()) as [
  ReturnType<typeof checked>[number],
  ReturnType<typeof checked>[number],
  ReturnType<typeof checked>[number],
];
const OPTIONAL = "an-toan-thong-tin";
const ALWAYS = "co-so-du-lieu-can-bo";

describe("the sheet “Dự thảo”", () => {
  it("has a column for staff's selection, declared with the others", () => {
    const sheet = draftSheet([first]);
    expect(sheet.rows[0]).toEqual(DRAFT_COLUMNS.map((c) => c.header));
    expect(sheet.rows[0]).toContain("Lựa chọn của cán bộ");
    expect(sheet.widths).toHaveLength(sheet.rows[0]?.length ?? 0);
  });

  it("leaves the selection blank in a new workbook (the CLI's)", () => {
    const sheet = standardWorkbook([{ ...first, provenance: {}, documents: [], noticeDate: null, source: "a.txt" }]).find(
      (s) => s.name === SHEETS.drafts,
    );
    expect(sheet?.rows[1]?.[4]).toBeNull();
    expect(sheet?.rows[1]?.[2]).toBe(asPlainText(draftNotice(first.record, first.findings)));
  });

  it("drafts each commune with its own selection and writes the selection beside the text", () => {
    const selections = new Map([[recordKey(second.record), { selection: { ticked: [OPTIONAL], unticked: [ALWAYS] }, problems: [] }]]);
    const [, a, b, c] = draftSheet([first, second, third], [], selections).rows;
    const expected = draftNotice(second.record, second.findings, { ticked: [OPTIONAL], unticked: [ALWAYS] });
    expect(b?.[2]).toBe(asPlainText(expected));
    expect(expected.recommendations.map((p) => p.id)).toContain(OPTIONAL);
    expect(expected.recommendations.map((p) => p.id)).not.toContain(ALWAYS);
    expect(b?.[3]).toContain("do cán bộ bỏ chọn");
    expect(b?.[4]).toBe(`+${OPTIONAL}; -${ALWAYS}`);
    for (const [row, { record, findings }] of [
      [a, first],
      [c, third],
    ] as const) {
      expect(row?.[2]).toBe(asPlainText(draftNotice(record, findings)));
      expect(row?.[4]).toBeNull();
    }
  });

  it("reads back what it wrote: rows, and each commune's selection under the data sheet's key", () => {
    const selections = new Map([[recordKey(third.record), { selection: { ticked: [OPTIONAL], unticked: [] }, problems: [] }]]);
    const sheet = draftSheet([first, second, third], [], selections);
    const read = readDraftSheet(sheet.rows);
    expect(read.rows).toEqual(sheet.rows.slice(1));
    expect(read.selections.get(recordKey(third.record))).toEqual({ selection: { ticked: [OPTIONAL], unticked: [] }, problems: [] });
    expect(read.selections.get(recordKey(first.record))?.selection).toEqual({ ticked: [], unticked: [] });
    expect(read.problems).toEqual([]);
  });

  it("finds its columns by header when staff move them, add their own or change case and spacing", () => {
    const header = ["Ghi chú riêng", "lựa chọn  của cán bộ", "Dự thảo kiến nghị", "KỲ BÁO CÁO", "Xã, phường", "Lưu ý cho cán bộ"];
    const read = readDraftSheet([
      header,
      ["x", `+${OPTIONAL}`, "Văn bản", "01/07/2025 – 30/09/2025", "xã Thử Nghiệm", ""],
      ["", "", "", "", "", ""],
    ]);
    expect(read.rows).toEqual([["xã Thử Nghiệm", "01/07/2025 – 30/09/2025", "Văn bản", null, `+${OPTIONAL}`]]);
    const record = {
      ...generatedRecords(1)[0],
      commune: "Thử nghiệm",
      periodStart: "2025-07-01",
      periodEnd: "2025-09-30",
    } as CommuneRecord;
    expect(read.selections.get(recordKey(record))?.selection).toEqual({ ticked: [OPTIONAL], unticked: [] });
  });

  it("reports what it cannot read in a selection cell, naming the commune, keeps the rest and notes it beside the draft", () => {
    const read = readDraftSheet([DRAFT_COLUMNS.map((c) => c.header), [first.record.commune, "", "", "", `+khong-co; -${ALWAYS}`]]);
    const stored = read.selections.get(labelKey(first.record.commune, ""));
    expect(stored).toEqual({ selection: { ticked: [], unticked: [ALWAYS] }, problems: ["Không có đoạn kiến nghị mã “khong-co”; bỏ qua."] });
    expect(read.problems).toEqual([`Sheet “Dự thảo”, ${String(first.record.commune)}: Không có đoạn kiến nghị mã “khong-co”; bỏ qua.`]);
    const [, row] = draftSheet([first], [], new Map([[recordKey(first.record), stored as NonNullable<typeof stored>]])).rows;
    expect(String(row?.[3]).split("\n")[0]).toBe("Cột “Lựa chọn của cán bộ”: Không có đoạn kiến nghị mã “khong-co”; bỏ qua.");
    expect(row?.[4]).toBe(`-${ALWAYS}`);
  });

  it("gives no rows or selections for a sheet without its headers, and none for an older sheet without the selection column", () => {
    expect(readDraftSheet([])).toEqual({ rows: [], selections: new Map(), problems: [] });
    expect(
      readDraftSheet([
        ["A", "B"],
        ["x", "y"],
      ]).rows,
    ).toEqual([]);
    const older = readDraftSheet([DRAFT_COLUMNS.slice(0, 4).map((c) => c.header), ["Thử Nghiệm", "", "Văn bản", ""]]);
    expect(older.rows).toEqual([["Thử Nghiệm", null, "Văn bản", null, null]]);
    expect(older.selections.size).toBe(0);
  });

  it("replaces a commune's row in place, or adds it at the end", () => {
    const rows = draftSheet([first, second]).rows.slice(1);
    const redrafted = draftRow({ ...second, selection: { ticked: [OPTIONAL], unticked: [] } }, []);
    expect(withDraftRow(rows, redrafted)).toEqual([rows[0], redrafted]);
    const added = draftRow(third, []);
    expect(withDraftRow(rows, added)).toEqual([...rows, added]);
  });
});
