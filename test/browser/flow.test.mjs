// The whole flow in the built pane, with the Office double standing in for Excel: a sample report is pasted,
// previewed with its source sentences, corrected, written, recalculated, checked and drafted.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { browserFixture } from "./harness.mjs";

const SAMPLES = new URL("../fixtures/shared/samples/", import.meta.url);
const sampleText = (name) => readFileSync(new URL(`${name}.txt`, SAMPLES), "utf8");
const expected = (name) => JSON.parse(readFileSync(new URL(`${name}.expected.json`, SAMPLES), "utf8"));
const DATA_SHEET = "Số liệu xã";
const DRAFT_SHEET = "Dự thảo";
// Catalogue paragraphs (src/domain/drafts/catalogue.ts): an optional one, and the general one drafted for every commune.
const OPTIONAL_ID = "an-toan-thong-tin";
const OPTIONAL_TITLE = "An toàn thông tin, không dùng phần mềm điều khiển từ xa";
const GENERAL_ID = "chi-dao-dieu-hanh";

/** A count as the pane shows it in an input box: "1.222". */
const asTyped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** The cells of the data sheet's header and rows, read straight from the double. */
async function dataRows(page) {
  return page.evaluate((sheet) => {
    const state = window.officeDouble.sheet(sheet);
    if (!state) return [];
    return window.officeDouble.values(sheet, "A1:EZ40").filter((row) => row.some((cell) => cell !== "" && cell !== null));
  }, DATA_SHEET);
}

async function valueInSheet(page, header, commune) {
  const [head = [], ...body] = await dataRows(page);
  const column = head.indexOf(header);
  const communeColumn = head.indexOf("Xã, phường");
  const row = body.find((r) => String(r[communeColumn]).includes(commune));
  return column < 0 || !row ? undefined : row[column];
}

/** Pastes a sample, extracts it and waits for its review. */
async function pasteSample(page, name) {
  await page.getByRole("textbox", { name: "Dán nội dung thông báo, báo cáo của xã" }).fill(sampleText(name));
  await page.getByRole("button", { name: "Trích xuất số liệu" }).click();
  const review = page.locator("section[data-report]");
  await review.waitFor();
  return review;
}

/** Opens a folded group of the review ("Hồ sơ TTHC", "Báo cáo không nêu") by the start of its title. */
async function unfold(review, title) {
  await review.getByRole("button", { name: new RegExp(`^${title}`) }).click();
}

async function writeAndWait(page) {
  await page.getByRole("button", { name: /^Ghi vào sổ tính/ }).click();
  await page.locator("section[data-report]").waitFor({ state: "detached" });
}

async function recalculate(page) {
  await page.evaluate(() => window.officeDouble.resetLog());
  await page.getByRole("button", { name: "Tính lại" }).click();
  await page.getByRole("button", { name: "Tính lại" }).and(page.locator(":enabled")).waitFor();
}

