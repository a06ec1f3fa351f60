import fc from "fast-check";
import { SAMPLE_NAMES, loadSample } from "../../../test/support/reportSamples";
import { extractReport } from "../extract/extractReport";
import type { CitedDocument } from "../record/extraction";
import { emptyRecord } from "../record/fields";
import { parseRange } from "./a1";
import { checkContextOf, citationRows, citationValue, parseCitation, readCitations } from "./citations";
import { identityOf, recordKey } from "./identity";
import { NUMBER_FORMATS, SOURCE_COLUMNS, SOURCE_ROW_LABELS } from "./layout";
import { SOURCE_HEADER, sourceRows } from "./sourceSheet";
import { sourceSheet } from "./workbookModel";

const record = { ...emptyRecord(), commune: "Xã A", periodStart: "2025-07-01", periodEnd: "2025-09-30" };
const identity = identityOf(record);

const isoDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const word = (alphabet: string, min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
const document: fc.Arbitrary<CitedDocument> = fc.record({
  type: word("QĐKHNTBCVHDLS", 2, 4),
  number: word("0123456789", 1, 5),
  issuer: word("UBNDVPĐKTCBWHĐ", 1, 12),
  authority: fc.option(
    fc.array(word("UBNDtỉnhxãChínhphủBộcủangày", 1, 8), { minLength: 1, maxLength: 6 }).map((words) => words.join(" ")),
    { nil: null },
  ),
  date: fc.option(isoDate, { nil: null }),
  index: fc.nat(100_000),
  text: fc.string({ maxLength: 80 }),
});

/** The sheet as read back: header, then the rows as cell values (null cells read as ""). */
const asSheet = (rows: readonly (readonly unknown[])[]) => [SOURCE_HEADER, ...rows.map((row) => row.map((cell) => cell ?? ""))];

describe("citations kept in “Nguồn”", () => {
  it("read back exactly as written: documents → rows → documents, and the notice date", () => {
    fc.assert(
      fc.property(fc.array(document, { maxLength: 8 }), fc.option(isoDate, { nil: null }), (documents, noticeDate) => {
        const rows = citationRows(identity, { documents, noticeDate }, "tệp.txt");
        expect(rows.every((row) => row.length === SOURCE_COLUMNS.length)).toBe(true);
        const read = readCitations(asSheet(rows));
        expect(read.problems).toEqual([]);
        const back = read.byKey.get(recordKey(record));
        if (documents.length === 0 && noticeDate === null) expect(back).toBeUndefined();
        else expect(back).toEqual({ documents, noticeDate });
      }),
    );
  });

  it.each(SAMPLE_NAMES)("keeps every document %s cites, as extracted", (name) => {
    const extraction = extractReport(loadSample(name).text);
    expect(extraction.documents.length).toBeGreaterThan(0);
    const rows = sourceRows({
      record: extraction.fields,
      provenance: extraction.provenance,
      documents: extraction.documents,
      noticeDate: extraction.noticeDate,
      source: `${name}.txt`,
    });
    const back = readCitations(asSheet(rows)).byKey.get(recordKey(extraction.fields));
    expect(back).toEqual({ documents: extraction.documents, noticeDate: extraction.noticeDate });
  });

  it("writes a citation as documents cite one and the notice date as a date cell", () => {
    const cited: CitedDocument = {
      type: "QĐ",
      number: "123",
      issuer: "UBND",
      authority: "UBND tỉnh",
      date: "2025-01-20",
      index: 7,
      text: "Quyết định số 123/QĐ-UBND ngày 20/01/2025",
    };
    expect(citationValue(cited)).toBe("123/QĐ-UBND ngày 20/01/2025 của UBND tỉnh");
    expect(citationValue({ ...cited, authority: null, date: null })).toBe("123/QĐ-UBND");
    const rows = citationRows(identity, { documents: [cited], noticeDate: "2025-10-15" }, "a.txt");
    expect(rows).toEqual([
      [
        "Xã A",
        "01/07/2025 – 30/09/2025",
        SOURCE_ROW_LABELS.document,
        "123/QĐ-UBND ngày 20/01/2025 của UBND tỉnh",
        cited.text,
        "a.txt",
        7,
        null,
      ],
      ["Xã A", "01/07/2025 – 30/09/2025", SOURCE_ROW_LABELS.noticeDate, 45945, null, "a.txt", null, null],
    ]);
    // The date cell shows as a date in both back-ends, wherever the row lands among the others.
    const sheet = sourceSheet([["Xã B", "", "Hồ sơ tiếp nhận", 5, "", "b.txt", 1, 1], ...rows]);
    expect(sheet.cellFormats).toEqual([{ address: "D4", numberFormat: NUMBER_FORMATS.date }]);
    expect(SOURCE_COLUMNS[parseRange("D4").column]?.header).toBe("Giá trị");
  });

  it("reads what staff typed over a citation the way they would write it, and says what it cannot read", () => {
    expect(parseCitation("  45/KH-UBND  ngày 3/2/2025  của  UBND xã ", "", "")).toEqual({
      type: "KH",
      number: "45",
      issuer: "UBND",
      authority: "UBND xã",
      date: "2025-02-03",
      index: 0,
      text: "",
    });
    expect(parseCitation("45/KH-UBND ngày 31/02/2025", "", 1)).toBeUndefined();
    expect(parseCitation("Kế hoạch 45", "", 1)).toBeUndefined();
    expect(parseCitation(45, "", 1)).toBeUndefined();
    const read = readCitations([
      SOURCE_HEADER,
      ["Xã A", "01/07/2025 – 30/09/2025", SOURCE_ROW_LABELS.document, "Kế hoạch 45", "", "a.txt", 1, ""],
      ["Xã A", "01/07/2025 – 30/09/2025", SOURCE_ROW_LABELS.document, "46/KH-UBND ngày 04/02/2025", "", "a.txt", 2, ""],
      ["Xã A", "01/07/2025 – 30/09/2025", SOURCE_ROW_LABELS.noticeDate, "sắp tới", "", "a.txt", "", ""],
      ["xã a", "01/07/2025 – 30/09/2025", SOURCE_ROW_LABELS.noticeDate.toUpperCase(), "15/10/2025", "", "a.txt", "", ""],
      ["Xã A", "01/07/2025 – 30/09/2025", "Hồ sơ tiếp nhận", 5, "tiếp nhận 5 hồ sơ", "a.txt", 3, 1],
    ]);
    expect(read.problems).toEqual([
      "Sheet “Nguồn”, dòng 2: không đọc được văn bản viện dẫn “Kế hoạch 45” (cần ghi như “123/QĐ-UBND ngày 20/01/2025 của UBND tỉnh”); văn bản này không được dùng khi kiểm tra số, ngày văn bản.",
      "Sheet “Nguồn”, dòng 4: ngày ban hành thông báo “sắp tới” không phải là ngày; chưa so sánh được các mốc thời gian với ngày thông báo.",
    ]);
    const context = checkContextOf(read.byKey, record);
    expect(context.documents?.map((d) => d.number)).toEqual(["46"]);
    expect(context.noticeDate).toBe("2025-10-15");
    expect(checkContextOf(read.byKey, { ...record, commune: "Xã B" })).toEqual({});
  });
});
