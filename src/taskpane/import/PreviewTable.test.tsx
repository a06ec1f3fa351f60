import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { extractReport } from "../../domain/extract/extractReport";
import { FIELD_IDS, type FieldId } from "../../domain/record/fields";
import { inputText } from "./fieldInput";
import { PreviewTable } from "./PreviewTable";
import { LOW_CONFIDENCE, type ReportItem, confirmedRecord } from "./reportItem";
import { SAMPLES_DIR as SAMPLES } from "../../../test/support/reportSamples";


function render(name: string, inputs: ReportItem["inputs"] = {}) {
  const extraction = extractReport(readFileSync(path.join(SAMPLES, name), "utf8"));
  const item = { id: 1, name, status: "ready" as const, extraction, inputs };
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PreviewTable item={item} confirmed={confirmedRecord(extraction, inputs)} onEdit={() => undefined} />
    </FluentProvider>,
  );
  /** The markup of each field's row. */
  const rows = new Map<FieldId, string>();
  for (const match of html.matchAll(/<tr[^>]*data-field="(\w+)"[^>]*>(.*?)<\/tr>/g)) rows.set(match[1] as FieldId, match[2] ?? "");
  return { extraction, rows };
}

const unescape = (html: string) => html.replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

describe("PreviewTable", () => {
  it("shows every field with its value in a box and the sentence it came from", () => {
    const { extraction, rows } = render("xa-al-ba.txt");
    expect([...rows.keys()]).toEqual([...FIELD_IDS]);
    for (const id of FIELD_IDS) {
      const row = unescape(rows.get(id) ?? "");
      expect(row).toContain(`value="${inputText(id, extraction.fields[id])}"`);
      const provenance = extraction.provenance[id];
      if (provenance) expect(row).toContain(provenance.text.trim().slice(0, 40));
      else expect(row).toContain("Báo cáo không nêu");
    }
  });

  it("flags the figures the extractor was unsure of, and only those", () => {
    const { extraction, rows } = render("xa-binh-duong-ocr.txt");
    const unsure = FIELD_IDS.filter((id) => (extraction.provenance[id]?.confidence ?? 1) < LOW_CONFIDENCE);
    expect(unsure.length).toBeGreaterThan(0);
    for (const id of FIELD_IDS) expect((rows.get(id) ?? "").includes(">Thấp ")).toBe(unsure.includes(id));
  });

  it("shows staff's entry, its error, and the extracted value in place of the sentence", () => {
    const { extraction, rows } = render("xa-al-ba.txt", { received: "5,5", resolved: "12" });
    expect(rows.get("received")).toContain('value="5,5"');
    expect(rows.get("received")).toContain("Hồ sơ tiếp nhận phải là số nguyên không âm");
    expect(rows.get("resolved")).toContain(`Đã sửa; giá trị trích từ báo cáo: ${inputText("resolved", extraction.fields.resolved)}.`);
  });
});