describe("import, check and draft in the pane", () => {
  const fixture = browserFixture();

  const open = () => fixture.open();

  test("a pasted report is previewed with its sources, corrected, written in ≤ 3 round trips and checked", async () => {
    const { page, context, errors } = await open();
    const { fields, findings } = expected("xa-al-ba");
    const review = await pasteSample(page, "xa-al-ba");

    await unfold(review, "Hồ sơ TTHC");
    const received = review.locator('[data-field="received"]');
    assert.equal(await received.getByRole("textbox").inputValue(), asTyped(fields.received));
    await received.getByRole("button", { name: "Nguồn của Hồ sơ tiếp nhận" }).click();
    const clause = await received.locator("mark").locator("..").innerText();
    assert.equal(await received.locator("mark").innerText(), asTyped(fields.received), "the figure is marked in its clause");
    assert.match(clause, /tiếp nhận/);
    assert.ok(clause.length < 400, `the clause "${clause}" is the part around the figure, not the whole sentence`);

    // A figure the report does not state, filled in by staff; first mistyped, then right.
    const present = fields.civilServantQuota - 1;
    await unfold(review, "Báo cáo không nêu");
    const box = review.getByRole("textbox", { name: "Công chức có mặt" }).first();
    await box.fill("4,5");
    await page.getByText("Công chức có mặt phải là số nguyên không âm").waitFor();
    await page.getByRole("button", { name: /^Ghi vào sổ tính/ }).click();
    await page.getByText(/^Chưa ghi: số liệu của .* còn ô nhập chưa hợp lệ/).waitFor();
    assert.equal(await page.evaluate(() => window.officeDouble.writes.length), 0, "nothing is written while an entry is wrong");
    await box.fill(String(present));
    await page.getByText("Công chức có mặt phải là số nguyên không âm").waitFor({ state: "detached" });

    // The preview's findings include the sample's.
    for (const finding of findings) {
      await page
        .locator(`li[data-kind="${finding.kind}"][data-fields="${finding.fields.join(" ")}"]`)
        .first()
        .waitFor();
    }

    await page.evaluate(() => window.officeDouble.resetLog());
    await writeAndWait(page);
    const { syncCount, writes } = await page.evaluate(() => ({
      syncCount: window.officeDouble.log.syncCount,
      writes: window.officeDouble.writes.map((w) => ({ sheet: w.sheet, data: JSON.stringify(w.data ?? null) })),
    }));
    assert.ok(syncCount <= 3, `the import took ${syncCount} context.sync() calls`);
    assert.ok(
      writes.some((w) => w.sheet === DATA_SHEET && w.data.includes(fields.commune) && w.data.includes(String(present))),
      "a write to the data sheet carries the commune and the corrected figure",
    );
    assert.equal(await valueInSheet(page, "Công chức có mặt", fields.commune), present);
    assert.equal(await valueInSheet(page, "Hồ sơ tiếp nhận", fields.commune), fields.received);

    await recalculate(page);
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const checks = page.getByRole("tabpanel");
    await checks
      .getByText(new RegExp(`^${fields.commune}`))
      .first()
      .waitFor();
    for (const finding of findings) {
      const item = checks.locator(`li[data-kind="${finding.kind}"][data-fields="${finding.fields.join(" ")}"]`);
      await item.first().waitFor();
      assert.match(await item.first().innerText(), /\S/);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the drafts of a checked commune are copied as staff see them, and staff's selection is written and kept by “Tính lại”", async () => {
    const { page, context } = await open();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: fixture.server.origin });
    await pasteSample(page, "xa-binh-duong-ocr");
    await writeAndWait(page);
    await recalculate(page);
    await page.getByRole("tab", { name: "Dự thảo" }).click();
    const preview = page.getByRole("region", { name: "Xem trước" });
    await preview.locator("li").first().waitFor();
    const paragraphs = await page.getByRole("list", { name: "Các đoạn kiến nghị" }).locator("li p").allInnerTexts();
    assert.ok(paragraphs.length > 0);
    await page.getByRole("button", { name: "Sao chép tất cả" }).click();
    await page.getByText("Đã sao chép toàn bộ các đoạn kiến nghị.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, paragraphs.map((p) => `- ${p}`).join("\n"));

    // Staff tick an optional paragraph and untick the general one, then write: one commune redrafted
    // with that selection, in one write of "Dự thảo" that carries the paragraph and the selection cell.
    const list = page.getByRole("list", { name: "Các đoạn kiến nghị" });
    const optional = list.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: OPTIONAL_TITLE }) });
    const general = list.getByRole("listitem").first();
    const generalText = await general.locator("p").innerText();
    await optional.getByRole("checkbox").check();
    const optionalText = await optional.locator("p").innerText();
    await general.getByRole("checkbox").uncheck();
    await general.getByText(/^Cán bộ đã bỏ chọn đoạn này/).waitFor();
    await page.evaluate(() => window.officeDouble.resetLog());
    await page.getByRole("button", { name: "Ghi vào trang tính “Dự thảo”" }).click();
    await page
      .locator("#drafts-status")
      .getByText(/^Đã ghi dự thảo kiến nghị của .* “Dự thảo”/)
      .waitFor();
    const { syncCount, writes } = await page.evaluate(() => ({
      syncCount: window.officeDouble.log.syncCount,
      writes: window.officeDouble.writes
        .filter((w) => w.kind === "values" || w.kind === "formulas")
        .map((w) => ({ sheet: w.sheet, data: JSON.stringify(w.data ?? null) })),
    }));
    // The write (at most 3) and the re-read of the workbook that follows it (2).
    assert.ok(syncCount <= 5, `writing the selection and reading it back took ${syncCount} context.sync() calls`);
    assert.deepEqual(
      writes.map((w) => w.sheet),
      [DRAFT_SHEET],
    );
    assert.ok(writes[0].data.includes(JSON.stringify(optionalText).slice(1, -1)), "the write carries the ticked paragraph");
    assert.ok(writes[0].data.includes(`+${OPTIONAL_ID}; -${GENERAL_ID}`), "the write carries the selection cell");
    const sheetText = () => page.evaluate((sheet) => JSON.stringify(window.officeDouble.values(sheet, "A1:F10")), DRAFT_SHEET);
    assert.ok(!(await sheetText()).includes(JSON.stringify(generalText).slice(1, -1)), "the unticked paragraph is left out");

    // "Tính lại" refreshes the drafts from the figures but keeps staff's choice.
    await recalculate(page);
    const after = await sheetText();
    assert.ok(after.includes(JSON.stringify(optionalText).slice(1, -1)), "the ticked paragraph is still in the sheet");
    assert.ok(!after.includes(JSON.stringify(generalText).slice(1, -1)), "the unticked paragraph is still left out");
    assert.ok(after.includes(`+${OPTIONAL_ID}; -${GENERAL_ID}`));
    assert.equal(await optional.getByRole("checkbox").isChecked(), true);
    await context.close();
  });

  test("on an Excel with only ExcelApi 1.4 a report is written and checked, and “Tính lại” says what it left out", async () => {
    const { page, context, errors } = await fixture.open({ doubleOptions: { requirementSets: { ExcelApi: "1.4" } } });
    const notices = page.getByRole("region", { name: "Thông báo" });
    await pasteSample(page, "xa-al-ba");
    await writeAndWait(page);
    await page
      .locator("#import-write-result")
      .getByText(/^Đã ghi vào .*“Số liệu xã”/)
      .waitFor();
    await recalculate(page);
    await notices.getByText(/^Đã tính lại và kiểm tra 1 xã, phường/).waitFor();
    const leftOut = notices.getByText(/Phiên bản Excel này chưa hỗ trợ nên phần bổ trợ đã bỏ qua: .*biểu đồ/);
    await leftOut.waitFor();
    assert.match(await leftOut.innerText(), /tô màu.*cố định dòng tiêu đề.*ràng buộc dữ liệu nhập/);
    const kinds = await page.evaluate(() => window.officeDouble.writes.map((w) => w.kind));
    assert.deepEqual(
      kinds.filter((kind) => /^(conditionalFormat|dataValidation|freeze|chart)/.test(kind)),
      [],
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a pasted text that is not a commune report is refused with a reason; an empty paste too", async () => {
    const { page, context } = await open();
    const notices = page.getByRole("region", { name: "Thông báo" });
    await page.getByRole("button", { name: "Trích xuất số liệu" }).click();
    await page
      .locator("#import-add-result")
      .getByText(/^Chưa có nội dung để trích xuất/)
      .waitFor();
    await page.getByRole("textbox", { name: "Dán nội dung thông báo, báo cáo của xã" }).fill("Kính gửi các đồng chí, lịch họp tuần sau.");
    await page.getByRole("button", { name: "Trích xuất số liệu" }).click();
    await page
      .getByRole("list", { name: "Các báo cáo đã chọn" })
      .getByText(/^Nội dung đã dán: Văn bản không được nhận dạng là báo cáo của xã, phường/)
      .waitFor();
    assert.equal(await page.locator("section[data-report]").count(), 0);
    assert.equal(await page.getByRole("button", { name: /^Ghi vào sổ tính/ }).count(), 0);
    assert.equal(await notices.locator("> *").count(), 0, "the result stays next to its button");
    assert.equal(await page.evaluate(() => window.officeDouble.log.runCount), 0, "Excel is not touched");
    await context.close();
  });

  test("a protected data sheet is reported in Vietnamese, nothing is written and the preview stays", async () => {
    const { page, context } = await open();
    await pasteSample(page, "xa-bo-ngoong");
    await writeAndWait(page);
    await page.evaluate((sheet) => {
      window.officeDouble.sheet(sheet).protected = true;
      window.officeDouble.resetLog();
    }, DATA_SHEET);
    const before = await dataRows(page);
    await pasteSample(page, "xa-al-ba");
    await page.getByRole("button", { name: /^Ghi vào sổ tính/ }).click();
    await page
      .locator("#import-write-result")
      .getByText(/^Chưa ghi được số liệu vào sổ tính: .*được bảo vệ/)
      .waitFor();
    assert.equal(await page.evaluate(() => window.officeDouble.writes.length), 0);
    assert.deepEqual(await dataRows(page), before);
    assert.equal(await page.locator("section[data-report]").count(), 1, "the report stays, to write once the sheet is unprotected");
    await context.close();
  });

  test("several files are read one by one; one that cannot be read is reported and nothing of it is written", async () => {
    const { page, context } = await open();
    await page.getByRole("button", { name: /^Chọn tệp báo cáo/ }).waitFor();
    await page.locator('input[type="file"]').setInputFiles([
      { name: "xa-bo-ngoong.txt", mimeType: "text/plain", buffer: Buffer.from(sampleText("xa-bo-ngoong")) },
      { name: "hong.pdf", mimeType: "application/pdf", buffer: Buffer.from("không phải PDF") },
    ]);
    const queue = page.getByRole("list", { name: "Các báo cáo đã chọn" });
    const line = (name) => queue.getByRole("listitem").filter({ hasText: name });
    await line("xa-bo-ngoong.txt").and(page.locator('[data-state="đã đọc"]')).waitFor();
    await line("hong.pdf").and(page.locator('[data-state="lỗi"]')).waitFor();
    assert.match(await line("hong.pdf").innerText(), /hong\.pdf.*\n.*\S/s, "the reason is under the file's name");
    await writeAndWait(page);
    await line("xa-bo-ngoong.txt").and(page.locator('[data-state="đã ghi"]')).waitFor();
    await queue.getByRole("button", { name: "Bỏ hong.pdf khỏi danh sách" }).click();
    await line("hong.pdf").waitFor({ state: "detached" });
    const [head = [], ...body] = await dataRows(page);
    const communeColumn = head.indexOf("Xã, phường");
    assert.deepEqual(
      body.map((row) => row[communeColumn]),
      [expected("xa-bo-ngoong").fields.commune],
    );
    await context.close();
  });

  test("a Word report with tables and an .xlsx data sheet are read by row and column and written", async () => {
    const { page, context } = await open();
    const TABLES = new URL("../fixtures/shared/corpus-tables/", import.meta.url);
    const reports = ["xa-ea-kly.docx", "xa-gio-linh-bieu-so-lieu.xlsx"];
    const tableExpected = (name) => JSON.parse(readFileSync(new URL(name.replace(/\.[a-z]+$/, ".expected.json"), TABLES), "utf8"));
    await page.getByRole("button", { name: /^Chọn tệp báo cáo/ }).waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles(reports.map((name) => ({ name, mimeType: "application/octet-stream", buffer: readFileSync(new URL(name, TABLES)) })));
    const queue = page.getByRole("list", { name: "Các báo cáo đã chọn" });
    for (const name of reports) {
      await queue
        .getByRole("listitem")
        .filter({ hasText: name })
        .and(page.locator('[data-state="đã đọc"], [data-state="cần xem"]'))
        .waitFor();
    }
    // A report with a finding waits until staff have looked at it: look at each in turn, then write them all.
    for (const name of reports) {
      const line = queue.getByRole("listitem").filter({ hasText: name });
      if ((await line.getByRole("button", { name: /^Xem / }).count()) > 0) await line.getByRole("button", { name: /^Xem / }).click();
      await page.locator(`section[data-report="${name}"]`).waitFor();
    }
    await writeAndWait(page);
    const [head = [], ...body] = await dataRows(page);
    const commune = head.indexOf("Xã, phường");
    const received = head.indexOf("Hồ sơ tiếp nhận");
    const written = new Map(body.map((row) => [row[commune], row[received]]));
    for (const name of reports) {
      const { fields } = tableExpected(name);
      assert.equal(written.get(fields.commune), fields.received, `${name}: its table's total row gives the dossiers received`);
    }
    await context.close();
  });

  test("coming back to the pane after the workbook changed outside it refreshes “Kiểm tra” without “Tính lại”", async () => {
    const { page, context, errors } = await open();
    const { fields } = expected("xa-al-ba");
    await pasteSample(page, "xa-al-ba");
    await writeAndWait(page);
    await recalculate(page);
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const header = page.getByRole("tabpanel").getByRole("heading", { name: new RegExp(`^${fields.commune}`) });
    const before = await header.innerText();

    // The ribbon's "Tính lại" or staff's typing change the workbook while the pane is in the background.
    await page.evaluate((sheet) => {
      const [head] = window.officeDouble.values(sheet, "A1:EZ1");
      const i = head.indexOf("Đã giải quyết");
      const column = (i >= 26 ? String.fromCharCode(64 + Math.floor(i / 26)) : "") + String.fromCharCode(65 + (i % 26));
      window.officeDouble.type(sheet, `${column}2`, [[999999]]);
      window.officeDouble.resetLog();
    }, DATA_SHEET);
    assert.equal(await header.innerText(), before, "nothing changes while the pane is not looked at");
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.waitForFunction((old) => {
      const heading = [...document.querySelectorAll("[role=tabpanel]:not([hidden]) h3")].find((h) =>
        h.textContent.startsWith(old.split(":")[0]),
      );
      return heading && heading.textContent !== old;
    }, before);
    assert.match(await header.innerText(), /lỗi/);
    assert.deepEqual(await page.evaluate(() => window.officeDouble.writes.length), 0, "the re-read writes nothing");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a figure changed by hand in the sheet is kept or replaced as staff choose", async () => {
    const { page, context } = await open();
    const { fields } = expected("xa-al-ba");
    await pasteSample(page, "xa-al-ba");
    await writeAndWait(page);

    // Staff type over two imported figures in the sheet.
    const edited = await page.evaluate(
      ({ sheet, headers }) => {
        const [head] = window.officeDouble.values(sheet, "A1:EZ1");
        const columnLetter = (i) => (i >= 26 ? String.fromCharCode(64 + Math.floor(i / 26)) : "") + String.fromCharCode(65 + (i % 26));
        return headers.map((header, n) => {
          const address = `${columnLetter(head.indexOf(header))}2`;
          const value = Number(window.officeDouble.values(sheet, address)[0][0]) + 100 + n;
          window.officeDouble.type(sheet, address, [[value]]);
          return value;
        });
      },
      { sheet: DATA_SHEET, headers: ["Hồ sơ tiếp nhận", "Đã giải quyết"] },
    );

    await pasteSample(page, "xa-al-ba");
    await page.getByRole("button", { name: /^Ghi vào sổ tính/ }).click();
    const conflicts = page.getByRole("table", { name: "Số liệu đã được sửa trực tiếp trong sổ tính" });
    await conflicts.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "conflicts-heading", "focus moves to the question asked");
    await page.setViewportSize({ width: 320, height: 720 });
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      "the question fits 320 px",
    );
    const received = conflicts.locator('tr[data-field="received"]');
    assert.match(await received.innerText(), new RegExp(asTyped(edited[0])));
    assert.match(await received.innerText(), new RegExp(asTyped(fields.received)));
    await received.getByRole("radio", { name: "Thay" }).check();
    await page.getByRole("button", { name: "Ghi theo lựa chọn" }).click();
    await conflicts.waitFor({ state: "detached" });
    assert.equal(await valueInSheet(page, "Hồ sơ tiếp nhận", fields.commune), fields.received);
    assert.equal(await valueInSheet(page, "Đã giải quyết", fields.commune), edited[1]);
    await context.close();
  });
});
