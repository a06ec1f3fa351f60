import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { sampleRecords } from "../../../test/workbook/records";
import { renderToStaticMarkup } from "react-dom/server";
import { checkRecord } from "../../domain/checks/checkExtraction";
import { draftNotice } from "../../domain/drafts/draftNotice";
import type { DraftSelection } from "../../domain/drafts/selectionCell";
import type { ParagraphSetting } from "../../domain/drafts/templateSheet";
import type { CommuneRecord } from "../../domain/record/fields";
import { identityOf, recordKey } from "../../domain/workbook/identity";
import type { CheckedWorkbook, PaneAdapters } from "../adapters";
import { latestResult } from "../checks/latestResult";
import { DraftsArea } from "./DraftsArea";
import type { DraftsPanelProps } from "./DraftsPanel";

// The panel's props as the area gives them, to call "Ghi vào sheet Dự thảo" without a browser.
let panelProps: DraftsPanelProps | undefined;
jest.mock("./DraftsPanel", () => {
  const actual = jest.requireActual<typeof import("./DraftsPanel")>("./DraftsPanel");
  return {
    DraftsPanel: (props: DraftsPanelProps) => {
      panelProps = props;
      return actual.DraftsPanel(props);
    },
  };
});

// A sample's expected figures, as "Tính lại" reads them back from the sheet.
const [record] = sampleRecords() as [CommuneRecord];
const findings = checkRecord(record);
const OPTIONAL = "an-toan-thong-tin";

async function render(templates: readonly ParagraphSetting[] | undefined, stored?: DraftSelection, writeDraftSelection = jest.fn()) {
  const workbook = latestResult<CheckedWorkbook>();
  const read = async () => ({
    templates: templates ?? [],
    selections: new Map(stored ? [[recordKey(record), stored]] : []),
    checked: [{ record, findings }],
  });
  if (templates) await workbook.track(read);
  const reread = jest.fn(() => workbook.track(read));
  const adapters: PaneAdapters = { recalculate: jest.fn(), reread, workbook, importRecords: jest.fn(), writeDraftSelection };
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <DraftsArea adapters={adapters} />
    </FluentProvider>,
  ).replace(/&quot;/g, '"');
  return { html, reread, writeDraftSelection };
}

beforeEach(() => (panelProps = undefined));

describe("DraftsArea", () => {
  it("asks for a recalculation before the sheet's communes are known", async () => {
    expect((await render(undefined)).html).toContain("Bấm “Tính lại” để đọc số liệu các xã trong sổ tính");
    expect(panelProps).toBeUndefined();
  });

  it("drafts the recalculated commune with staff's settings from “Mẫu kiến nghị”", async () => {
    const drafted = draftNotice(record, findings).recommendations;
    expect(drafted.length).toBeGreaterThan(0);
    const withDefaults = (await render([])).html;
    for (const paragraph of drafted) expect(withDefaults).toContain(`>${paragraph.title}<`);
    const [off, ...kept] = drafted;
    const withOneOff = (await render([{ id: off?.id ?? "", enabled: false, text: null }])).html;
    expect(withOneOff).not.toContain(`>${off?.title}<`);
    for (const paragraph of kept) expect(withOneOff).toContain(`>${paragraph.title}<`);
  });

  it("starts the panel from the selection the last “Tính lại” read in the sheet “Dự thảo”", async () => {
    const stored = { ticked: [OPTIONAL], unticked: [] };
    const { html } = await render([], stored);
    const text = draftNotice(record, findings, stored).recommendations.find((p) => p.id === OPTIONAL)?.text ?? "";
    expect(text).not.toBe("");
    expect(html).toContain(text);
    expect(panelProps?.communes[0]?.selection).toEqual(stored);
  });

  it("writes the commune's draft with staff's selection, then reads the workbook again for what it now stores", async () => {
    const summary = "Đã ghi dự thảo kiến nghị vào trang tính “Dự thảo”.";
    const { reread, writeDraftSelection } = await render([], undefined, jest.fn().mockResolvedValue(summary));
    const selection = { ticked: [OPTIONAL], unticked: ["co-so-du-lieu-can-bo"] };
    await expect(panelProps?.onWriteSheet(recordKey(record), selection)).resolves.toBe(summary);
    expect(writeDraftSelection).toHaveBeenCalledWith(identityOf(record), selection);
    expect(reread).toHaveBeenCalledTimes(1);
  });

  it("lets a refusal reach the panel, which shows it, and reads nothing again", async () => {
    const refusal = new Error("Trang tính “Dự thảo” đang được bảo vệ");
    const { reread } = await render([], undefined, jest.fn().mockRejectedValue(refusal));
    await expect(panelProps?.onWriteSheet(recordKey(record), { ticked: [], unticked: [] })).rejects.toBe(refusal);
    expect(reread).not.toHaveBeenCalled();
  });
});
