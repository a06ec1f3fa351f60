/**
 * Page images → their text, by tesseract.js (WebAssembly) with the Vietnamese model, each worker in
 * its own thread (a Web Worker in the pane, a worker thread in the CLI), up to one per core. Pages
 * are made on demand, so at most one image per worker is in memory. tesseract.js is imported
 * only here, when a scan is opened. Cancelling terminates every worker at once.
 */
import type { ReadOptions } from "../readResult";
import { pageText, type PageText } from "./pageText";
import { engineOptions, ocrWorkers } from "./platform";

/** An encoded image (PNG, JPEG or PGM) of one page, with its resolution when known. */
export interface PageImage {
  readonly bytes: Uint8Array;
  readonly dpi?: number;
}

/** The part of tesseract.js used here. */
interface TesseractWorker {
  setParameters(parameters: Record<string, string>): Promise<unknown>;
  recognize(
    image: Uint8Array,
    options: Record<string, unknown>,
    output: Record<string, boolean>,
  ): Promise<{ data: { tsv: string | null } }>;
  terminate(): Promise<unknown>;
}
interface Tesseract {
  createWorker(langs: string, oem: number, options: Record<string, unknown>): Promise<TesseractWorker>;
}

const LSTM_ONLY = 1;
/** Tesseract's automatic page segmentation (columns, blocks, lines), as native `tesseract` does by default. */
const PAGE_SEGMENTATION_AUTO = "3";

export class OcrCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "OcrCancelled";
  }
}

async function startWorker(tesseract: Tesseract): Promise<TesseractWorker> {
  const worker = await tesseract.createWorker("vie", LSTM_ONLY, {
    ...engineOptions(),
    gzip: true,
    // Nothing is written to disk or to the browser's storage: the model is read from the package or the add-in.
    cacheMethod: "none",
    // Errors reach us through the rejected promise; without a handler tesseract.js also throws them in its message loop.
    errorHandler: () => undefined,
  });
  // Tesseract's diagnostics ("Estimating resolution as …") would otherwise go to the console (stdout in the CLI).
  await worker.setParameters({ debug_file: "/dev/null", tessedit_pageseg_mode: PAGE_SEGMENTATION_AUTO });
  return worker;
}

/**
 * Reads `count` pages; `imageOf(i)` makes the image of page i (0-based) when a worker is free.
 * `options.onProgress` hears of each page as its reading starts. Rejects with OcrCancelled when
 * `options.signal` aborts (every worker is terminated first), with the engine's error otherwise.
 */
export async function recognizePages(
  count: number,
  imageOf: (index: number) => Promise<PageImage>,
  options: ReadOptions = {},
): Promise<PageText[]> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw new OcrCancelled();
  const tesseract = (await import("tesseract.js")) as unknown as Tesseract;
  const workers: TesseractWorker[] = [];
  let stopped = false;
  const stopAll = () => {
    stopped = true;
    return Promise.all(workers.splice(0).map((worker) => worker.terminate().catch(() => undefined)));
  };
  let rejectCancelled: (error: Error) => void = () => undefined;
  const cancelled = new Promise<never>((_, reject) => {
    rejectCancelled = reject;
  });
  cancelled.catch(() => undefined);
  const cancel = () => void stopAll().then(() => rejectCancelled(new OcrCancelled()));
  signal?.addEventListener("abort", cancel, { once: true });
  const texts: PageText[] = new Array<PageText>(count);
  let next = 0;
  let started = 0;
  const lane = async () => {
    const worker = await startWorker(tesseract);
    if (stopped) {
      await worker.terminate();
      return;
    }
    workers.push(worker);
    while (!stopped && next < count) {
      const index = next++;
      onProgress?.({ page: ++started, pages: count });
      const image = await imageOf(index);
      if (stopped) return;
      // Small skew is measured on the page's text lines and undone before recognition (rotateAuto).
      const { data } = await worker.recognize(
        image.bytes,
        { rotateAuto: true, ...(image.dpi ? { user_defined_dpi: String(image.dpi) } : {}) },
        { text: false, tsv: true },
      );
      texts[index] = pageText(data.tsv ?? "");
    }
  };
  try {
    await Promise.race([Promise.all(Array.from({ length: Math.min(count, ocrWorkers()) }, lane)), cancelled]);
    if (stopped) throw new OcrCancelled();
    return texts;
  } finally {
    signal?.removeEventListener("abort", cancel);
    await stopAll();
  }
}
