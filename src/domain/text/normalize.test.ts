import fc from "fast-check";
import { normalizeForMatching } from "./normalize";

describe("normalizeForMatching", () => {
  it("is length-preserving on NFC text, so indices carry over", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (raw) => {
        const doc = normalizeForMatching(raw);
        expect(doc.folded).toHaveLength(doc.text.length);
      }),
    );
  });

  it("repairs the OCR confusions of scanned notices", () => {
    const doc = normalizeForMatching("S6 ho so ti€p nhén tryc tuyén; giai quyét 1.338 ho 50, dat ty 1€ 97,09%; thanh 1ap; x3 Binh");
    expect(doc.folded).toBe("so ho so tiep nhan truc tuyen; giai quyet 1.338 ho so, dat ty le 97,09%; thanh lap; xa binh");
    expect(doc.repairedIn(0, 2)).toBe(true);
    expect(doc.repairedIn(3, 8)).toBe(false);
  });

  it("reads 'ty 16' and 'ty 1e' as the 'tỷ lệ' OCR took apart, and leaves a figure before 'tỷ' alone", () => {
    expect(normalizeForMatching("ty 16 hé so tiép nhan; ty 1e truc tuyén").folded).toBe("ty le ho so tiep nhan; ty le truc tuyen");
    expect(normalizeForMatching("16 tỷ đồng").folded).toBe("16 ty dong");
  });

  it("reads a 'j' inside a word as the 'i' OCR took it for, and keeps a word-initial 'j'", () => {
    expect(normalizeForMatching("tai khoan djnh danh, kjch hoat, chinh trj; dan toc Jrai").folded).toBe(
      "tai khoan dinh danh, kich hoat, chinh tri; dan toc jrai",
    );
  });

  it("leaves real words next to a keyword alone ('thực' is not 'trực', 'tỉnh' is not 'định')", () => {
    expect(normalizeForMatching("thực hiện của UBND tỉnh").folded).toBe("thuc hien cua ubnd tinh");
    expect(normalizeForMatching("một phần, nhập, truy cập, cấp huyện, nghiên cứu").folded).toBe(
      "mot phan, nhap, truy cap, cap huyen, nghien cuu",
    );
  });

  it("blanks page numbers on a line of their own, so the sentence runs on", () => {
    const doc = normalizeForMatching("đã tiếp nhận\n- 2 -\n554 hồ sơ; Trang 3/7 dòng\nTrang 4\nhết");
    expect(doc.folded).toBe(`da tiep nhan${" ".repeat(7)}554 ho so; trang 3/7 dong${" ".repeat(9)}het`);
  });

  it("does not turn figures into letters", () => {
    expect(normalizeForMatching("ho 50 hồ sơ, 50 hồ sơ, 2025 và 57-NQ/TW, 1.222").folded).toBe(
      "ho so ho so, 50 ho so, 2025 va 57-nq/tw, 1.222",
    );
  });

  it("maps indices of a decomposed (NFD) text back to the text as given", () => {
    const original = "Tiếp nhận 554 hồ sơ".normalize("NFD");
    const doc = normalizeForMatching(original);
    const at = doc.folded.indexOf("554");
    expect(original.slice(doc.originalIndex(at), doc.originalIndex(at) + 3)).toBe("554");
    expect(doc.folded.startsWith("tiep nhan")).toBe(true);
  });
});

describe("OCR inside numbers", () => {
  it.each([
    ["tiếp nhận l05 hồ sơ", "tiep nhan 105 ho so"],
    ["trực tuyến I.2O0 hồ sơ", "truc tuyen 1.200 ho so"],
    ["tiếp nhận 1. 520 hồ sơ", "tiep nhan 1.520  ho so"],
    ["tiếp nhận 1.\n520 hồ sơ", "tiep nhan 1.520  ho so"],
    ["đạt 98,5°/o; chiếm 1,5 o/o.", "dat 98,5%  ; chiem 1,5 %  ."],
  ])("%s", (written, folded) => {
    const doc = normalizeForMatching(written);
    expect(doc.folded).toBe(folded);
    expect(doc.repairedIn(0, written.length)).toBe(true);
  });

  it("leaves words, numbered items and decimals alone", () => {
    expect(normalizeForMatching("lo lắng, ô tô\n2. 120 hồ sơ; 1.5 triệu").folded).toBe(
      "lo lang, o to\n2. 120 ho so; 1.5 trieu".replace("\n", " "),
    );
  });
});

describe("OCR inside words", () => {
  it("repairs 'giải quyết' with a letter of each word misread, only as the pair", () => {
    expect(normalizeForMatching("S6 h6 so gidi quyét 499 hé so").folded).toBe("so ho so giai quyet 499 ho so");
    expect(normalizeForMatching("xã Ia Grai").folded).toBe("xa ia grai");
  });
});

describe("keyword pairs with a letter misread", () => {
  it("repairs them only as pairs", () => {
    expect(normalizeForMatching("trwoc han; qué han; xin rnt; ding han").folded).toBe("truoc han; qua han; xin rut; dung han");
    expect(normalizeForMatching("xin lỗi; quê hương; đình làng").folded).toBe("xin loi; que huong; dinh lang");
  });
});
