import { type CommuneRecord, emptyRecord } from "../record/fields";
import type { CitedDocument } from "../record/extraction";
import { CHECK_READING, findingsOf, runRules } from "./run";

const recordWith = (values: Partial<CommuneRecord>): CommuneRecord => ({ ...emptyRecord(), ...values });
const findings = (record: CommuneRecord, context = {}) => findingsOf(runRules(record, context));
const statusOf = (record: CommuneRecord, id: string, context = {}) => runRules(record, context).find((r) => r.rule.id === id)?.status;

describe("running the rules", () => {
  it("gives every rule a result and an empty record no finding", () => {
    const results = runRules(emptyRecord());
    expect(results.every((r) => r.status === "na")).toBe(true);
    expect(findingsOf(results)).toEqual([]);
  });

  it("exceeds: quotes the rate and absorbs the stated rate above 100%", () => {
    const found = findings(recordWith({ orgEidIssued: 23, orgEidTotal: 22, orgEidRateStated: 104.55 }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: "exceeds",
      severity: "lỗi",
      fields: ["orgEidIssued", "orgEidTotal"],
      message: "Số tổ chức được cấp tài khoản định danh điện tử (23) lớn hơn tổng số tổ chức (22), tỷ lệ 104,55% vượt 100%.",
      values: { orgEidIssued: 23, orgEidTotal: 22 },
    });
    expect(statusOf(recordWith({ orgEidIssued: 23, orgEidTotal: 22, orgEidRateStated: 104.55 }), "exceeds-orgEidRateStated")).toBe("fail");
  });

  it("exceeds: a stated rate above 100% alone is reported on its own", () => {
    const found = findings(recordWith({ vneidActivated: 90, vneidTotal: 80, vneidRateStated: 112.5 }));
    expect(found.map((f) => f.rule)).toEqual(["exceeds-vneidActivated"]);
    const alone = findings(recordWith({ vneidRateStated: 101.2 }));
    expect(alone.map((f) => [f.kind, f.fields])).toEqual([
      ["exceeds", ["vneidRateStated"]],
      ["missing", ["vneidRateStated"]],
    ]);
    expect(alone[0]?.message).toBe("Tỷ lệ kích hoạt tài khoản định danh điện tử nêu trong báo cáo là 101,2%, vượt 100%.");
  });

  it("balance: names the whole first, then the stated parts, and the figure that fixes it", () => {
    const record = recordWith({
      received: 300,
      receivedOnline: 100,
      receivedDirect: 200,
      resolved: 250,
      resolvedOnTime: 240,
      resolvedLate: 10,
      pending: 48,
    });
    const [finding, ...others] = findings(record);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      kind: "balance",
      fields: ["received", "resolved", "pending"],
      message: "Tổng số hồ sơ đã giải quyết (250) và đang giải quyết (48) là 298, không bằng số hồ sơ tiếp nhận (300).",
      suggestion: "Nếu số hồ sơ đang giải quyết là 50 thì các số liệu khớp nhau.",
      suspects: [["pending"]],
    });
  });

  it("balance: mentions withdrawn and carried-over dossiers when stated", () => {
    const [finding] = findings(recordWith({ received: 300, carriedOver: 4, resolved: 250, pending: 40, withdrawn: 2 }));
    expect(finding?.fields).toEqual(["received", "carriedOver", "resolved", "pending", "withdrawn"]);
    expect(finding?.message).toBe(
      "Tổng số hồ sơ đã giải quyết (250) và đang giải quyết (40), cộng 02 hồ sơ xin rút, là 292, không bằng số hồ sơ tiếp nhận (300), dù tính hay không tính 04 hồ sơ kỳ trước chuyển qua; không cộng số hồ sơ xin rút cũng không khớp.",
    );
  });

  it("stated percent: a plain mismatch is an error, a truncation a warning", () => {
    const counts = { received: 1000, receivedOnline: 472, receivedDirect: 528 };
    const [wrong] = findings(recordWith({ ...counts, directShareStated: 52.5 }));
    expect(wrong).toMatchObject({
      kind: "stated-percent",
      severity: "lỗi",
      fields: ["directShareStated"],
      message: "Tỷ lệ hồ sơ trực tiếp nêu trong báo cáo là 52,5%, nhưng 528/1.000 hồ sơ là 52,8%.",
      suggestion: "Nếu các số liệu đếm được là đúng thì tỷ lệ phải là 52,8%.",
    });
    const [cut] = findings(
      recordWith({ resolved: 1378, resolvedOnTime: 1338, resolvedLate: 40, onTimeRateStated: 97.09, lateRateStated: 2.9 }),
    );
    expect(cut).toMatchObject({ kind: "stated-percent", severity: "cảnh báo", fields: ["onTimeRateStated"] });
    expect(cut?.message).toContain("cắt bớt chữ số thập phân thay vì làm tròn (làm tròn đúng là 97,1%)");
  });

  it("stated shares that do not add up to 100% are reported once", () => {
    const sum = findings(recordWith({ onTimeRateStated: 95.2, lateRateStated: 5.8 }));
    expect(sum.map((f) => [f.rule, f.fields])).toEqual([
      ["stated-sum-resolution", ["onTimeRateStated", "lateRateStated"]],
      ["missing-onTimeRateStated", ["onTimeRateStated"]],
      ["missing-lateRateStated", ["lateRateStated"]],
    ]);
    expect(sum[0]?.message).toBe(
      "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn (95,2%) và tỷ lệ hồ sơ giải quyết quá hạn (5,8%) nêu trong báo cáo cộng lại là 101%, không bằng 100%.",
    );
    // The on-time share is checked against its counts and is wrong: the sum adds nothing.
    const once = findings(recordWith({ resolved: 1000, resolvedOnTime: 952, onTimeRateStated: 94.2, lateRateStated: 4.8 }));
    expect(once.filter((f) => f.kind === "stated-percent").map((f) => f.rule)).toEqual(["stated-percent-onTimeRate"]);
  });

  it("missing: only partial information, not every absent figure", () => {
    expect(findings(recordWith({ received: 100, civilServantQuota: 40, vneidTotal: 500 }))).toEqual([]);
    expect(statusOf(recordWith({ publicServiceUnits: 9 }), "missing-autonomousUnits")).toBe("na");
    expect(statusOf(recordWith({ autonomousUnits: 7, publicServiceUnits: 9 }), "missing-autonomousUnits")).toBe("pass");
    expect(statusOf(recordWith({ autonomousUnits: 7 }), "missing-autonomousUnits")).toBe("fail");
    const [finding] = findings(recordWith({ autonomousUnits: 7 }));
    expect(finding).toMatchObject({
      kind: "missing",
      severity: "thông tin",
      fields: ["autonomousUnits"],
      message:
        "Báo cáo nêu số đơn vị thực hiện tự chủ tài chính (07) nhưng không nêu số đơn vị sự nghiệp công lập, nên chưa đối chiếu được.",
    });
    const [rate] = findings(recordWith({ orgEidRateStated: 95, orgEidIssued: 19 }));
    expect(rate?.message).toBe(
      "Báo cáo nêu tỷ lệ tổ chức được cấp tài khoản định danh điện tử (95%) nhưng không nêu tổng số tổ chức, nên chưa kiểm tra được tỷ lệ này.",
    );
  });

  it("date: checks the period and the deadline against the notice date when it is known", () => {
    const record = recordWith({ periodStart: "2025-07-01", periodEnd: "2025-10-07", remediationDeadline: "2025-10-01" });
    expect(statusOf(record, "date-period-after-notice")).toBe("na");
    expect(findings(record)).toEqual([]);
    const late = findings(record, { noticeDate: "2025-10-05" });
    expect(late.map((f) => [f.rule, f.fields])).toEqual([
      ["date-period-after-notice", ["periodEnd"]],
      ["date-deadline-before-notice", ["remediationDeadline"]],
    ]);
    expect(late[0]?.message).toBe("Kỳ báo cáo kết thúc ngày 07/10/2025, sau ngày ban hành thông báo (05/10/2025).");
    expect(findings(recordWith({ periodStart: "2025-10-01", periodEnd: "2025-09-30" })).map((f) => f.rule)).toEqual(["date-period-order"]);
    expect(findings(record, { noticeDate: "2025-09-30" }).map((f) => f.rule)).toEqual(["date-period-after-notice"]);
  });

  it("numbering: needs the documents, then warns once per conflict", () => {
    const documents: CitedDocument[] = [
      { type: "QĐ", number: "85", issuer: "UBND", authority: null, date: "2025-09-25", index: 0, text: "" },
      { type: "QĐ", number: "85", issuer: "UBND", authority: null, date: "2025-08-25", index: 0, text: "" },
    ];
    expect(statusOf(emptyRecord(), "numbering-reuse")).toBe("na");
    expect(statusOf(emptyRecord(), "numbering-reuse", { documents: [] })).toBe("pass");
    const order = findings(emptyRecord(), { documents: [{ ...documents[0]!, number: "80" }, documents[1]!] });
    expect(order.map((f) => f.message)).toEqual([
      "Văn bản số 85/QĐ-UBND ngày 25/08/2025 có số lớn hơn nhưng ban hành trước văn bản số 80/QĐ-UBND ngày 25/09/2025 cùng loại, cùng cơ quan ban hành; đề nghị kiểm tra lại số hoặc ngày của một trong hai văn bản.",
    ]);
    const [finding] = findings(emptyRecord(), { documents });
    expect(finding).toMatchObject({ kind: "numbering", severity: "cảnh báo", fields: [] });
    expect(finding?.message).toBe(
      "Văn bản số 85/QĐ-UBND được dẫn với hai ngày ban hành khác nhau (25/09/2025 và 25/08/2025); đề nghị kiểm tra lại số hoặc ngày của văn bản.",
    );
  });
});

describe("the rate an exceeds message quotes", () => {
  it("is the ratio of the counts, not the rate the report states", () => {
    const found = findings(recordWith({ orgEidIssued: 30, orgEidTotal: 22, orgEidRateStated: 104.55 }));
    expect(found.find((f) => f.kind === "exceeds")?.message).toContain("tỷ lệ 136,36% vượt 100%");
  });
});

describe("a check resting on a figure read with low confidence", () => {
  const record = recordWith({ received: 1305, receivedOnline: 5, receivedDirect: 300 });

  it("warns that the reading must be checked, naming the figure, and is never an error", () => {
    const guardedFindings = findingsOf(runRules(record, { uncertain: ["receivedOnline"] }));
    expect(guardedFindings.map((f) => f.severity)).toEqual(["cảnh báo"]);
    expect(guardedFindings[0]?.message).toContain(`${CHECK_READING} (số hồ sơ tiếp nhận trực tuyến)`);
  });

  it("stays an error when the figures it rests on were read with confidence", () => {
    expect(findingsOf(runRules(record, { uncertain: ["withdrawn"] })).map((f) => f.severity)).toEqual(["lỗi"]);
  });
});
