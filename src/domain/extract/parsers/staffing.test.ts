import { extractReport } from "../extractReport";

describe("staffing", () => {
  it("reads quotas", () => {
    expect(extractReport("xã được giao 45 biên chế công chức, 234 biên chế viên chức.").fields).toMatchObject({
      civilServantQuota: 45,
      publicEmployeeQuota: 234,
      civilServantPresent: null,
      publicEmployeePresent: null,
    });
  });

  it("reads in-post/quota pairs and 'có mặt N'", () => {
    expect(extractReport("có mặt 32/50 biên chế công chức, 236/333 biên chế viên chức.").fields).toMatchObject({
      civilServantPresent: 32,
      civilServantQuota: 50,
      publicEmployeePresent: 236,
      publicEmployeeQuota: 333,
    });
    expect(extractReport("hiện\ncó 30 biên chế công chức").fields).toMatchObject({ civilServantPresent: 30, civilServantQuota: null });
  });

  it("reads people in post counted without 'biên chế'", () => {
    expect(extractReport("được giao 38 biên chế công chức, hiện có 35 công chức; 156 biên chế viên chức.").fields).toMatchObject({
      civilServantQuota: 38,
      civilServantPresent: 35,
      publicEmployeeQuota: 156,
      publicEmployeePresent: null,
    });
    expect(extractReport("Hiện\ncó 58 công chức và 640 viên chức.").fields).toMatchObject({
      civilServantPresent: 58,
      publicEmployeePresent: 640,
    });
    expect(extractReport("cử 30 công chức tham gia bồi dưỡng.").fields.civilServantPresent).toBeNull();
    expect(extractReport("hiện có 12 công chức chưa đạt chuẩn theo quy định.").fields.civilServantPresent).toBeNull();
  });

  it("reads a quota written after its words", () => {
    expect(extractReport("Tổng số biên chế công chức được giao là 45 biên chế; hiện có 41 công chức.").fields).toMatchObject({
      civilServantQuota: 45,
      civilServantPresent: 41,
    });
    expect(extractReport("biên chế viên chức được giao: 236.").fields.publicEmployeeQuota).toBe(236);
  });

  it("reads the OCR'd form", () => {
    expect(extractReport("Quan 1y, sir dung bién ché: 67 bién ché cong chic, 251/272 bién ché vién\nchuec.").fields).toMatchObject({
      civilServantQuota: 67,
      publicEmployeePresent: 251,
      publicEmployeeQuota: 272,
    });
  });
});

describe("staffing in other wordings", () => {
  it.each([
    ["hiện có 58 công chức/60 biên chế được giao; viên chức: 241/256.", [58, 60, 241, 256]],
    ["Hiện có 37 công chức trên 40 biên chế được giao; viên chức: 211/226.", [37, 40, 211, 226]],
    ["hiện có mặt 41/38 công chức. Đối với viên chức: có mặt 187/204 biên chế viên chức được giao.", [41, 38, 187, 204]],
    [
      "Xã được giao 35 biên chế công chức, hiện có 33 công chức; các đơn vị có 96 viên chức/104 biên chế viên chức được giao.",
      [33, 35, 96, 104],
    ],
  ])("%s", (text, [civilPresent, civilQuota, publicPresent, publicQuota]) => {
    expect(extractReport(text).fields).toMatchObject({
      civilServantPresent: civilPresent,
      civilServantQuota: civilQuota,
      publicEmployeePresent: publicPresent,
      publicEmployeeQuota: publicQuota,
    });
  });

  it("does not read a month as a pair", () => {
    expect(extractReport("công chức: 12/2025 đã bồi dưỡng.").fields.civilServantQuota).toBeNull();
  });
});
