import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { checkRecord } from "../../domain/checks/checkExtraction";
import { extractReport } from "../../domain/extract/extractReport";
import type { CheckedWorkbook, PaneAdapters } from "../adapters";
import { ChecksPanel } from "./ChecksPanel";
import { latestResult } from "./latestResult";
import { SAMPLES_DIR as SAMPLES } from "../../../test/support/reportSamples";

const recordOf = (name: string) => extractReport(readFileSync(path.join(SAMPLES, `${name}.txt`), "utf8")).fields;

async function render(records: ReturnType<typeof recordOf>[] | undefined) {
  const workbook = latestResult<CheckedWorkbook>();
  if (records) {
    await workbook.track(async () => ({
      templates: [],
      selections: new Map(),
      checked: records.map((record) => ({ record, findings: checkRecord(record) })),
    }));
  }
  const adapters: PaneAdapters = {
    recalculate: jest.fn(),
    reread: jest.fn(),
    workbook,
    importRecords: jest.fn(),
    writeDraftSelection: jest.fn(),
  };
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ChecksPanel adapters={adapters} />
    </FluentProvider>,
  );
}

const text = (html: string) =>
  html
    .replace(/<style[^>]*>.*?<\/style>/gs, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("ChecksPanel", () => {
  it("asks for a recalculation before there is any result", async () => {
    expect(text(await render(undefined))).toContain("Bấm “Tính lại” để kiểm tra");
  });

  it("lists each commune with its findings, errors first, message and suggestion", async () => {
    const records = ["xa-bo-ngoong", "xa-al-ba", "xa-binh-duong-ocr"].map(recordOf);
    const html = await render(records);
    const findings = records.flatMap((record) => checkRecord(record));
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(html).toContain(`data-kind="${finding.kind}" data-fields="${finding.fields.join(" ")}"`);
    }
    const plain = text(html);
    for (const finding of findings) {
      expect(plain).toContain(text(renderToStaticMarkup(<>{finding.message}</>)));
      if (finding.suggestion) expect(plain).toContain(text(renderToStaticMarkup(<>{`Gợi ý: ${finding.suggestion}`}</>)));
    }
    // Communes with errors come first, and within a commune the severities go lỗi, cảnh báo, thông tin.
    const rank = (s: string | undefined) => ["lỗi", "cảnh báo", "thông tin"].indexOf(s ?? "");
    const communes = html.split(/class="fui-AccordionItem/).slice(1);
    expect(communes).toHaveLength(records.length);
    const severities = communes.map((part) => [...part.matchAll(/data-severity="([^"]+)"/g)].map((m) => rank(m[1])));
    for (const ranks of severities) expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const worst = severities.map((ranks) => (ranks.length ? Math.min(...ranks) : 3));
    expect(worst).toEqual([...worst].sort((a, b) => a - b));
  });

  it("says so when the workbook holds no commune", async () => {
    expect(text(await render([]))).toContain("Sổ tính chưa có số liệu xã nào");
  });
});
