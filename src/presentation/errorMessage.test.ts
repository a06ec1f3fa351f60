import { errorMessage } from "./errorMessage";

const officeError = (code: string, message = "English text from Excel") => Object.assign(new Error(message), { code });

describe("errorMessage", () => {
  it("explains Excel's common error codes in Vietnamese with what to do", () => {
    expect(errorMessage("Không tính lại được sổ tính", officeError("InvalidOperationInCellEditMode"))).toBe(
      "Không tính lại được sổ tính: Excel đang ở chế độ sửa ô. Đề nghị nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thực hiện lại.",
    );
    expect(errorMessage("Không ghi được", officeError("AccessDenied"))).toBe(
      "Không ghi được: sổ tính hoặc trang tính đang được bảo vệ, hoặc chỉ được mở để đọc.",
    );
    expect(errorMessage("Không ghi được", officeError("ApiNotFound"))).toContain("cập nhật Office");
  });

  it("keeps the message of an error it has no explanation for, without doubling the final period", () => {
    expect(errorMessage("Không đọc được tệp", new Error("tệp không phải .docx."))).toBe("Không đọc được tệp: tệp không phải .docx.");
    expect(errorMessage("Không đọc được tệp", officeError("SomeNewCode", "Something odd"))).toBe("Không đọc được tệp: Something odd.");
    expect(errorMessage("Không đọc được tệp", "hết bộ nhớ")).toBe("Không đọc được tệp: hết bộ nhớ.");
  });

  it("says when the pane runs without Excel, and when a part of it could not be downloaded", () => {
    expect(errorMessage("Không tính lại được sổ tính", new ReferenceError("Excel is not defined"))).toContain(
      "phần bổ trợ chưa được Excel nạp",
    );
    const chunk = Object.assign(new Error("Loading chunk 624 failed."), { name: "ChunkLoadError" });
    expect(errorMessage('Không hiển thị được phần "Dự thảo"', chunk)).toContain("không tải được phần mã");
  });

  it("still says something for values that carry no message", () => {
    expect(errorMessage("Không tính lại được sổ tính", undefined)).toBe("Không tính lại được sổ tính: lỗi không xác định.");
    expect(errorMessage("Không tính lại được sổ tính", { message: "  " })).toBe("Không tính lại được sổ tính: lỗi không xác định.");
  });
});
