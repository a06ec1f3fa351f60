import JSZip from "jszip";
import { imageDimensions, imagePixelFailure, MAX_IMAGE_PIXELS, zipDirectory } from "./limits";

/** A PNG signature and IHDR chunk for an image of the given size (no pixel data: only the header is read). */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

/** A JPEG start, an APP0 segment, then a baseline start-of-frame with the given size. */
function jpegHeader(width: number, height: number, frame = 0xc0): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array.from({ length: 14 }, () => 0)];
  const sof = [
    0xff,
    frame,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    ...Array.from({ length: 9 }, () => 0),
  ];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof]);
}

describe("image pixels from the header", () => {
  it("reads the size of a PNG and of a baseline or progressive JPEG", () => {
    expect(imageDimensions(pngHeader(2480, 3508))).toEqual({ width: 2480, height: 3508 });
    expect(imageDimensions(jpegHeader(4961, 7016))).toEqual({ width: 4961, height: 7016 });
    expect(imageDimensions(jpegHeader(1000, 2000, 0xc2))).toEqual({ width: 1000, height: 2000 });
    expect(imageDimensions(new TextEncoder().encode("không phải ảnh"))).toBeUndefined();
    expect(imageDimensions(jpegHeader(10, 10).subarray(0, 12))).toBeUndefined();
  });

  it("lets an A4 scan at 600 dpi through and refuses a header declaring more pixels than the limit", () => {
    expect(imagePixelFailure(jpegHeader(4961, 7016), "a4-600dpi.jpg")).toBeUndefined();
    expect(imagePixelFailure(pngHeader(10_000, MAX_IMAGE_PIXELS / 10_000), "vua-du.png")).toBeUndefined();
    expect(imagePixelFailure(pngHeader(100_000, 100_000), "bom.png")).toEqual({
      ok: false,
      code: "image-too-large",
      message:
        'Tệp ảnh "bom.png" có kích thước 100.000 × 100.000 điểm ảnh (10.000 triệu), vượt giới hạn 50 triệu điểm ảnh; ' +
        "đề nghị quét lại ở độ phân giải 300 dpi rồi thực hiện lại.",
    });
  });
});

describe("the zip directory", () => {
  it("lists the entries with their sizes without inflating, and allows for bytes before the archive", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document>".padEnd(5000, "x"), { createFolders: false });
    zip.file("mimetype", "application/x", { compression: "STORE" });
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const expected = [
      { name: "word/document.xml", method: 8, uncompressedSize: 5000 },
      { name: "mimetype", method: 0, uncompressedSize: 13, compressedSize: 13 },
    ];
    expect(zipDirectory(bytes)).toMatchObject({ count: 2, entries: expected });
    const prefixed = new Uint8Array([...new Uint8Array(100), ...bytes]);
    const shifted = zipDirectory(prefixed);
    expect(shifted).toMatchObject({ count: 2, entries: expected });
    expect(shifted?.entries[0]?.localOffset).toBe(100);
    expect(zipDirectory(bytes.subarray(0, bytes.length - 30))).toBeUndefined();
  });
});
