import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { checkRecord } from "../../domain/checks/checkExtraction";
import { draftNotice } from "../../domain/drafts/draftNotice";
import type { ParagraphSetting } from "../../domain/drafts/templateSheet";
import { extractReport } from "../../domain/extract/extractReport";
import type { RecalculationResult } from "../../excel/recalculate";
import type { PaneAdapters } from "../adapters";
import { latestResult } from "../checks/latestResult";
import { DraftsArea } from "./DraftsArea";

const SAMPLES = path.resolve(__dirname, "../../..", "../shared/samples");
const record = extractReport(readFileSync(path.join(SAMPLES, "xa-al-ba.txt"), "utf8")).fields;
const findings = checkRecord(record);

async function render(templates: readonly ParagraphSetting[] | undefined) {
  const recalculation = latestResult<RecalculationResult>(async () => ({
    summary: "",
    notes: [],
    templates: templates ?? [],
    checked: [{ record, findings }],
  }));
  if (templates) await recalculation.run();
  const adapters: PaneAdapters = { recalculate: recalculation.run, recalculation, importRecords: jest.fn() };
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <DraftsArea adapters={adapters} notify={jest.fn()} />
    </FluentProvider>,
  ).replace(/&quot;/g, '"');
}

describe("DraftsArea", () => {
  it("asks for a recalculation before the sheet's communes are known", async () => {
    expect(await render(undefined)).toContain('Bấm "Tính lại" để đọc số liệu các xã trong bảng');
  });

  it("drafts the recalculated commune with staff's settings from “Mẫu kiến nghị”", async () => {
    const drafted = draftNotice(record, findings).recommendations;
    expect(drafted.length).toBeGreaterThan(0);
    const withDefaults = await render([]);
    for (const paragraph of drafted) expect(withDefaults).toContain(`>${paragraph.title}<`);
    const [off, ...kept] = drafted;
    const withOneOff = await render([{ id: off?.id ?? "", enabled: false, text: null }]);
    expect(withOneOff).not.toContain(`>${off?.title}<`);
    for (const paragraph of kept) expect(withOneOff).toContain(`>${paragraph.title}<`);
  });
});
