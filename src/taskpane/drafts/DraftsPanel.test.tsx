import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { draftNotice } from "../../domain/drafts/draftNotice";
import { type DraftSelection, NO_SELECTION } from "../../domain/drafts/selectionCell";
import { emptyRecord } from "../../domain/record/fields";
import { DraftsPanel, type DraftsPanelProps } from "./DraftsPanel";

const records = {
  a: { ...emptyRecord(), commune: "Thử Một", resolvedLate: 4, remediationDeadline: "2026-01-15" },
  b: { ...emptyRecord(), commune: "Thử Hai" },
};

const calls: DraftSelection[] = [];
const props: DraftsPanelProps = {
  communes: [
    { key: "a", name: "Thử Một" },
    { key: "b", name: "Thử Hai" },
  ],
  draftsFor: (key, selection) => {
    calls.push(selection);
    return draftNotice(records[key as keyof typeof records], [], selection);
  },
  onWriteSheet: async () => "Đã ghi.",
};

const render = (p: DraftsPanelProps) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <DraftsPanel {...p} />
    </FluentProvider>,
  );

/** Each checkbox's label and whether it is ticked, from the rendered markup. */
function boxes(html: string): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const match of html.matchAll(/<input([^>]*type="checkbox"[^>]*)>.*?<label[^>]*>([^<]*)<\/label>/g)) {
    found.set(match[2] ?? "", / checked=""/.test(match[1] ?? ""));
  }
  return found;
}

describe("DraftsPanel", () => {
  it("shows the first commune's paragraphs with their reasons, a preview and the copy buttons", () => {
    const html = render(props);
    expect(html).toContain("<select");
    expect(html).toContain("Thử Hai</option>");
    expect(html).toContain("Khắc phục trễ hạn, thư xin lỗi theo Nghị định 118/2025/NĐ-CP");
    expect(html).toContain("Lý do: có 04 hồ sơ giải quyết quá hạn");
    expect(html).toContain("trước ngày 15/01/2026");
    expect(html).toContain("Sao chép tất cả");
    expect(html).toContain("Ghi vào trang tính “Dự thảo”");
    expect(html).toContain('aria-label="Sao chép đoạn “Tăng cường chỉ đạo, điều hành cải cách hành chính”"');
    expect(calls.at(-1)).toEqual(NO_SELECTION);
  });

  it("leaves optional paragraphs unticked and explains them", () => {
    const html = render(props);
    const ticked = boxes(html);
    expect(ticked.get("Bố trí kinh phí trang thiết bị")).toBe(false);
    expect(ticked.get("Xây dựng Đề án sắp xếp đơn vị sự nghiệp công lập")).toBe(false);
    expect(ticked.get("Tăng cường chỉ đạo, điều hành cải cách hành chính")).toBe(true);
    expect(ticked.get("Khắc phục trễ hạn, thư xin lỗi theo Nghị định 118/2025/NĐ-CP")).toBe(true);
    expect(html).toContain("Đoạn tùy chọn, đánh dấu để đưa vào.");
    expect(html).toContain("Gợi ý: báo cáo chưa nêu số đơn vị sự nghiệp công lập");
  });

  it("starts from the selection stored for the commune: its ticked paragraphs drafted, its unticked ones offered back", () => {
    const stored = { ticked: ["an-toan-thong-tin"], unticked: ["khac-phuc-tre-han"] };
    const html = render({
      ...props,
      communes: [
        { key: "a", name: "Thử Một", selection: stored },
        { key: "b", name: "Thử Hai" },
      ],
    });
    expect(calls.at(-1)).toEqual(stored);
    const ticked = boxes(html);
    expect(ticked.get("An toàn thông tin, không dùng phần mềm điều khiển từ xa")).toBe(true);
    expect(ticked.get("Khắc phục trễ hạn, thư xin lỗi theo Nghị định 118/2025/NĐ-CP")).toBe(false);
    expect(html).toContain("Cán bộ đã bỏ chọn đoạn này; theo số liệu: có 04 hồ sơ giải quyết quá hạn");
    expect(html).toContain("Lý do: do cán bộ chọn");
  });

  it("shows the commune's name instead of a select when there is one, and a message when there is none", () => {
    const one = render({ ...props, communes: [{ key: "b", name: "Thử Hai" }] });
    expect(one).not.toContain("<select");
    expect(one).toContain("Xã Thử Hai");
    expect(render({ ...props, communes: [] })).toContain("Chưa có số liệu xã nào");
  });
});
