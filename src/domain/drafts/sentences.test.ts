import fc from "fast-check";
import type { Finding } from "../checks/finding";
import { type CommuneRecord, FIELDS, emptyRecord } from "../record/fields";
import { figureSentences } from "./sentences";

function record(values: Partial<CommuneRecord>): CommuneRecord {
  return { ...emptyRecord(), ...values };
}

const full = record({
  periodStart: "2025-07-01",
  periodEnd: "2025-10-06",
  received: 1300,
  receivedOnline: 600,
  receivedDirect: 700,
  carriedOver: 5,
  resolved: 1200,
  resolvedOnTime: 1150,
  resolvedLate: 50,
  pending: 100,
  pendingOverdue: 2,
  civilServantQuota: 40,
  civilServantPresent: 35,
  publicEmployeeQuota: 300,
  publicEmployeePresent: 250,
  nq57Completed: 90,
  nq57Total: 92,
  vneidActivated: 12000,
  vneidTotal: 20000,
  orgEidIssued: 18,
  orgEidTotal: 20,
});

const text = (r: CommuneRecord, findings: readonly Finding[] = []) =>
  Object.fromEntries(figureSentences(r, findings).sentences.map((s) => [s.id, s.text]));

describe("figureSentences", () => {
  it("writes every sentence of section I with recomputed percentages in Vietnamese format", () => {
    expect(text(full)).toEqual({
      "tiep-nhan-ho-so":
        "Từ ngày 01/07/2025 đến ngày 06/10/2025, Trung tâm Phục vụ hành chính công xã đã tiếp nhận tổng số 1.300 hồ sơ, trong đó trực tuyến 600 hồ sơ chiếm 46,2%, trực tiếp và qua dịch vụ bưu chính công ích 700 hồ sơ chiếm 53,8%; 05 hồ sơ từ kỳ trước chuyển qua.",
      "giai-quyet-ho-so":
        "Đã giải quyết 1.200 hồ sơ, trong đó giải quyết trước hạn và đúng hạn 1.150 hồ sơ đạt tỷ lệ 95,83%, giải quyết quá hạn 50 hồ sơ chiếm tỷ lệ 4,17%; đang giải quyết 100 hồ sơ (trong đó 02 hồ sơ quá hạn).",
      "nghi-quyet-57":
        "Đã cập nhật hoàn thành 90/92 chỉ tiêu cấp xã, phường trên Hệ thống thông tin giám sát, đánh giá việc thực hiện Nghị quyết số 57-NQ/TW (tại địa chỉ: nq57.vn), còn 02 chỉ tiêu chưa hoàn thành.",
      vneid: "Việc thu nhận và kích hoạt tài khoản định danh điện tử mức độ 2 đạt: 12.000/20.000 tài khoản, đạt 60%.",
      "dinh-danh-to-chuc": "Tỷ lệ cấp tài khoản định danh điện tử cho tổ chức: 18/20 cơ quan, doanh nghiệp, tổ chức trên địa bàn, đạt 90%.",
      "bien-che":
        "Quản lý, sử dụng biên chế: được giao 40 biên chế công chức, có mặt 35/40 biên chế công chức; 300 biên chế viên chức, có mặt 250/300 biên chế viên chức.",
    });
  });

  it("writes nothing for an empty record", () => {
    expect(figureSentences(emptyRecord(), [])).toEqual({ sentences: [], notes: [] });
  });

  it("writes only what is stated: no share without its whole, the stated rate without counts", () => {
    expect(text(record({ receivedOnline: 30, receivedDirect: 5 }))["tiep-nhan-ho-so"]).toBe(
      "Trung tâm Phục vụ hành chính công xã đã tiếp nhận trực tuyến 30 hồ sơ, trực tiếp và qua dịch vụ bưu chính công ích 05 hồ sơ.",
    );
    expect(text(record({ pending: 3 }))["giai-quyet-ho-so"]).toBe("Đang giải quyết 03 hồ sơ.");
    expect(text(record({ vneidRateStated: 86.6 })).vneid).toBe(
      "Việc thu nhận và kích hoạt tài khoản định danh điện tử mức độ 2 đạt: 86,6%.",
    );
    expect(text(record({ civilServantQuota: 45, publicEmployeeQuota: 234 }))["bien-che"]).toBe(
      "Quản lý, sử dụng biên chế: được giao 45 biên chế công chức; 234 biên chế viên chức.",
    );
  });

  it("uses the recomputed share where the stated one was flagged, and says so", () => {
    const flagged = record({ received: 1222, receivedOnline: 577, receivedDirect: 645, directShareStated: 52.7 });
    const finding: Finding = {
      rule: "stated-percent-directShare",
      kind: "stated-percent",
      severity: "lỗi",
      fields: ["directShareStated"],
      message: "Tỷ lệ khác.",
      suggestion: "",
    };
    const { sentences, notes } = figureSentences(flagged, [finding]);
    expect(sentences[0]?.text).toContain("645 hồ sơ chiếm 52,8%");
    expect(notes).toEqual(["Câu dự thảo nêu tỷ lệ hồ sơ trực tiếp 52,8%, tính lại từ 645/1.222 hồ sơ; báo cáo nêu 52,7%."]);
  });

  it("keeps counts a finding doubts, drops an impossible percentage and notes it", () => {
    const exceeding = record({ orgEidIssued: 23, orgEidTotal: 22 });
    const finding: Finding = {
      rule: "exceeds-orgEidIssued",
      kind: "exceeds",
      severity: "lỗi",
      fields: ["orgEidIssued", "orgEidTotal"],
      message: "Số tổ chức đã cấp lớn hơn tổng số.",
      suggestion: "",
    };
    const { sentences, notes } = figureSentences(exceeding, [finding]);
    expect(sentences[0]?.text).toBe(
      "Tỷ lệ cấp tài khoản định danh điện tử cho tổ chức: 23/22 cơ quan, doanh nghiệp, tổ chức trên địa bàn.",
    );
    expect(notes[0]).toContain("không nêu tỷ lệ vượt 100%; cần kiểm tra: Số tổ chức đã cấp lớn hơn tổng số.");
  });

  it("gives one note per doubted finding, naming every sentence that keeps its figures", () => {
    const finding: Finding = {
      rule: "balance-processing",
      kind: "balance",
      severity: "lỗi",
      fields: ["received", "resolved", "pending"],
      message: "Không cân đối.",
      suggestion: "",
    };
    expect(figureSentences(full, [finding]).notes).toEqual([
      "Câu về tiếp nhận hồ sơ, giải quyết hồ sơ giữ nguyên số liệu báo cáo nêu; cần kiểm tra: Không cân đối.",
    ]);
    expect(figureSentences(record({ nq57Completed: 1, nq57Total: 2 }), [finding]).notes).toEqual([]);
  });

  it("never writes null, undefined, NaN or Infinity, whatever the record states", () => {
    const value = fc.oneof(fc.constant(null), fc.nat({ max: 30000 }), fc.constant(0));
    const counts = FIELDS.filter((f) => f.kind === "count" || f.kind === "percent").map((f) => f.id);
    fc.assert(
      fc.property(fc.tuple(...counts.map(() => value)), (values) => {
        const r = record(Object.fromEntries(counts.map((id, i) => [id, values[i] ?? null])));
        const { sentences, notes } = figureSentences(r, []);
        for (const s of [...sentences.map((x) => x.text), ...notes]) {
          expect(s).not.toMatch(/null|undefined|NaN|Infinity/);
          expect(s.endsWith(".")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
