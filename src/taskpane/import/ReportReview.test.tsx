import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { extractReport } from "../../domain/extract/extractReport";
import { SAMPLES_DIR as SAMPLES } from "../../../test/support/reportSamples";
import { inputText } from "./fieldInput";
import { ReportReview } from "./ReportReview";
import { onlyMissing, reviewOf } from "./review";

function render(name: string, inputs: Record<string, string> = {}) {
  const text = readFileSync(path.join(SAMPLES, name), "utf8");
  const extraction = extractReport(text);
  const item = { id: 1, name, status: "ready" as const, extraction, text, inputs, viewed: true };
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ReportReview item={item} onEdit={() => undefined} />
    </FluentProvider>,
  ).replace(/&quot;/g, '"');
  return { extraction, html };
}

describe("ReportReview", () => {
  it("counts and lists first the figures needing a look, with their values; the rest stays folded", () => {
    const { extraction, html } = render("xa-binh-duong-ocr.txt");
    const { toReview } = reviewOf(extraction, {});
    const toLook = toReview.filter((f) => !onlyMissing(f));
    expect(html).toContain(`${toLook.length} số liệu cần xem, ${toReview.length - toLook.length} số liệu báo cáo không nêu`);
    const rows = [...html.matchAll(/data-field="(\w+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(toLook.map((f) => f.field));
    for (const { field } of toLook) expect(html).toContain(`value="${inputText(field, extraction.fields[field])}"`);
    expect(html).toContain("Độ tin cậy thấp (");
  });

  it("shows a percent's % and an entry's error under its box", () => {
    const { html } = render("xa-al-ba.txt", { onTimeRateStated: "47,2", received: "5,5" });
    // A stated rate that no longer matches its figures is part of a finding: it is among the rows shown.
    expect(html).toContain('data-field="onTimeRateStated"');
    expect(html).toContain('data-field="received"');
    const rate = html.slice(html.indexOf('data-field="onTimeRateStated"'));
    expect(rate.slice(0, rate.indexOf('data-field="', 30))).toMatch(/>%</);
    const received = html.slice(html.indexOf('data-field="received"'));
    expect(received).toMatch(/^[^]*?Hồ sơ tiếp nhận phải là số nguyên không âm/);
    const nextRow = received.indexOf('data-field="', 30);
    expect(received.indexOf("phải là số nguyên")).toBeLessThan(nextRow < 0 ? Infinity : nextRow);
  });
});
