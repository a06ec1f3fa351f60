import { extractReport } from "../extractReport";

describe("commune name", () => {
  it("takes the official spelling of a listed name, whatever the casing in the text", () => {
    expect(extractReport("Kiểm tra tại xã IA GRAI. UBND xã Ia Grai báo cáo.").fields.commune).toBe("Ia Grai");
  });

  it("restores diacritics from the official list only, with one slip on a long name", () => {
    expect(extractReport("tai Uy ban nhan dan xa Hoai Nhon Bac").fields.commune).toBe("Hoài Nhơn Bắc");
    expect(extractReport("tai Uy ban nhan dan xa Hoai Nhonn Bac").fields.commune).toBe("Hoài Nhơn Bắc");
  });

  it("keeps a name outside the list as written, and never guesses", () => {
    expect(extractReport("Kết quả kiểm tra tại xã Sông Hinh năm 2025").fields.commune).toBe("Sông Hinh");
    expect(extractReport("xã hội chủ nghĩa").fields.commune).toBeNull();
  });

  it("takes the name cited most often", () => {
    expect(extractReport("phối hợp với xã Ia Le. Kiểm tra xã Ia Pa; UBND xã Ia Pa; xã Ia Pa").fields.commune).toBe("Ia Pa");
  });
});

describe("the commune a report is about", () => {
  it("is the issuer or addressee, not a commune mentioned in passing more often", () => {
    const text =
      "ỦY BAN NHÂN DÂN XÃ IA GRAI\nBÁO CÁO\nPhối hợp với xã Ia Pa, xã Ia Pa và xã Ia Pa tổ chức hội nghị. Ủy ban nhân dân xã Ia Grai báo cáo.";
    expect(extractReport(text).fields.commune).toBe("Ia Grai");
  });

  it("never takes an official name that only begins a longer one", () => {
    expect(extractReport("Kết quả kiểm tra tại xã An Nhơn Tây năm 2025").fields.commune).toBe("An Nhơn Tây");
    expect(extractReport("Kết quả kiểm tra tại xã An Nhon Bac năm 2025").fields.commune).toBe("An Nhơn Bắc");
    expect(extractReport("Kết quả kiểm tra tại phường An Nhơn.\nKiểm tra hồ sơ").fields.commune).toBe("An Nhơn");
  });

  it("says a text with no commune and no figure is not a commune's report", () => {
    expect(extractReport("Hôm nay trời đẹp, mọi người đi làm.").notRecognised).toMatch(/không được nhận dạng là báo cáo của xã, phường/);
    expect(extractReport("Kết quả kiểm tra tại xã Ia Grai").notRecognised).toBeUndefined();
    expect(extractReport("Đã tiếp nhận 17 hồ sơ.").notRecognised).toBeUndefined();
  });
});

describe("a name outside the list in OCR'd text", () => {
  it("writes a digit OCR put for a letter as that letter", () => {
    expect(extractReport("tai Uy ban nhan dan xa Ka D6: de nghi").fields.commune).toBe("Ka Do");
  });
});
