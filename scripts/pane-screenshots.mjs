// Screenshots of the built pane at the width of Excel's task pane, for docs/: the empty pane and the review
// of a sample report. `npm run build`, then `node scripts/pane-screenshots.mjs PREFIX` (e.g. "before", "after").
import { readFileSync } from "node:fs";
import { bundleOfficeDouble, launchChromium, openPage, serveDist } from "../test/browser/harness.mjs";

const prefix = process.argv[2] ?? "pane";
const WIDTH = 350;
const HEIGHT = 800;
const SAMPLE = new URL("../test/fixtures/shared/samples/xa-binh-duong-ocr.txt", import.meta.url);
const docs = (name) => new URL(`../docs/${prefix}-${name}.png`, import.meta.url).pathname;

const [server, officeDouble, browser] = await Promise.all([serveDist(), bundleOfficeDouble(), launchChromium()]);
try {
  const { page } = await openPage(browser, { origin: server.origin, officeDouble });
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  const paste = page.getByRole("textbox", { name: /^Dán nội dung/ });
  await paste.waitFor();
  await page.screenshot({ path: docs("350-empty") });
  await paste.fill(readFileSync(SAMPLE, "utf8"));
  await page.getByRole("button", { name: "Trích xuất số liệu" }).click();
  await page.getByRole("button", { name: /^Ghi vào (bảng|sổ tính)/ }).waitFor();
  await page.screenshot({ path: docs("350-review-screen") });
  await page.screenshot({ path: docs("350-review-full"), fullPage: true });
  const height = await page.evaluate(() => globalThis.document.documentElement.scrollHeight);
  console.log(`${prefix}: review of the sample is ${height} px tall at ${WIDTH} px`);
} finally {
  await browser.close();
  await server.close();
}
