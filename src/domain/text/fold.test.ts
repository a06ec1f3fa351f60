import { foldKey, foldText } from "./fold";

describe("foldText", () => {
  it("drops diacritics and case, maps đ to d, keeps the length", () => {
    const text = "Tiếp nhận ĐÚNG HẠN, Đề án 06";
    const folded = foldText(text);
    expect(folded).toBe("tiep nhan dung han, de an 06");
    expect(folded).toHaveLength(text.length);
  });

  it("turns line breaks and other spacing into spaces one for one", () => {
    expect(foldText("hồ\r\nsơ\tmới\u00a0x")).toBe("ho  so moi x");
  });

  it("reads the OCR stand-ins for ê and ệ as e", () => {
    expect(foldText("ti€p ty 1¢")).toBe("tiep ty 1e");
  });

  it("folds a name to its matching key", () => {
    expect(foldKey("  Bờ   Ngoong ")).toBe("bo ngoong");
    expect(foldKey("AL Bá")).toBe(foldKey("Al Bá"));
  });
});
