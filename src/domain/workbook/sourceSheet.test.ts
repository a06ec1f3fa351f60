import { emptyRecord } from "../record/fields";
import { sourceRows } from "./sourceSheet";

describe("sourceRows", () => {
  it("shows where a table figure stands before its row, and a prose figure's sentence as it is", () => {
    const record = { ...emptyRecord(), commune: "Ia Hrung", received: 1078, receivedOnline: 548 };
    const rows = sourceRows({
      record,
      provenance: {
        received: { index: 10, text: "Trung tâm tiếp nhận mới 1.078 hồ sơ.", confidence: 1 },
        receivedOnline: {
          index: 900,
          text: "Tổng cộng ; 1.078 ; 548 ; 530",
          confidence: 1,
          location: "Bảng 1, dòng Tổng cộng, cột Số hồ sơ tiếp nhận › Trực tuyến",
        },
      },
      documents: [],
      noticeDate: null,
      source: "bao-cao.docx",
    });
    expect(rows.map((row) => row[4])).toEqual([
      "Trung tâm tiếp nhận mới 1.078 hồ sơ.",
      "Bảng 1, dòng Tổng cộng, cột Số hồ sơ tiếp nhận › Trực tuyến: Tổng cộng ; 1.078 ; 548 ; 530",
    ]);
  });
});
