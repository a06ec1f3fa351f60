/** pdfjs ships no types for its worker module; importing it only registers the worker on globalThis. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs";
