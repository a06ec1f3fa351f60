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
