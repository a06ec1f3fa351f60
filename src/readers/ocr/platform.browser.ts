/**
 * The OCR engine's files and parallelism in the pane: tesseract.js's worker script, its core and
 * the Vietnamese model are copied by the build into dist/ocr/ (webpack.config.js) and fetched from
 * the add-in's own origin, never from a CDN. The worker is started from its URL (not a blob), so
 * the core finds its .wasm beside it.
 */

import { greyPgm } from "./renderPage";

/** Each worker holds the engine and a page (150–250 MB): Office's web view gets no more than four. */
const MAX_WORKERS = 4;

/** The smallest module using a SIMD instruction (v128.const, i8x16.popcnt): WebAssembly.validate says whether SIMD is there. */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

export function ocrWorkers(): number {
  return Math.max(1, Math.min(navigator.hardwareConcurrency || 1, MAX_WORKERS));
}

export function engineOptions(): Record<string, unknown> {
  const base = new URL("ocr/", document.baseURI).href;
  const core = WebAssembly.validate(SIMD_PROBE) ? "tesseract-core-simd-lstm.js" : "tesseract-core-lstm.js";
  return { workerPath: `${base}worker.min.js`, workerBlobURL: false, corePath: `${base}${core}`, langPath: base };
}

/** A photo scaled down to `pixels` at most, as a grey PGM (createImageBitmap turns it upright from its EXIF). */
export async function scaledImage(bytes: Uint8Array, pixels: number): Promise<Uint8Array> {
  const full = await createImageBitmap(new Blob([bytes as BlobPart]));
  const scale = Math.min(1, Math.sqrt(pixels / (full.width * full.height)));
  const width = Math.max(1, Math.floor(full.width * scale));
  const height = Math.max(1, Math.floor(full.height * scale));
  full.close();
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), {
    resizeWidth: width,
    resizeHeight: height,
    resizeQuality: "high",
  });
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2d canvas");
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return greyPgm(context.getImageData(0, 0, width, height).data, width, height);
}
