import JSZip from "jszip";
import { zipDirectory } from "./limits";
import { imageSize } from "./ocr/imageSize";

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
    expect(imageSize(pngHeader(2480, 3508))).toMatchObject({ format: "png", width: 2480, height: 3508 });
    expect(imageSize(jpegHeader(4961, 7016))).toMatchObject({ format: "jpeg", width: 4961, height: 7016 });
    expect(imageSize(jpegHeader(1000, 2000, 0xc2))).toMatchObject({ width: 1000, height: 2000 });
    expect(imageSize(new TextEncoder().encode("không phải ảnh"))).toBeUndefined();
    expect(imageSize(jpegHeader(10, 10).subarray(0, 12))).toBeUndefined();
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
