import { extractReport, parseContextOf } from "../extractReport";
import type { Candidate } from "../parser";
import { preferMainStatement } from "./mainStatement";

const at = (field: Candidate["field"], value: number, index: number, statement?: number): Candidate => ({
  field,
  value,
  index,
  confidence: 1,
  ...(statement === undefined ? {} : { statement }),
});

describe("preferMainStatement", () => {
  it("keeps a field's figure from the statement that states the most fields", () => {
    const out = preferMainStatement(
      [
        at("received", 2318, 10, 0),
        at("resolved", 2274, 30, 0),
        at("received", 1145, 200, 190),
        at("receivedOnline", 792, 220, 190),
        at("resolved", 1076, 260, 190),
      ],
      parseContextOf(""),
    );
    expect(out.map((c) => c.value)).toEqual([1145, 792, 1076]);
  });

  it("keeps a field that only a smaller statement states, and figures read from no statement", () => {
    const out = preferMainStatement(
      [at("withdrawn", 3, 10, 0), at("received", 1145, 200, 190), at("resolved", 1076, 260, 190), at("received", 9, 500)],
      parseContextOf(""),
    );
    expect(out.map((c) => c.value)).toEqual([3, 1145, 1076, 9]);
  });

  it("reads the report's figures past a passing mention of other dossiers", () => {
    const fields = extractReport(
      "Các xã cũ đã tiếp nhận 2.318 hồ sơ và giải quyết 2.274 hồ sơ. Trong kỳ, Trung tâm tiếp nhận tổng cộng 1.145 hồ sơ; trong đó trực tuyến 792 hồ sơ. Đã giải quyết 1.076 hồ sơ, trong đó trước hạn và đúng hạn 1.063 hồ sơ; trễ hạn 13 hồ sơ.",
    ).fields;
    expect(fields).toMatchObject({ received: 1145, receivedOnline: 792, resolved: 1076, resolvedOnTime: 1063, resolvedLate: 13 });
  });
});
