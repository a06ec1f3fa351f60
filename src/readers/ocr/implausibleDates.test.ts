import type { Block, TextBlock } from "../../domain/document/reportDocument";
import { markImpossibleDates } from "./implausibleDates";

const marked = (block: Block) => (block as TextBlock).uncertain?.map(({ start, end }) => (block as TextBlock).text.slice(start, end)) ?? [];

describe("markImpossibleDates", () => {
  const typed: TextBlock = { kind: "text", text: "Báo cáo ngày 12/11/2025 về kết quả năm 2025, theo Quyết định ngày 20/8/2025.", page: 1 };

  it("marks a year OCR misread (2625 in a 2025 report), a 13th month and a 32nd day on scanned pages only", () => {
    const scanned: TextBlock = {
      kind: "text",
      text: "Từ ngày 01/7/2025 đến ngày 30/9/2625, hạn ngày 15/13/2025 và 32/12/2025; tháng 10 năm 2925.",
      page: 2,
      uncertain: [{ start: 0, end: 3 }],
    };
    const [first, second] = markImpossibleDates([typed, scanned], new Set([scanned]));
    expect(first).toBe(typed);
    expect(marked(second as Block)).toEqual(["Từ ", "30/9/2625", "15/13/2025", "32/12/2025", "tháng 10 năm 2925"]);
  });

  it("keeps the dates of the report's year, the years before and the next", () => {
    const scanned: TextBlock = { kind: "text", text: "Nghị định ngày 21/6/2021; kế hoạch năm 2026; ngày 30/9/2025.", page: 2 };
    const [, second] = markImpossibleDates([typed, scanned], new Set([scanned]));
    expect(second).toBe(scanned);
  });

  it("reads the years without diacritics that OCR may give ('nam 2925')", () => {
    const scanned: TextBlock = { kind: "text", text: "ngay 12 thang 11 nam 2925", page: 1 };
    expect(marked(markImpossibleDates([typed, scanned], new Set([scanned]))[1] as Block)).toEqual(["nam 2925"]);
  });
});
