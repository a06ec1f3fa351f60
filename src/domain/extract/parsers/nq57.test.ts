import { extractReport } from "../extractReport";

describe("Resolution 57 indicators", () => {
  it("reads done/total and counts the numbered items listed as not done", () => {
    const text =
      "- Đã cập nhật hoàn thành 89/92 chỉ tiêu cấp xã trên Hệ thống giám sát việc thực hiện Nghị quyết số 57-NQ/TW. còn 03 tiêu chí chưa hoàn thành gồm:\n" +
      "+ Khối HĐND: (3) Ngân sách …; (12) Phối hợp kiểm tra …\n+ Khối MTTQ: (5) Ứng dụng CNTT …\n" +
      "9. Tình hình thực hiện Đề án 06\n- (1) không tính.";
    expect(extractReport(text).fields).toMatchObject({ nq57Completed: 89, nq57Total: 92, nq57IncompleteListed: 3 });
  });

  it("gives 0 listed when all are done, null when nothing is stated", () => {
    expect(extractReport("hoàn thành 92/92 chỉ tiêu Nghị quyết 57 (nq57.vn)").fields.nq57IncompleteListed).toBe(0);
    expect(extractReport("Không có nội dung.").fields.nq57IncompleteListed).toBeNull();
    // Some indicators not done but none listed: how many are listed is not stated, so no balance can be checked.
    const unlisted = extractReport("Đã cập nhật hoàn thành 80/92 chỉ tiêu Nghị quyết 57 (nq57.vn).\n5. Cải cách chế độ công vụ").fields;
    expect(unlisted).toMatchObject({ nq57Completed: 80, nq57Total: 92, nq57IncompleteListed: null });
  });

  it("needs Resolution 57 in the sentence", () => {
    expect(extractReport("hoàn thành 18/19 tiêu chí nông thôn mới.").fields.nq57Completed).toBeNull();
  });
});

describe("indicators listed as not done, read through OCR", () => {
  it("leaves the count unstated when the list holds fewer items than the report says remain", () => {
    const text =
      "Đã cập nhật hoàn thành 88/92 chỉ tiêu trên Hệ thống giám sát Nghị quyết số 57-NQ/TW (nq57.vn). Còn 04 tiêu chí chưa hoàn thành gồm: (8) Ngân sách; (16) Phối hợp kiểm tra; Khối MTTQ: 1 7) Cập nhật.\n3. Nội dung khác";
    expect(extractReport(text).fields).toMatchObject({ nq57Completed: 88, nq57Total: 92, nq57IncompleteListed: null });
  });

  it("counts the list when it holds as many items as the report says remain", () => {
    const text =
      "Đã cập nhật hoàn thành 90/92 chỉ tiêu trên Hệ thống giám sát Nghị quyết số 57-NQ/TW (nq57.vn). Còn 02 tiêu chí chưa hoàn thành gồm: (8) Ngân sách; (16) Phối hợp kiểm tra.\n3. Nội dung khác";
    expect(extractReport(text).fields.nq57IncompleteListed).toBe(2);
  });
});
