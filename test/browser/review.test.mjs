// The review of a report at the widths of Excel's task pane (320 and 350 px), in the built pane with the
// Office double: nothing scrolls sideways or overlaps a box, what needs a look and the write action are on
// screen once a sample is read, the review fits two screens, focus follows the actions, and axe-core finds
// no accessibility violation.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, test } from "node:test";
import { browserFixture } from "./harness.mjs";

const SAMPLES = new URL("../fixtures/shared/samples/", import.meta.url);
const SAMPLE_NAMES = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4));
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const PANE_HEIGHT = 720;
/** Two screens of a task pane: the longest the default review of a report may be. */
const MAX_REVIEW_HEIGHT = 1800;

/** Rules excepted for Fluent UI v9's own markup, each with why. Nothing else may fire. */
const FLUENT_FALSE_POSITIVES = {
  // Tabster, Fluent's focus manager, puts <i tabindex="0" aria-hidden="true" data-tabster-dummy> around
  // focus groups: they hand the focus on to the next real element at once and are never read.
  "aria-hidden-focus": "Tabster's dummy focus guards",
};

async function pasteSample(page, name) {
  await page
    .getByRole("textbox", { name: "Dán nội dung thông báo, báo cáo của xã" })
    .fill(readFileSync(new URL(`${name}.txt`, SAMPLES), "utf8"));
  await page.getByRole("button", { name: "Trích xuất số liệu" }).click();
  await page.locator("section[data-report]").waitFor();
}

/** Sideways scrolling and text drawn over an input box, measured in the page. */
function layoutProblems() {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
  const boxes = [...document.querySelectorAll("input:not([type=file]):not([type=checkbox]):not([type=radio]), textarea")]
    .map((input) => input.closest(".fui-Input, .fui-Textarea") ?? input)
    .filter((box) => box.getClientRects().length > 0);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || boxes.some((box) => box.contains(node))) continue;
    // Text for screen readers only, clipped to a 1 px box, is not drawn.
    const parent = node.parentElement?.getBoundingClientRect();
    if (!parent || parent.width <= 1 || parent.height <= 1) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      for (const box of boxes) {
        const b = box.getBoundingClientRect();
        const overlap =
          Math.min(rect.right, b.right) - Math.max(rect.left, b.left) > 1 &&
          Math.min(rect.bottom, b.bottom) - Math.max(rect.top, b.top) > 1;
        if (overlap)
          problems.push(
            `"${node.textContent.trim().slice(0, 40)}" overlaps the box of ${box.querySelector("input, textarea")?.id ?? box.id}`,
          );
      }
    }
  }
  return problems;
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return violations
    .filter((v) => !(v.id in FLUENT_FALSE_POSITIVES))
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join("; ")})`,
    );
}

/** Whether an element is entirely inside the viewport, without scrolling. */
const onScreen = (locator) =>
  locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= window.innerHeight && rect.left >= 0 && rect.right <= window.innerWidth;
  });

describe("the review at the widths of Excel's task pane", () => {
  const fixture = browserFixture();

  for (const width of [320, 350]) {
    for (const name of SAMPLE_NAMES) {
      test(`${name} at ${width} px: fits, nothing overlaps, what needs a look and the write action are on screen, no axe violation`, async () => {
        const { page, context, errors } = await fixture.open();
        await page.setViewportSize({ width, height: PANE_HEIGHT });
        await page.getByRole("textbox", { name: /^Dán nội dung/ }).waitFor();
        assert.deepEqual(await page.evaluate(layoutProblems), [], "the empty pane");
        await pasteSample(page, name);

        const toLook = page.getByRole("list", { name: "Số liệu cần xem" }).locator("[data-field]").first();
        if ((await toLook.count()) > 0) assert.ok(await onScreen(toLook), "the first figure needing a look is on screen");
        assert.ok(await onScreen(page.getByRole("button", { name: /^Ghi vào sổ tính/ })), "the write action is on screen");
        assert.deepEqual(await page.evaluate(layoutProblems), []);
        if (width === 350) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          assert.ok(height <= MAX_REVIEW_HEIGHT, `the default review is ${height} px tall`);
        }
        assert.deepEqual(await axeViolations(page), []);

        // Every group unfolded and every source opened: still nothing sideways, nothing over a box.
        for (const header of await page.locator("section[data-report] .fui-AccordionHeader button").all()) await header.click();
        for (const source of await page.getByRole("button", { name: /^Nguồn của/ }).all()) await source.click();
        assert.deepEqual(await page.evaluate(layoutProblems), [], "with every group and source open");
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        assert.ok(await onScreen(page.getByRole("button", { name: /^Ghi vào sổ tính/ })), "the write action stays on screen at the bottom");
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }

  test("the write action is a few Tab presses away; focus lands on the result of writing and of “Tính lại”", async () => {
    const { page, context } = await fixture.open();
    await page.setViewportSize({ width: 320, height: PANE_HEIGHT });
    await pasteSample(page, SAMPLE_NAMES[0]);
    await page.getByRole("textbox", { name: /^Dán nội dung/ }).focus();
    let presses = 0;
    const write = /^Ghi vào sổ tính/;
    while (presses < 40 && !write.test(await page.evaluate(() => document.activeElement?.textContent ?? ""))) {
      await page.keyboard.press("Tab");
      presses++;
    }
    assert.ok(presses <= 8, `${presses} Tab presses from the paste box to the write action`);
    await page.keyboard.press("Enter");
    await page
      .locator("#import-write-result")
      .getByText(/^Đã ghi/)
      .waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "import-write-result");
    assert.ok(await onScreen(page.locator("#import-write-result")));

    await page.getByRole("button", { name: "Tính lại" }).click();
    await page
      .getByRole("region", { name: "Thông báo" })
      .getByText(/^Đã tính lại/)
      .waitFor();
    const focused = await page.evaluate(() => document.activeElement?.closest("[role=region]")?.getAttribute("aria-label"));
    assert.equal(focused, "Thông báo", "focus is on the recalculation's notice");
    assert.deepEqual(await axeViolations(page), []);
    for (const tab of ["Kiểm tra", "Dự thảo"]) {
      await page.getByRole("tab", { name: tab }).click();
      await page.getByRole("tabpanel").getByRole("heading").first().waitFor();
      await page.getByRole("tabpanel").locator("section").first().waitFor();
      assert.deepEqual(await page.evaluate(layoutProblems), [], tab);
      assert.deepEqual(await axeViolations(page), [], tab);
    }
    await context.close();
  });
});
