// The built task pane in Chromium, with the Office double standing in for Excel.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { OFFICE_JS_CDN, browserFixture } from "./harness.mjs";

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

describe("task pane", () => {
  const fixture = browserFixture();

  const open = (options = {}) => fixture.open(options);

  test("renders in Vietnamese with the three areas, Tính lại and no notice when Excel has every feature", async () => {
    const { page, context, errors } = await open();
    await page.getByRole("heading", { name: "Kiểm tra CCHC cấp xã" }).waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "vi");
    assert.deepEqual(await page.getByRole("tab").allInnerTexts(), ["Nhập số liệu", "Kiểm tra", "Dự thảo"]);
    assert.equal(await page.getByRole("tab", { selected: true }).innerText(), "Nhập số liệu");
    assert.equal(await page.getByRole("button", { name: "Tính lại" }).count(), 1);
    await page.getByRole("tabpanel").getByRole("heading").first().waitFor();
    assert.equal(await page.getByRole("region", { name: "Thông báo" }).locator("> *").count(), 0);
    assert.equal(await page.locator("#legacy").isVisible(), false);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the tabs are reached with Tab and changed with the arrow keys and Enter", async () => {
    const { page, context } = await open();
    await page.getByRole("tab", { name: "Nhập số liệu" }).waitFor();
    let focused = "";
    for (let presses = 0; presses < 10 && focused !== "tab"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("role") ?? "");
    }
    assert.equal(focused, "tab", "Tab never reached the tab list");
    assert.equal(await page.locator(":focus").innerText(), "Nhập số liệu");
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.locator(":focus").innerText(), "Kiểm tra");
    await page.keyboard.press("Enter");
    assert.equal(await page.getByRole("tab", { selected: true }).innerText(), "Kiểm tra");
    await page.getByRole("tabpanel").getByRole("heading", { name: "Kiểm tra số liệu" }).waitFor();
    // The area left stays in the page, hidden, with whatever staff had typed there.
    assert.equal(await page.locator("#panel-import[hidden]").count(), 1);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Space");
    assert.equal(await page.getByRole("tab", { selected: true }).innerText(), "Dự thảo");
    await page.getByRole("tabpanel").getByRole("heading", { name: "Dự thảo kiến nghị" }).waitFor();
    assert.equal(
      await page.getByRole("tabpanel").getAttribute("aria-labelledby"),
      await page.getByRole("tab", { selected: true }).getAttribute("id"),
    );
    await context.close();
  });

  test("Tính lại runs a full calculation in Excel and reports the outcome in the notification area", async () => {
    const { page, context } = await open();
    const button = page.getByRole("button", { name: "Tính lại" });
    await button.click();
    const notices = page.getByRole("region", { name: "Thông báo" }).locator("> *");
    await notices.first().waitFor();
    assert.equal(await notices.count(), 1);
    assert.ok((await notices.first().innerText()).length > 10);
    assert.deepEqual(await page.evaluate(() => window.officeDouble.state.calculations), ["Full"]);
    assert.equal(await button.isEnabled(), true);
    await context.close();
  });

  test("a failing recalculation shows a Vietnamese error that can be dismissed", async () => {
    const { page, context } = await open();
    await page.getByRole("button", { name: "Tính lại" }).waitFor();
    await page.evaluate(() => {
      window.Excel.run = () => Promise.reject(Object.assign(new Error("Cell edit mode"), { code: "InvalidOperationInCellEditMode" }));
    });
    await page.getByRole("button", { name: "Tính lại" }).click();
    const error = page.getByText(/^Không tính lại được sổ tính: Excel đang ở chế độ sửa ô\./);
    await error.waitFor();
    assert.equal(await page.getByRole("button", { name: "Tính lại" }).isEnabled(), true);
    await page.getByRole("button", { name: "Đóng thông báo" }).click();
    await error.waitFor({ state: "detached" });
    await context.close();
  });

  test("an Excel without the newer requirement sets gets a warning naming what is left out", async () => {
    const { page, context } = await open({ doubleOptions: { requirementSets: { ExcelApi: "1.6" } } });
    const warning = page.getByText(/^Phiên bản Excel này chưa hỗ trợ:/);
    await warning.waitFor();
    const text = await warning.innerText();
    assert.match(text, /cố định dòng tiêu đề/);
    assert.match(text, /ràng buộc dữ liệu nhập/);
    assert.doesNotMatch(text, /tô màu/, "conditional formats are in ExcelApi 1.6");
    await context.close();
  });

  test("old Office (Internet Explorer web view) gets the plain page saying what to do instead", async () => {
    const { page, context } = await open({ userAgent: IE11 });
    const legacy = page.locator("#legacy");
    await legacy.waitFor({ state: "visible" });
    assert.match(await legacy.innerText(), /Phiên bản Office này chưa chạy được phần bổ trợ/);
    assert.match(await legacy.innerText(), /Excel trên web/);
    assert.match(await legacy.innerText(), /npx cchc workbook/);
    await page.waitForLoadState("load");
    assert.equal(await page.locator("#root").innerHTML(), "", "the React pane must not render over it");
    await context.close();
  });

  test("the page requests nothing but its own origin and the Office.js CDN", async () => {
    const { page, context, requests } = await open();
    await page.getByRole("tab", { name: "Dự thảo" }).click();
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("tabpanel").getByRole("heading").first().waitFor();
    await page.waitForLoadState("networkidle");
    assert.ok(requests.includes(OFFICE_JS_CDN));
    const foreign = requests.filter((url) => url !== OFFICE_JS_CDN && new URL(url).origin !== fixture.server.origin);
    assert.deepEqual(foreign, []);
    await context.close();
  });
});
