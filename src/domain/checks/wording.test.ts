import { emptyRecord } from "../record/fields";
import { fillTemplate, formatFieldValue, listInVietnamese } from "./wording";

describe("message wording", () => {
  const record = { ...emptyRecord(), received: 1500, pending: 7, onTimeRateStated: 97.09, periodEnd: "2025-09-30", carriedOver: 0 };

  it("writes figures the Vietnamese way by their kind", () => {
    expect(formatFieldValue(record, "received")).toBe("1.500");
    expect(formatFieldValue(record, "pending")).toBe("07");
    expect(formatFieldValue(record, "onTimeRateStated")).toBe("97,09%");
    expect(formatFieldValue(record, "periodEnd")).toBe("30/09/2025");
    expect(formatFieldValue(record, "resolved")).toBeUndefined();
  });

  it("fills placeholders and keeps a section only when its figure is stated and not zero", () => {
    const template =
      "Tiếp nhận {received}[pending: , đang giải quyết {pending}][carriedOver: , chuyển qua {carriedOver}][withdrawn: , rút {withdrawn}] ({note}).";
    expect(fillTemplate(template, record, { note: "ghi chú" })).toBe("Tiếp nhận 1.500, đang giải quyết 07 (ghi chú).");
  });

  it("lists nouns with a final “và”", () => {
    expect(listInVietnamese(["a"])).toBe("a");
    expect(listInVietnamese(["a", "b", "c"])).toBe("a, b và c");
  });
});
