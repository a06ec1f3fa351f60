import { extractReport } from "../extractReport";

describe("staffing", () => {
  it("reads quotas", () => {
    expect(extractReport("xã được giao 45 biên chế công chức, 234 biên chế viên chức.").fields).toMatchObject({
      civilServantQuota: 45, publicEmployeeQuota: 234, civilServantPresent: null, publicEmployeePresent: null,
    });
  });

  it("reads in-post/quota pairs and 'có mặt N'", () => {
    expect(extractReport("có mặt 32/50 biên chế công chức, 236/333 biên chế viên chức.").fields).toMatchObject({
      civilServantPresent: 32, civilServantQuota: 50, publicEmployeePresent: 236, publicEmployeeQuota: 333,
    });
    expect(extractReport("hiện có 30 biên chế công chức").fields).toMatchObject({ civilServantPresent: 30, civilServantQuota: null });
  });

  it("reads the OCR'd form", () => {
    expect(extractReport("Quan 1y, sir dung bién ché: 67 bién ché cong chic, 251/272 bién ché vién\nchuec.").fields).toMatchObject({
      civilServantQuota: 67, publicEmployeePresent: 251, publicEmployeeQuota: 272,
    });
  });
});
