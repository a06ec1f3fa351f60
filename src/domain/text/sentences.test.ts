import fc from "fast-check";
import { SentenceIndex } from "./sentences";

describe("SentenceIndex", () => {
  const text = "- Đã tiếp nhận 1.500 hồ sơ,\ntrong đó trực tuyến 900 hồ sơ. Đang giải quyết 134; xong.\n- Dòng mới 5 tin.";
  const sentences = new SentenceIndex(text);

  it("keeps a wrapped sentence whole and does not stop at the point of 1.500", () => {
    expect(sentences.at(text.indexOf("900"))).toBe("- Đã tiếp nhận 1.500 hồ sơ, trong đó trực tuyến 900 hồ sơ.");
  });

  it("stops at a semicolon and at a new bullet line", () => {
    expect(sentences.at(text.indexOf("134"))).toBe("Đang giải quyết 134;");
    expect(sentences.at(text.indexOf("5 tin"))).toBe("- Dòng mới 5 tin.");
  });

  it("looks no further than its reach", () => {
    const long = "a".repeat(1000);
    expect(new SentenceIndex(long).bounds(500, 100)).toEqual({ start: 400, end: 601 });
  });

  it("always gives bounds around the index, inside the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 50 }), (raw, at, reach) => {
        const index = raw.length === 0 ? 0 : at % raw.length;
        const { start, end } = new SentenceIndex(raw).bounds(index, reach);
        expect(start).toBeGreaterThanOrEqual(Math.max(0, index - reach));
        expect(start).toBeLessThanOrEqual(index);
        expect(end).toBeGreaterThan(Math.min(index, raw.length - 1));
        expect(end).toBeLessThanOrEqual(Math.min(raw.length, index + reach + 1));
      }),
    );
  });
});
