/**
 * Turns whatever an operation threw into one sentence staff can act on. Excel reports failures as
 * OfficeExtension.Error with an English code; the common codes get a Vietnamese explanation and a way out.
 */

const REASONS: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: "Excel đang ở chế độ sửa ô. Đề nghị nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thực hiện lại",
  AccessDenied: "sổ tính hoặc trang tính đang được bảo vệ, hoặc chỉ được mở để đọc",
  ItemNotFound: "không tìm thấy trang tính hoặc bảng cần dùng; có thể đã bị xóa hoặc đổi tên",
  ItemAlreadyExists: "đã có trang tính hoặc bảng trùng tên",
  ApiNotFound: "phiên bản Excel này chưa hỗ trợ thao tác cần thực hiện; đề nghị cập nhật Office hoặc dùng Excel trên web",
  NotImplemented: "phiên bản Excel này chưa hỗ trợ thao tác cần thực hiện; đề nghị cập nhật Office hoặc dùng Excel trên web",
  ActivityLimitReached: "Excel đang bận hoặc đã đạt giới hạn số thao tác; đề nghị chờ giây lát rồi thực hiện lại",
  RequestPayloadSizeLimitExceeded: "lượng dữ liệu gửi cho Excel một lần quá lớn; đề nghị chia nhỏ số hồ sơ nhập mỗi lần",
  ResponsePayloadSizeLimitExceeded: "lượng dữ liệu đọc từ Excel một lần quá lớn; đề nghị thu hẹp vùng dữ liệu",
};

const NOT_IN_EXCEL = "phần bổ trợ chưa được Excel nạp; đề nghị mở ngăn này từ nút “Mở ngăn kiểm tra” trên thẻ Home (Trang đầu) của Excel";

// A lazily loaded part of the pane could not be fetched from the add-in's server.
const CHUNK_NOT_LOADED =
  "không tải được phần mã tương ứng từ máy chủ của phần bổ trợ; đề nghị kiểm tra kết nối mạng rồi đóng và mở lại ngăn";

function reasonOf(error: unknown): string {
  if (error instanceof ReferenceError && /\b(Excel|Office)\b/.test(error.message)) return NOT_IN_EXCEL;
  if (typeof error === "object" && error !== null) {
    const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
    if (name === "ChunkLoadError") return CHUNK_NOT_LOADED;
    if (typeof code === "string" && REASONS[code]) return REASONS[code];
    if (typeof message === "string" && message.trim() !== "") return message.trim().replace(/[.。]+$/, "");
  }
  if (typeof error === "string" && error.trim() !== "") return error.trim();
  return "lỗi không xác định";
}

/** `failedTo` says what did not happen, e.g. "Không tính lại được sổ tính". */
export function errorMessage(failedTo: string, error: unknown): string {
  return `${failedTo}: ${reasonOf(error)}.`;
}
