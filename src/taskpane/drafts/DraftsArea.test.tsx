import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { sampleRecords } from "../../../test/workbook/records";
import { renderToStaticMarkup } from "react-dom/server";
import { checkRecord } from "../../domain/checks/checkExtraction";
import { draftNotice } from "../../domain/drafts/draftNotice";
import type { DraftSelection } from "../../domain/drafts/selectionCell";
import type { ParagraphSetting } from "../../domain/drafts/templateSheet";
import type { CommuneRecord } from "../../domain/record/fields";
import { identityOf, recordKey } from "../../domain/workbook/identity";
import type { RecalculationResult } from "../../excel/recalculate";
import type { PaneAdapters } from "../adapters";
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
  const recalculation = latestResult<RecalculationResult>(async () => ({
    summary: "",
    notes: [],
    templates: templates ?? [],
    selections: new Map(stored ? [[recordKey(record), stored]] : []),
    checked: [{ record, findings }],
  }));
  if (templates) await recalculation.run();
  const adapters: PaneAdapters = { recalculate: recalculation.run, recalculation, importRecords: jest.fn(), writeDraftSelection };
  const notify = jest.fn();
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <DraftsArea adapters={adapters} notify={notify} />
    </FluentProvider>,
  ).replace(/&quot;/g, '"');
  return { html, notify, writeDraftSelection };
}

beforeEach(() => (panelProps = undefined));

describe("DraftsArea", () => {
  it("asks for a recalculation before the sheet's communes are known", async () => {
    expect((await render(undefined)).html).toContain('Bấm "Tính lại" để đọc số liệu các xã trong bảng');
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

  it("writes the commune's draft with staff's selection and notifies success in Vietnamese", async () => {
    const summary = "Đã ghi dự thảo kiến nghị vào sheet “Dự thảo”.";
    const { notify, writeDraftSelection } = await render([], undefined, jest.fn().mockResolvedValue(summary));
    const selection = { ticked: [OPTIONAL], unticked: ["co-so-du-lieu-can-bo"] };
    await panelProps?.onWriteSheet(recordKey(record), selection);
    expect(writeDraftSelection).toHaveBeenCalledWith(identityOf(record), selection);
    expect(notify).toHaveBeenCalledWith({ intent: "success", message: summary });
  });

  it("lets a refusal reach the panel, which shows it, and notifies nothing", async () => {
    const refusal = new Error("Sheet “Dự thảo” đang được bảo vệ");
    const { notify } = await render([], undefined, jest.fn().mockRejectedValue(refusal));
    await expect(panelProps?.onWriteSheet(recordKey(record), { ticked: [], unticked: [] })).rejects.toBe(refusal);
    expect(notify).not.toHaveBeenCalled();
  });
});
