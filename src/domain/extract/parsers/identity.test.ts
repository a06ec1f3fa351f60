import { extractReport } from "../extractReport";

describe("electronic identification", () => {
  it("reads residents' VNeID accounts with the rate after the pair", () => {
    const text = "- Việc thu nhận và kích hoạt tài khoản định danh điện tử mức độ 2 là đạt: 9722/10.879 tài khoản đạt 89,4%.";
    expect(extractReport(text).fields).toMatchObject({
      vneidActivated: 9722,
      vneidTotal: 10879,
      vneidRateStated: 89.4,
      orgEidIssued: null,
    });
  });

  it("reads the rate stated before the pair", () => {
    const text = "- Viéc thu nhan va kich hoat tai khoan dinh danh dién t&r mic d6 2 dat: 75,5%, tuong duong 1.510/2.000 truong hop.";
    expect(extractReport(text).fields).toMatchObject({ vneidActivated: 1510, vneidTotal: 2000, vneidRateStated: 75.5 });
  });

  it("tells organisations' accounts apart", () => {
    const text = "Tỷ lệ cấp tài khoản định danh điện tử cho tổ chức 18/20 cơ quan, doanh nghiệp, tổ chức trên địa bàn, đạt 90%.";
    expect(extractReport(text).fields).toMatchObject({ orgEidIssued: 18, orgEidTotal: 20, orgEidRateStated: 90, vneidActivated: null });
  });

  it("reads a pair written before its keyword", () => {
    const orgs = "- Có 41/45 tổ chức đã được cấp tài khoản định danh điện tử, đạt 91,1%.";
    expect(extractReport(orgs).fields).toMatchObject({ orgEidIssued: 41, orgEidTotal: 45, orgEidRateStated: 91.1, vneidActivated: null });
    const people = "- Có 12.040/15.000 người dân đã kích hoạt tài khoản định danh điện tử mức độ 2, đạt 80,27%.";
    expect(extractReport(people).fields).toMatchObject({
      vneidActivated: 12040,
      vneidTotal: 15000,
      vneidRateStated: 80.27,
      orgEidIssued: null,
    });
  });

  it("does not take a pair far from any identification keyword", () => {
    const text =
      "- Hoàn thành 18/20 nhiệm vụ của kế hoạch năm, tổ chức nhiều hoạt động tuyên truyền về chuyển đổi số và cải cách hành chính tại các thôn, làng, tổ dân phố; hướng dẫn người dân cài đặt định danh điện tử.";
    expect(extractReport(text).fields).toMatchObject({ orgEidIssued: null, vneidActivated: null });
    const villages = "- Có 3/5 thôn, làng đã hướng dẫn người dân kích hoạt định danh điện tử.";
    expect(extractReport(villages).fields).toMatchObject({ orgEidIssued: null, vneidActivated: null });
  });

  it("takes no rate from a target without figures", () => {
    expect(extractReport("rà soát, kích hoạt tài khoản VNeID, đảm bảo đạt tỷ lệ 100%.").fields.vneidRateStated).toBeNull();
  });
});

describe("electronic identification in other wordings", () => {
  it.each([
    [
      "Số tài khoản định danh điện tử mức độ 2 đã kích hoạt là 9.214 trên tổng số 11.760 công dân thuộc diện cấp, chiếm tỷ lệ 78,35%.",
      { vneidActivated: 9214, vneidTotal: 11760, vneidRateStated: 78.35 },
    ],
    [
      "Toàn phường đã kích hoạt 38.204 tài khoản định danh điện tử mức độ 2 trên tổng số 41.672 công dân đủ điều kiện, đạt 91,68%.",
      { vneidActivated: 38204, vneidTotal: 41672, vneidRateStated: 91.68 },
    ],
    [
      "Tài khoản định danh điện tử tổ chức: đã cấp cho 204 tổ chức trên tổng số 237 tổ chức, đạt 86,08%.",
      { orgEidIssued: 204, orgEidTotal: 237, orgEidRateStated: 86.08, vneidActivated: null },
    ],
  ])("%s", (text, expected) => {
    expect(extractReport(text).fields).toMatchObject(expected);
  });

  it("does not take the level of the accounts for a count", () => {
    expect(extractReport("Kích hoạt tài khoản định danh điện tử mức độ 2/12.000 công dân.").fields.vneidActivated).toBeNull();
  });

  it("keeps a rate stated without counts, for residents and for organisations", () => {
    const fields = extractReport(
      "Tỷ lệ kích hoạt tài khoản định danh điện tử mức độ 2 đạt 93,4%. Tỷ lệ cấp tài khoản định danh điện tử cho tổ chức đạt 86,1%.",
    ).fields;
    expect(fields).toMatchObject({ vneidRateStated: 93.4, orgEidRateStated: 86.1, vneidActivated: null, orgEidIssued: null });
  });

  it("takes no rate from a goal of coverage", () => {
    expect(
      extractReport("cấp tài khoản định danh điện tử cho tổ chức, đạt tỷ lệ 100% tổ chức trên địa bàn.").fields.orgEidRateStated,
    ).toBeNull();
  });
});
