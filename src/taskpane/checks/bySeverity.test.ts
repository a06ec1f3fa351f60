import type { Finding, Severity } from "../../domain/checks/finding";
import { bySeverity, severitySummary } from "./bySeverity";

const finding = (rule: string, severity: Severity): Finding => ({
  rule,
  kind: "balance",
  severity,
  fields: [],
  message: `Thông điệp ${rule}`,
  suggestion: "",
});

describe("bySeverity", () => {
  it("puts errors first, then warnings, then information, keeping rule order inside a group", () => {
    const findings = [finding("a", "thông tin"), finding("b", "lỗi"), finding("c", "cảnh báo"), finding("d", "lỗi")];
    expect(bySeverity(findings).map((g) => [g.severity, g.findings.map((f) => f.rule)])).toEqual([
      ["lỗi", ["b", "d"]],
      ["cảnh báo", ["c"]],
      ["thông tin", ["a"]],
    ]);
  });

  it("leaves out empty groups", () => {
    expect(bySeverity([finding("a", "cảnh báo")]).map((g) => g.severity)).toEqual(["cảnh báo"]);
    expect(bySeverity([])).toEqual([]);
  });
});

describe("severitySummary", () => {
  it("counts per severity in the Vietnamese number style", () => {
    expect(severitySummary([finding("a", "lỗi"), finding("b", "lỗi"), finding("c", "thông tin")])).toBe("2 lỗi, 1 thông tin");
    expect(severitySummary([])).toBe("không có sai sót");
  });
});
