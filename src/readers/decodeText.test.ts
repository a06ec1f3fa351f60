import { decodeText } from "./decodeText";

const text = "Đã tiếp nhận 1.222 hồ sơ; trực tuyến 577 hồ sơ.";

function utf16(value: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((value.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < value.length; i++) view.setUint16(offset + i * 2, value.charCodeAt(i), littleEndian);
  return bytes;
}

describe("decodeText", () => {
  it("reads UTF-8 with or without a byte order mark", () => {
    const plain = new TextEncoder().encode(text);
    expect(decodeText(plain, "a.txt")).toEqual({
      ok: true,
      format: "txt",
      document: { blocks: [{ kind: "text", text }] },
      encoding: "UTF-8",
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(withBom, "a.txt")).toMatchObject({ ok: true, document: { blocks: [{ text }] } });
  });

  it.each([
    [true, true, "UTF-16LE"],
    [false, true, "UTF-16BE"],
    [true, false, "UTF-16LE"],
    [false, false, "UTF-16BE"],
  ])("reads UTF-16 (little endian %p, BOM %p) as %s", (littleEndian, bom, encoding) => {
    expect(decodeText(utf16(text, littleEndian, bom), "a.txt")).toMatchObject({ ok: true, document: { blocks: [{ text }] }, encoding });
  });

  it("says in Vietnamese when the text is neither UTF-8 nor UTF-16", () => {
    const windows1258 = new Uint8Array([0x54, 0x69, 0xea, 0xcc, 0x70, 0x20, 0x6e, 0x68, 0xe2, 0xf2, 0x6e, 0x20, 0x31, 0x32]);
    const result = decodeText(windows1258, "cu.txt");
    expect(result).toMatchObject({ ok: false, code: "unknown-encoding" });
    if (!result.ok) expect(result.message).toContain("UTF-8");
  });

  it("refuses binary data and empty text", () => {
    const binary = Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 32);
    expect(decodeText(binary, "anh.txt")).toMatchObject({ ok: false, code: "binary" });
    expect(decodeText(new TextEncoder().encode("  \n "), "trong.txt")).toMatchObject({ ok: false, code: "empty" });
  });
});
