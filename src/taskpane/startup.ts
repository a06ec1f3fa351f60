/** What the pane tells staff as it opens, from what Office.js reported about where the pane runs. */
import { availabilityNotice, type FeatureAvailability } from "../excel/requirements";
import type { NoticeInput } from "../presentation/notice";

export type PaneHost =
  /** office.js did not load (no connection to Microsoft's CDN, or blocked by a proxy) */
  | { readonly kind: "no-office" }
  /** office.js loaded but the page is not inside Excel (opened straight in a browser) */
  | { readonly kind: "outside-excel" }
  | { readonly kind: "excel"; readonly availability: FeatureAvailability };

export function startupNotices(host: PaneHost): readonly NoticeInput[] {
  switch (host.kind) {
    case "no-office":
      return [
        {
          intent: "error",
          message:
            "Không tải được thư viện Office.js từ máy chủ của Microsoft nên ngăn chưa làm việc được với sổ tính. " +
            "Đề nghị kiểm tra kết nối Internet rồi đóng và mở lại ngăn.",
        },
      ];
    case "outside-excel":
      return [
        {
          intent: "warning",
          message:
            "Ngăn đang được mở ngoài Excel nên chưa ghi được vào sổ tính. Đề nghị mở từ nút “Mở ngăn kiểm tra” trên thẻ Home (Trang đầu) của Excel.",
        },
      ];
    case "excel": {
      const notice = availabilityNotice(host.availability);
      return notice ? [notice] : [];
    }
  }
}
