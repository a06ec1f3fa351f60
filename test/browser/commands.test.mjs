// The ribbon's function file (commands.html) in Chromium, with the Office double standing in for Excel.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserFixture } from "./harness.mjs";

describe("ribbon commands", () => {
  const fixture = browserFixture();

  test("Tính lại recalculates, notifies the outcome and completes the command", async () => {
    const { page, context, errors } = await fixture.open({
      path: "/commands.html",
      doubleOptions: { notificationMessages: true },
    });
    await page.waitForFunction(() => window.officeDouble.actions.has("recalculate"));
    await page.evaluate(() => window.officeDouble.invokeAction("recalculate"));
    assert.deepEqual(await page.evaluate(() => window.officeDouble.state.calculations), ["Full"]);
    // The double's workbook is empty: the recalculation fails, and says why in Vietnamese.
    const { notifications } = await page.evaluate(() => window.officeDouble.log);
    assert.equal(notifications.length, 1);
    assert.equal(notifications[0].details.type, "errorMessage");
    assert.match(notifications[0].details.message, /^Không tính lại được sổ tính: \S/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("opened as the notice dialog, the page shows the notice and asks its opener to close it", async () => {
    const message = "Không tính lại được sổ tính: lỗi thử nghiệm.";
    const { page, context } = await fixture.open({
      path: `/commands.html?thongbao=${encodeURIComponent(message)}&loai=error`,
    });
    await page.getByRole("heading", { name: "Chưa thực hiện được" }).waitFor();
    assert.equal(await page.getByText(message).count(), 1);
    assert.equal(await page.evaluate(() => window.officeDouble.actions.size), 0, "the dialog registers no command");
    await page.evaluate(() => {
      window.Office.context.ui = { messageParent: (text) => (window.sentToParent = text) };
    });
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => window.sentToParent), "close");
    await context.close();
  });
});
