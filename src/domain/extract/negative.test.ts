/** Figures that are not fields: a document number, a date, a count of something else must never be taken. */
import { FIELD_IDS, type FieldId } from "../record/fields";
import { extractReport } from "./extractReport";

function stated(text: string): Partial<Record<FieldId, unknown>> {
  const { fields } = extractReport(text);
  return Object.fromEntries(FIELD_IDS.flatMap((id) => (fields[id] === null ? [] : [[id, fields[id]]])));
}

describe("figures that must not become fields", () => {
  it.each([
    ["a document number after a dossier keyword", "Tiếp nhận hồ sơ theo Quyết định số 1071/QĐ-UBND ngày 07/8/2025."],
    ["a decree number and year", "giải quyết theo Nghị định 118/2025/NĐ-CP ngày 09/6/2025."],
    ["a date after 'tiếp nhận'", "Đã tiếp nhận ngày 07/10/2025."],
    ["a year after 'giải quyết'", "Kết quả giải quyết thủ tục hành chính năm 2025"],
    ["computers", "xã được trang bị 49 máy vi tính, 30 máy in, 04 máy scan; 100% máy tính được kết nối mạng."],
    ["villages", "hỗ trợ tiếp nhận hồ sơ tại 12 thôn, làng trên địa bàn."],
    ["broadcasts", "tuyên truyền bằng hệ thống đài truyền thanh 02 buổi, 05 tin trên Cổng thông tin điện tử."],
    ["people reached", "thu hút hơn 5.000 lượt người tham gia tiếp nhận thông tin."],
    ["articles and documents", "tổ chức 19 buổi tuyên truyền với 665 người tham gia và cấp phát 570 bộ tài liệu."],
    ["a percentage of computers", "100% máy tính được cài phần mềm diệt virus, đạt 100%."],
    ["a percentage of units", "100% các đơn vị sự nghiệp công lập của xã thực hiện quyền tự chủ."],
    ["agencies that are not units", "đã có 06 cơ quan chuyên môn đã thực hiện quyền tự chủ."],
    ["officials trained", "cử 30 công chức tham gia bồi dưỡng."],
    ["a term of office", "nhiệm kỳ 2021 - 2026"],
    ["a target without figures", "đảm bảo đạt tỷ lệ 100% tổ chức được cấp định danh điện tử."],
    ["a fraction without its subject", "đạt 3/4 nhiệm vụ."],
    ["indicators of another programme", "hoàn thành 18/19 tiêu chí nông thôn mới."],
  ])("%s", (_label, text) => {
    expect(stated(text)).toEqual({});
  });

  it("takes the dossier count, not the document number, from a mixed sentence", () => {
    const fields = extractReport("Theo Kế hoạch số 54/KH-UBND ngày 15/9/2025, đã tiếp nhận 17 hồ sơ.").fields;
    expect(fields.received).toBe(17);
  });

  it("does not read a document's date as the deadline or period", () => {
    const fields = extractReport("Căn cứ Quyết định số 85/QĐ-VPUBND ngày 25/9/2025 và Thông báo số 02/TB-ĐKT ngày 26/9/2025.").fields;
    expect(fields.periodStart).toBeNull();
    expect(fields.remediationDeadline).toBeNull();
  });
});
