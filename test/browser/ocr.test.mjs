// A scanned report opened in the built pane: read by OCR in a Web Worker, with every file of the
// engine fetched from the add-in's own origin and nothing from anywhere else.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { OFFICE_JS_CDN, browserFixture } from "./harness.mjs";

const SCAN = new URL("../fixtures/scans/xa-yen-minh-scan.pdf", import.meta.url).pathname;

describe("scans in the task pane", () => {
  const fixture = browserFixture();

  test("an image-only PDF is read by OCR and previewed, with no request outside the add-in's origin", { timeout: 600_000 }, async () => {
    const { page, context, errors } = await fixture.open();
    // Requests of the page and of its workers alike.
    const requests = [];
    context.on("request", (request) => requests.push(request.url()));
    await page.getByRole("tab", { name: "Nhập số liệu" }).waitFor();
    await page.locator('input[type="file"]').first().setInputFiles(SCAN);
    const review = page.locator('section[data-report="xa-yen-minh-scan.pdf"]');
    await review.waitFor({ timeout: 540_000 });
    await review.getByRole("heading", { name: /^Số liệu của .*Minh/ }).waitFor();
    const { origin } = fixture.server;
    const engine = ["ocr/worker.min.js", "ocr/vie.traineddata.gz"].map((path) => `${origin}/${path}`);
    for (const url of engine) assert.ok(requests.includes(url), `${url} was not fetched`);
    assert.ok(
      requests.some((url) => /^https:\/\/127\.0\.0\.1:\d+\/ocr\/tesseract-core-(simd-)?lstm\.wasm$/.test(url)),
      "the core .wasm was not fetched",
    );
    const outside = requests.filter((url) => !url.startsWith(`${origin}/`) && url !== OFFICE_JS_CDN && !/^(blob|data):/.test(url));
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
