import { FIELD_IDS } from "../record/fields";
import { loadSample, SAMPLE_NAMES } from "../../../test/support/reportSamples";
import { extractReport } from "./extractReport";

describe.each(SAMPLE_NAMES)("extractReport on the sample %s", (name) => {
  const sample = loadSample(name);
  const extraction = extractReport(sample.text);

  it.each(FIELD_IDS)("gives the expected %s", (id) => {
    expect(extraction.fields[id]).toEqual(sample.expected[id]);
  });

  it("points every stated figure at its place in the original text", () => {
    for (const id of FIELD_IDS) {
      const value = extraction.fields[id];
      const where = extraction.provenance[id];
      if (value === null) {
        expect(where).toBeUndefined();
        continue;
      }
      expect(where).toBeDefined();
      if (!where) continue;
      expect(where.confidence).toBeGreaterThan(0);
      expect(where.confidence).toBeLessThanOrEqual(1);
      const collapsed = sample.text.replace(/\s+/g, " ");
      expect(collapsed).toContain(where.text);
      if (typeof value === "number" && !["nq57IncompleteListed"].includes(id)) {
        // The figure is written at the index, Vietnamese style ("1.222", "01", "47,2", "90.19").
        const written = sample.text.slice(where.index, where.index + 12);
        const digits = written.match(/^\d[\d.,]*/)?.[0] ?? "";
        const asNumber = Number(digits.replace(/\.(?=\d{3}(?!\d))/g, "").replace(",", "."));
        expect(asNumber).toBe(value);
      }
    }
  });
});

describe("cited documents and the notice date", () => {
  it("reads type, number, issuer, date and authority", () => {
    const { documents } = extractReport(loadSample("xa-al-ba").text);
    expect(documents[1]).toMatchObject({ type: "QĐ", number: "1071", issuer: "UBND", date: "2025-08-07", authority: "UBND tỉnh" });
    expect(documents.find((d) => d.number === "85")).toMatchObject({ issuer: "VPUBND", authority: "Chánh Văn phòng UBND tỉnh" });
    expect(documents.find((d) => d.number === "12")).toMatchObject({ type: "KH", issuer: "UBND", date: "2025-07-26", authority: null });
    expect(documents.find((d) => d.number === "130")).toMatchObject({
      type: "NĐ",
      issuer: "CP",
      date: "2005-10-17",
      authority: "Chính phủ",
    });
  });

  it("reads the party form N-KH/BCĐTW and OCR'd codes", () => {
    const partyForm = extractReport(loadSample("xa-bo-ngoong").text).documents;
    expect(partyForm.find((d) => d.number === "02" && d.type === "KH")).toMatchObject({
      issuer: "BCĐTW",
      date: "2025-06-19",
      authority: "Ban Chỉ đạo Trung ương",
    });
    const ocr = extractReport(loadSample("xa-binh-duong-ocr").text).documents;
    expect(ocr.find((d) => d.number === "24")).toMatchObject({ type: "QĐ", issuer: "UBND", date: "2025-07-03" });
    expect(ocr.find((d) => d.number === "118")).toMatchObject({ type: "QĐ", issuer: "PU", date: "2025-07-16" });
    expect(ocr.find((d) => d.number === "43")).toMatchObject({ date: "2025-07-11" });
  });

  it("gives each document's index in the original text", () => {
    const { text } = loadSample("xa-bo-ngoong");
    for (const document of extractReport(text).documents) {
      expect(text.slice(document.index).startsWith(document.number)).toBe(true);
    }
  });

  it("reads the notice's own date from its header, null when it has none", () => {
    expect(extractReport(loadSample("xa-binh-duong-ocr").text).noticeDate).toBe("2025-11-25");
    expect(extractReport(loadSample("xa-al-ba").text).noticeDate).toBeNull();
  });
});
