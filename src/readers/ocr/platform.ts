/**
 * The OCR engine's files and parallelism in Node (the CLI). The pane's build replaces this module
 * with platform.browser.ts (webpack.config.js), which serves the same files from the add-in's origin.
 */
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { greyPgm } from "./renderPage";

/** Each worker holds the engine and a page (150–250 MB): more than four would not fit an office PC's memory. */
const MAX_WORKERS = 4;

export function ocrWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_WORKERS));
}

/** tesseract.js's worker options: its worker and core from its own package, the model from @tesseract.js-data/vie. */
export function engineOptions(): Record<string, unknown> {
  return { langPath: join(dirname(require.resolve("@tesseract.js-data/vie/package.json")), "4.0.0_best_int") };
}

/** A photo scaled down to `pixels` at most, as a grey PGM, through @napi-rs/canvas (the canvas pdf.js renders with in Node). */
export async function scaledImage(bytes: Uint8Array, pixels: number): Promise<Uint8Array> {
  const { createCanvas, loadImage } = await import("@napi-rs/canvas");
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const scale = Math.min(1, Math.sqrt(pixels / (image.width * image.height)));
  const width = Math.max(1, Math.floor(image.width * scale));
  const height = Math.max(1, Math.floor(image.height * scale));
  const context = createCanvas(width, height).getContext("2d");
  context.drawImage(image, 0, 0, width, height);
  return greyPgm(context.getImageData(0, 0, width, height).data, width, height);
}
