/**
 * The size of a .png or .jpg photo from its header alone, so that an image too large to read
 * is refused before it is decoded, and its resolution when the file states one.
 */

export interface ImageSize {
  readonly format: "png" | "jpeg";
  readonly width: number;
  readonly height: number;
  /** Dots per inch stated in the file (PNG pHYs, JFIF density), when it states one. */
  readonly dpi?: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const INCHES_PER_METRE = 39.3701;

function uint32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) << 24) >>> 0) + ((bytes[at + 1] ?? 0) << 16) + ((bytes[at + 2] ?? 0) << 8) + (bytes[at + 3] ?? 0);
}

function uint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) + (bytes[at + 1] ?? 0);
}

function pngSize(bytes: Uint8Array): ImageSize | undefined {
  if (!PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return undefined;
  const width = uint32(bytes, 16);
  const height = uint32(bytes, 20);
  if (width === 0 || height === 0) return undefined;
  // Chunks: length, type, data, CRC; pHYs (pixels per unit, unit 1 = metre) comes before the image data.
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = uint32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === "IDAT") break;
    if (type === "pHYs" && bytes[at + 16] === 1)
      return { format: "png", width, height, dpi: Math.round(uint32(bytes, at + 8) / INCHES_PER_METRE) };
    at += 12 + length;
  }
  return { format: "png", width, height };
}

/** Start-of-frame markers (baseline, progressive, …), not DHT (C4), JPG (C8) nor DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let dpi: number | undefined;
  for (let at = 2; at + 4 <= bytes.length;) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = uint16(bytes, at + 2);
    // APP0 "JFIF\0": density unit 1 = dots per inch, 2 = per centimetre.
    if (marker === 0xe0 && String.fromCharCode(...bytes.subarray(at + 4, at + 9)) === "JFIF\0") {
      const unit = bytes[at + 11];
      const density = uint16(bytes, at + 12);
      if (unit === 1 && density > 1) dpi = density;
      if (unit === 2 && density > 1) dpi = Math.round(density * 2.54);
    }
    if (isStartOfFrame(marker)) {
      const height = uint16(bytes, at + 5);
      const width = uint16(bytes, at + 7);
      if (width === 0 || height === 0) return undefined;
      return dpi === undefined ? { format: "jpeg", width, height } : { format: "jpeg", width, height, dpi };
    }
    at += 2 + length;
  }
  return undefined;
}

export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  return pngSize(bytes) ?? jpegSize(bytes);
}
