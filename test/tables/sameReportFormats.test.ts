/**
 * One report in several formats gives one record: a report with tables as .docx, .pdf and .xlsx
 * (figures, cited documents, findings), and a plain report as .txt, .docx and .pdf (figures and
 * cited documents: Word paragraphs and empty paragraphs read as the lines of the text).
 */
import { resolve } from "node:path";
import { buildCli, extractJson, type ExtractedJson } from "./cliJson";

const FIXTURES = resolve(__dirname, "../fixtures");

const citations = (result: ExtractedJson | undefined): string[] =>
  (result?.documents ?? []).map((document) => `${document.type} ${document.number}/${document.issuer} ${document.date ?? ""}`);

describe("the same report in every format", () => {
  beforeAll(buildCli, 180_000);

  it("gives one record from a report with tables as .docx, .pdf and .xlsx", async () => {
    const [docx, pdf, xlsx] = await extractJson([
      resolve(FIXTURES, "shared/corpus-tables/xa-ea-kly.docx"),
      resolve(FIXTURES, "formats/xa-ea-kly.pdf"),
      resolve(FIXTURES, "formats/xa-ea-kly.xlsx"),
    ]);
    expect(docx?.fields).toMatchObject({
      received: 1638,
      receivedOnline: 874,
      pendingOverdue: 4,
      vneidTotal: 17926,
      vneidActivated: 14649,
    });
    for (const other of [pdf, xlsx]) {
      expect(other?.fields).toEqual(docx?.fields);
      expect(citations(other)).toEqual(citations(docx));
      expect(other?.findings.map(({ kind, severity, fields }) => ({ kind, severity, fields }))).toEqual(
        docx?.findings.map(({ kind, severity, fields }) => ({ kind, severity, fields })),
      );
    }
  }, 120_000);

  it("gives one record and the same cited documents from a plain report as .txt, .docx and .pdf", async () => {
    const [txt, docx, pdf] = await extractJson([
      resolve(FIXTURES, "shared/samples/xa-al-ba.txt"),
      resolve(FIXTURES, "formats/xa-al-ba.docx"),
      resolve(FIXTURES, "formats/xa-al-ba.pdf"),
    ]);
    expect(citations(txt)).toHaveLength(23);
    for (const other of [docx, pdf]) {
      expect(other?.fields).toEqual(txt?.fields);
      expect(citations(other)).toEqual(citations(txt));
    }
  }, 120_000);
});
