import { checkExtraction } from "../../checks/checkExtraction";
import { extractReport, parseContextOf } from "../extractReport";
import type { Candidate } from "../parser";
import { lowerImplausible } from "./plausibility";

const at = (field: Candidate["field"], value: number, index: number): Candidate => ({ field, value, index, confidence: 1 });
const confidences = (candidates: Candidate[]): number[] => lowerImplausible(candidates, parseContextOf("")).map((c) => c.confidence);

describe("lowerImplausible", () => {
  it("lowers a one-digit part where the whole runs into thousands and the other part does not make it up", () => {
    expect(confidences([at("received", 1305, 0), at("receivedOnline", 5, 10), at("receivedDirect", 300, 20)])).toEqual([1, 0.4, 1]);
  });

  it("lowers a whole smaller than a tenth of its part", () => {
    expect(confidences([at("received", 1, 0), at("receivedOnline", 1005, 10)])).toEqual([0.4, 1]);
  });

  it("trusts a small part the others make up, and small figures that are usually small", () => {
    expect(
      confidences([
        at("received", 1205, 0),
        at("receivedOnline", 5, 10),
        at("receivedDirect", 1200, 20),
        at("resolved", 1100, 30),
        at("resolvedLate", 2, 40),
      ]),
    ).toEqual([1, 1, 1, 1, 1]);
  });

  it("turns the error a misread figure would raise into a warning to check the reading", () => {
    const extraction = extractReport("Đã tiếp nhận 1.305 hồ sơ, trong đó trực tuyến 5 hồ sơ, trực tiếp 300 hồ sơ.");
    const balance = checkExtraction(extraction).find((f) => f.kind === "balance");
    expect(balance?.severity).toBe("cảnh báo");
    expect(balance?.message).toContain("cần kiểm tra lại số liệu đọc từ báo cáo");
  });
});
