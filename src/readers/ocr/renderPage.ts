/**
 * A PDF page → a grey image for OCR, rendered by pdf.js on its canvas factory: a <canvas> in the
 * pane, @napi-rs/canvas in Node (pdfjs-dist's own Node route; its prebuilt binary comes from npm).
 * The image is handed to the engine as a binary PGM: no PNG encoding, one byte a pixel.
 */
import type { PageImage } from "./recognizePages";

/** Scans are rendered at 200 dpi: the resolution offices scan at, enough for 10-point text, and it keeps a
 * worker near 250 MB (at 300 dpi Tesseract needs about 430 MB for an A4 page). */
export const RENDER_DPI = 200;
const POINTS_PER_INCH = 72;

interface CanvasAndContext {
  readonly canvas: unknown;
  readonly context: { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } };
}

/** The part of pdf.js used here. */
export interface RenderablePage {
  getViewport(parameters: { scale: number }): { width: number; height: number };
  render(parameters: { canvasContext: unknown; viewport: unknown; background?: string }): { promise: Promise<void> };
  cleanup(): void;
}
export interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}

/** RGBA pixels → a binary PGM (grey, one byte a pixel), which Leptonica reads without any decoding library. */
export function greyPgm(rgba: Uint8ClampedArray, width: number, height: number): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const pgm = new Uint8Array(header.length + width * height);
  pgm.set(header);
  for (let pixel = 0, at = header.length; pixel < rgba.length; pixel += 4, at++) {
    // ITU-R BT.601 luma, in integers.
    pgm[at] = ((rgba[pixel] as number) * 77 + (rgba[pixel + 1] as number) * 150 + (rgba[pixel + 2] as number) * 29) >> 8;
  }
  return pgm;
}

/** The page's size in pixels at `dpi`. */
export function pixelSize(page: RenderablePage, dpi: number): { width: number; height: number } {
  const { width, height } = page.getViewport({ scale: dpi / POINTS_PER_INCH });
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

export async function renderPage(page: RenderablePage, factory: CanvasFactory, dpi: number): Promise<PageImage> {
  const viewport = page.getViewport({ scale: dpi / POINTS_PER_INCH });
  const { width, height } = pixelSize(page, dpi);
  const target = factory.create(width, height);
  try {
    await page.render({ canvasContext: target.context, viewport, background: "white" }).promise;
    const pgm = greyPgm(target.context.getImageData(0, 0, width, height).data, width, height);
    return { bytes: pgm, dpi };
  } finally {
    factory.destroy(target);
    page.cleanup();
  }
}
