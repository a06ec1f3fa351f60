import { proseOf } from "../domain/document/prose";
import JSZip from "jszip";
import { readReport } from "./readReport";
import { MAX_REPORT_BYTES } from "./readResult";

async function docx(paragraphs: readonly string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("readReport", () => {
  it("reads the raw text of a .docx", async () => {
    const bytes = await docx(["THÔNG BÁO", "Đã tiếp nhận 1.222 hồ sơ."]);
    const result = await readReport(bytes, "bao-cao.docx");
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.format).toBe("docx");
      expect(proseOf(result.document).text).toContain("Đã tiếp nhận 1.222 hồ sơ.");
    }
  });

  it("refuses a corrupt .docx with a Vietnamese message", async () => {
    const good = await docx(["x"]);
    const corrupt = good.slice(0, Math.floor(good.length / 2));
    const result = await readReport(corrupt, "hong.docx");
    expect(result).toMatchObject({ ok: false, code: "corrupt-docx" });
    if (!result.ok) expect(result.message).toContain("hong.docx");
    expect(await readReport(new TextEncoder().encode("not a zip"), "gia.docx")).toMatchObject({ ok: false, code: "corrupt-docx" });
  });

  it("refuses a 50 MB buffer from its size, before reading it", async () => {
    const result = await readReport(new Uint8Array(50 * 1024 * 1024), "lon.txt");
    expect(result).toMatchObject({ ok: false, code: "too-large" });
    if (!result.ok) expect(result.message).toContain(`${MAX_REPORT_BYTES / (1024 * 1024)} MB`);
  });

  it("refuses empty and binary input", async () => {
    expect(await readReport(new Uint8Array(0), "rong.txt")).toMatchObject({ ok: false, code: "empty" });
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 131) % 256);
    const result = await readReport(binary, "anh.bin");
    expect(result.ok).toBe(false);
  });

  it("sends a .txt to the text decoder and an old .doc to a clear refusal", async () => {
    expect(await readReport(new TextEncoder().encode("Tiếp nhận 5 hồ sơ"), "a.txt")).toMatchObject({ ok: true, format: "txt" });
    expect(await readReport(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "cu.doc")).toMatchObject({ ok: false, code: "unsupported-type" });
  });

  const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0];
  async function openDocument(kind: "text" | "spreadsheet"): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file("mimetype", `application/vnd.oasis.opendocument.${kind}`, { compression: "STORE" });
    zip.file("content.xml", "<office:document-content/>");
    return zip.generateAsync({ type: "uint8array" });
  }

  function officePackage(part: string): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file(part, "<p/>");
    return zip.generateAsync({ type: "uint8array" });
  }
  function plainZip(): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file("bao-cao-xa.docx", "PK");
    return zip.generateAsync({ type: "uint8array" });
  }

  it.each([
    ["cu.doc", () => Uint8Array.from(OLE), "Word cũ (.doc)", ".docx"],
    ["cu.xls", () => Uint8Array.from(OLE), "Excel cũ (.xls)", ".xlsx"],
    ["doi-ten.txt", () => Uint8Array.from(OLE), "Office cũ (.doc, .xls)", ".docx hoặc .xlsx"],
    ["bao-cao.odt", () => openDocument("text"), "văn bản OpenDocument (.odt)", "lưu lại thành .docx"],
    ["doi-ten.docx", () => openDocument("text"), "văn bản OpenDocument (.odt)", "lưu lại thành .docx"],
    ["so-lieu.ods", () => openDocument("spreadsheet"), "bảng tính OpenDocument (.ods)", "lưu lại thành .xlsx"],
    ["bao-cao.rtf", () => new TextEncoder().encode("{\\rtf1\\ansi Tiếp nhận 5 hồ sơ}"), "RTF (.rtf)", "lưu lại thành .docx"],
    ["bao-cao.odt", () => new TextEncoder().encode("không phải gói OpenDocument"), "văn bản OpenDocument (.odt)", "lưu lại thành .docx"],
    ["trinh-chieu.pptx", () => officePackage("ppt/presentation.xml"), "trình chiếu PowerPoint (.pptx)", "lưu lại thành .pdf"],
    ["ho-so.zip", () => plainZip(), "tệp nén (.zip)", "đề nghị giải nén, chọn tệp báo cáo ở bên trong"],
    ["doi-ten.docx", () => plainZip(), "tệp nén (.zip)", "đề nghị giải nén, chọn tệp báo cáo ở bên trong"],
  ])("names the format of %s and what to save it as", async (name, bytes, format, saveAs) => {
    const result = await readReport(await bytes(), name);
    expect(result).toMatchObject({ ok: false, code: "unsupported-type" });
    if (!result.ok) {
      expect(result.message).toContain(`Tệp "${name}" ở định dạng ${format}`);
      expect(result.message).toContain(saveAs);
      expect(result.message).not.toContain("Word (.docx) hợp lệ");
    }
  });
});
