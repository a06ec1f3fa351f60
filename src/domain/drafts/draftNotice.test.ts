import fc from "fast-check";
import type { Finding } from "../checks/finding";
import { type CommuneRecord, FIELDS, emptyRecord } from "../record/fields";
import { DEFAULT_CATALOGUE } from "./catalogue";
import { type DraftOptions, draftNotice } from "./draftNotice";

function record(values: Partial<CommuneRecord>): CommuneRecord {
  return { ...emptyRecord(), ...values };
}

function finding(fields: Finding["fields"], severity: Finding["severity"] = "lỗi"): Finding {
  return { rule: "test", kind: "balance", severity, fields, message: "Số liệu không khớp.", suggestion: "" };
}

const ids = (r: CommuneRecord, findings: readonly Finding[] = [], options?: DraftOptions) =>
  draftNotice(r, findings, options).recommendations.map((p) => p.id);

const paragraph = (r: CommuneRecord, id: string, findings: readonly Finding[] = [], options?: DraftOptions) =>
  draftNotice(r, findings, options).recommendations.find((p) => p.id === id);

describe("draftNotice: paragraphs always present", () => {
  it("drafts the general, VNeID, staff database and closing paragraphs even for an empty record", () => {
    expect(ids(emptyRecord())).toEqual(["chi-dao-dieu-hanh", "tuyen-truyen-vneid", "co-so-du-lieu-can-bo", "bao-cao-khac-phuc"]);
  });

  it("writes the deadline into the closing paragraph", () => {
    const closing = paragraph(record({ remediationDeadline: "2026-01-20" }), "bao-cao-khac-phuc");
    expect(closing?.text).toContain("trước ngày 20/01/2026 để theo dõi");
    expect(closing?.reason).toContain("hạn báo cáo khắc phục 20/01/2026");
  });

  it("leaves a visible blank for a missing deadline and says so in the reason and the notes", () => {
    const draft = draftNotice(emptyRecord(), []);
    const closing = draft.recommendations.find((p) => p.id === "bao-cao-khac-phuc");
    expect(closing?.text).toContain("trước ngày …/…/… để theo dõi");
    expect(closing?.reason).toContain("chưa nêu hạn báo cáo khắc phục");
    expect(draft.notes.some((n) => n.includes("hạn báo cáo kết quả khắc phục"))).toBe(true);
  });

  it("puts the general paragraph first and the closing last, rules in notice order", () => {
    const full = record({
      resolvedLate: 3,
      nq57Completed: 80,
      nq57Total: 92,
      vneidActivated: 50,
      vneidTotal: 100,
      received: 100,
      receivedOnline: 10,
    });
    const order = DEFAULT_CATALOGUE.map((rule) => rule.id);
    const drafted = ids(full, [finding(["received"])]);
    expect(drafted[0]).toBe("chi-dao-dieu-hanh");
    expect(drafted[drafted.length - 1]).toBe("bao-cao-khac-phuc");
    expect([...drafted].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(drafted);
    expect(drafted).toHaveLength(8);
  });
});

describe("draftNotice: late dossiers", () => {
  it("asks for apology letters under Nghị định 118 when a dossier was resolved late", () => {
    const late = paragraph(record({ resolvedLate: 52 }), "khac-phuc-tre-han");
    expect(late?.text).toContain("thư xin lỗi");
    expect(late?.text).toContain("Nghị định 118/2025/NĐ-CP");
    expect(late?.reason).toContain("có 52 hồ sơ giải quyết quá hạn");
  });

  it("also reacts to pending dossiers already overdue", () => {
    expect(paragraph(record({ resolvedLate: 0, pendingOverdue: 1 }), "khac-phuc-tre-han")?.reason).toContain(
      "có 01 hồ sơ đang giải quyết quá hạn",
    );
    expect(paragraph(record({ resolvedLate: 16, pendingOverdue: 1 }), "khac-phuc-tre-han")?.reason).toContain(
      "có 16 hồ sơ giải quyết quá hạn và 01 hồ sơ đang giải quyết quá hạn",
    );
  });

  it("is not drafted when no dossier is late or the figure is not stated", () => {
    expect(ids(record({ resolvedLate: 0, pendingOverdue: 0 }))).not.toContain("khac-phuc-tre-han");
    expect(ids(emptyRecord())).not.toContain("khac-phuc-tre-han");
  });
});

describe("draftNotice: Resolution 57", () => {
  it("asks for 100% on nq57.vn when indicators are missing", () => {
    expect(paragraph(record({ nq57Completed: 88, nq57Total: 92 }), "hoan-thanh-nq57")?.reason).toBe(
      "mới hoàn thành 88/92 chỉ tiêu trên nq57.vn, còn 04 chỉ tiêu chưa hoàn thành",
    );
    expect(paragraph(record({ nq57IncompleteListed: 2 }), "hoan-thanh-nq57")?.reason).toContain("02 chỉ tiêu");
  });

  it("is not drafted when every indicator is done or nothing is stated", () => {
    expect(ids(record({ nq57Completed: 92, nq57Total: 92 }))).not.toContain("hoan-thanh-nq57");
    expect(ids(record({ nq57IncompleteListed: 0 }))).not.toContain("hoan-thanh-nq57");
  });
});

describe("draftNotice: VNeID activation", () => {
  const clause = "cấp tài khoản định danh điện tử cho tổ chức";

  it("asks the commune police to review village by village, with the organisation clause when organisations are not stated", () => {
    const vneid = paragraph(record({ vneidActivated: 619, vneidTotal: 1000 }), "kich-hoat-vneid");
    expect(vneid?.text).toContain("Công an xã chủ trì");
    expect(vneid?.text).toContain("theo từng thôn");
    expect(vneid?.text).toContain(clause);
    expect(vneid?.reason).toContain("tỷ lệ kích hoạt VNeID đạt 61,9%, chưa đạt 100%");
  });

  it("drops the organisation clause only when organisations are at exactly 100% and consistent", () => {
    const base = { vneidActivated: 9, vneidTotal: 10 };
    const complete = paragraph(record({ ...base, orgEidIssued: 22, orgEidTotal: 22 }), "kich-hoat-vneid");
    expect(complete?.text).not.toContain(clause);
    expect(complete?.text.endsWith("đảm bảo đạt tỷ lệ 100%.")).toBe(true);
    const flagged = paragraph(record({ ...base, orgEidIssued: 22, orgEidTotal: 22 }), "kich-hoat-vneid", [
      finding(["orgEidRateStated"], "cảnh báo"),
    ]);
    expect(flagged?.text).toContain(clause);
    const exceeding = paragraph(record({ ...base, orgEidIssued: 23, orgEidTotal: 22 }), "kich-hoat-vneid");
    expect(exceeding?.text).toContain(clause);
    expect(exceeding?.reason).toContain("23/22, vượt tổng số tổ chức");
    const short = paragraph(record({ ...base, orgEidIssued: 20, orgEidTotal: 25 }), "kich-hoat-vneid");
    expect(short?.reason).toContain("định danh tổ chức đạt 80%, chưa đạt 100%");
  });

  it("uses the stated rate when the counts are missing", () => {
    expect(paragraph(record({ vneidRateStated: 86.6 }), "kich-hoat-vneid")?.reason).toContain("86,6%");
    expect(ids(record({ vneidRateStated: 100 }))).not.toContain("kich-hoat-vneid");
  });

  it("is not drafted at 100% or without figures", () => {
    expect(ids(record({ vneidActivated: 10, vneidTotal: 10 }))).not.toContain("kich-hoat-vneid");
    expect(ids(emptyRecord())).not.toContain("kich-hoat-vneid");
  });
});

describe("draftNotice: online share", () => {
  const low = record({ received: 554, receivedOnline: 375 });

  it("pushes online public services below the default 90% threshold", () => {
    expect(paragraph(low, "dich-vu-cong-truc-tuyen")?.reason).toBe("tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 67,7%, dưới ngưỡng 90%");
    expect(ids(record({ received: 1440, receivedOnline: 1439 }))).not.toContain("dich-vu-cong-truc-tuyen");
    expect(ids(record({ received: 10, receivedOnline: 9 }))).not.toContain("dich-vu-cong-truc-tuyen");
  });

  it("follows the threshold setting", () => {
    expect(ids(low, [], { onlineThreshold: 0.6 })).not.toContain("dich-vu-cong-truc-tuyen");
    expect(ids(record({ received: 1440, receivedOnline: 1439 }), [], { onlineThreshold: 1 })).toContain("dich-vu-cong-truc-tuyen");
  });

  it("rejects an impossible threshold with a message and keeps the default", () => {
    const draft = draftNotice(low, [], { onlineThreshold: 90 });
    expect(draft.notes[0]).toContain("Ngưỡng tỷ lệ trực tuyến “90” không hợp lệ");
    expect(draft.recommendations.map((p) => p.id)).toContain("dich-vu-cong-truc-tuyen");
  });
});

describe("draftNotice: figures found wrong", () => {
  it("asks in the closing paragraph to check and correct the figures of findings of severity lỗi, naming them", () => {
    const closing = paragraph(emptyRecord(), "bao-cao-khac-phuc", [finding(["received", "resolved", "pending"])]);
    expect(closing?.text).toContain(
      "các biện pháp khắc phục, đồng thời rà soát, chỉnh sửa các số liệu chưa thống nhất (hồ sơ tiếp nhận, đã giải quyết, đang giải quyết) và báo cáo",
    );
    expect(closing?.reason).toContain("có 01 phát hiện mức lỗi");
  });

  it("leaves warnings and information out", () => {
    const closing = paragraph(emptyRecord(), "bao-cao-khac-phuc", [finding(["received"], "cảnh báo"), finding(["pending"], "thông tin")]);
    expect(closing?.text).toContain("các biện pháp khắc phục và báo cáo kết quả");
    expect(closing?.reason).not.toContain("lỗi");
  });
});

describe("draftNotice: optional paragraphs", () => {
  const optional = DEFAULT_CATALOGUE.filter((rule) => rule.optional).map((rule) => rule.id);

  it("drafts none unless ticked, and offers them unticked", () => {
    const draft = draftNotice(emptyRecord(), []);
    expect(optional).toHaveLength(4);
    for (const id of optional) {
      expect(draft.recommendations.map((p) => p.id)).not.toContain(id);
      expect(draft.choices.find((c) => c.id === id)).toMatchObject({ optional: true, chosen: false });
    }
  });

  it("drafts a ticked paragraph in notice order with the staff's choice as reason", () => {
    const draft = draftNotice(record({ publicServiceUnits: 10, autonomousUnits: 11 }), [], {
      ticked: ["sap-xep-don-vi-su-nghiep", "an-toan-thong-tin"],
    });
    const drafted = draft.recommendations.map((p) => p.id);
    expect(drafted.indexOf("sap-xep-don-vi-su-nghiep")).toBeLessThan(drafted.indexOf("an-toan-thong-tin"));
    expect(drafted.indexOf("an-toan-thong-tin")).toBeLessThan(drafted.indexOf("co-so-du-lieu-can-bo"));
    expect(draft.recommendations.find((p) => p.id === "an-toan-thong-tin")?.reason).toBe("do cán bộ chọn");
    expect(draft.recommendations.find((p) => p.id === "sap-xep-don-vi-su-nghiep")?.reason).toContain("gợi ý: số đơn vị tự chủ");
  });

  it("suggests reorganising units when autonomous units exceed units or units are not stated, without choosing it", () => {
    const suggestion = (r: CommuneRecord) => draftNotice(r, []).choices.find((c) => c.id === "sap-xep-don-vi-su-nghiep")?.suggestion;
    expect(suggestion(record({ publicServiceUnits: 10, autonomousUnits: 11 }))).toContain("(11) vượt");
    expect(suggestion(record({ autonomousUnits: 7 }))).toContain("chưa nêu số đơn vị");
    expect(suggestion(record({ publicServiceUnits: 10, autonomousUnits: 9 }))).toBeNull();
    expect(ids(record({ autonomousUnits: 7 }))).not.toContain("sap-xep-don-vi-su-nghiep");
  });

  it("suggests reusing population data once the online share reaches the threshold", () => {
    const suggestion = (r: CommuneRecord) => draftNotice(r, []).choices.find((c) => c.id === "khai-thac-du-lieu-dan-cu")?.suggestion;
    expect(suggestion(record({ received: 100, receivedOnline: 95 }))).toContain("95%");
    expect(suggestion(record({ received: 100, receivedOnline: 50 }))).toBeNull();
  });

  it("lets staff tick a rule paragraph the rules did not choose", () => {
    expect(ids(emptyRecord(), [], { ticked: ["khac-phuc-tre-han"] })).toContain("khac-phuc-tre-han");
  });

  it("reports unknown ticked ids and paragraphs switched off", () => {
    const draft = draftNotice(emptyRecord(), [], {
      ticked: ["khong-co", "an-toan-thong-tin"],
      templates: [{ id: "an-toan-thong-tin", enabled: false, text: null }],
    });
    expect(draft.notes).toContain("Không có đoạn kiến nghị mã “khong-co”; bỏ qua.");
    expect(draft.notes.some((n) => n.includes("đang tắt"))).toBe(true);
    expect(draft.recommendations.map((p) => p.id)).not.toContain("an-toan-thong-tin");
    expect(draft.choices.map((c) => c.id)).not.toContain("an-toan-thong-tin");
  });
});

describe("draftNotice: rule paragraphs staff untick", () => {
  const late = record({ resolvedLate: 5 });

  it("leaves out a paragraph the rules chose, offers it back with the rule's reason and says so in a note", () => {
    const draft = draftNotice(late, [], { unticked: ["khac-phuc-tre-han"] });
    expect(draft.recommendations.map((p) => p.id)).not.toContain("khac-phuc-tre-han");
    expect(draft.choices.find((c) => c.id === "khac-phuc-tre-han")).toMatchObject({
      chosen: false,
      suggestion: expect.stringContaining("có 05 hồ sơ"),
    });
    expect(draft.notes).toContainEqual(
      expect.stringMatching(/^Đoạn “Khắc phục trễ hạn.*” do cán bộ bỏ chọn nên không đưa vào \(theo số liệu: có 05 hồ sơ/),
    );
  });

  it("keeps the other paragraphs as the rules choose them", () => {
    expect(ids(late, [], { unticked: ["khac-phuc-tre-han"] })).toEqual(ids(late).filter((id) => id !== "khac-phuc-tre-han"));
  });

  it("has nothing to remove, and no note, when the figures no longer call for the paragraph", () => {
    const draft = draftNotice(emptyRecord(), [], { unticked: ["khac-phuc-tre-han"] });
    expect(draft.recommendations.map((p) => p.id)).toEqual(ids(emptyRecord()));
    expect(draft.notes.some((n) => n.includes("bỏ chọn"))).toBe(false);
  });

  it("lets a tick win over an untick of the same paragraph, and reports unknown ids", () => {
    const draft = draftNotice(late, [], { ticked: ["khac-phuc-tre-han"], unticked: ["khac-phuc-tre-han", "khong-co"] });
    expect(draft.recommendations.find((p) => p.id === "khac-phuc-tre-han")?.reason).toContain("có 05 hồ sơ");
    expect(draft.notes).toContain("Không có đoạn kiến nghị mã “khong-co”; bỏ qua.");
    expect(draft.notes.some((n) => n.includes("bỏ chọn"))).toBe(false);
  });
});

describe("draftNotice: staff templates", () => {
  it("uses the sheet's text with placeholders filled", () => {
    const text = paragraph(record({ commune: "Thử Nghiệm", resolvedLate: 7 }), "khac-phuc-tre-han", [], {
      templates: [{ id: "khac-phuc-tre-han", enabled: true, text: "UBND xã {xa} khắc phục {soTreHan} hồ sơ trễ hạn." }],
    })?.text;
    expect(text).toBe("UBND xã Thử Nghiệm khắc phục 07 hồ sơ trễ hạn.");
  });

  it("switches a paragraph off, even one that is always drafted", () => {
    expect(ids(emptyRecord(), [], { templates: [{ id: "co-so-du-lieu-can-bo", enabled: false, text: null }] })).not.toContain(
      "co-so-du-lieu-can-bo",
    );
  });

  it("leaves a visible blank and a note for a placeholder the record does not give", () => {
    const draft = draftNotice(emptyRecord(), [], {
      templates: [{ id: "chi-dao-dieu-hanh", enabled: true, text: "Xã {xa} có {soTreHan} hồ sơ trễ hạn." }],
    });
    expect(draft.recommendations[0]?.text).toBe("Xã … có … hồ sơ trễ hạn.");
    expect(draft.notes.filter((n) => n.startsWith("Đoạn “Tăng cường chỉ đạo"))).toHaveLength(2);
  });
});

describe("draftNotice: any record", () => {
  it("never writes null, undefined, NaN or Infinity and always keeps the notice order", () => {
    const numeric = FIELDS.filter((f) => f.kind === "count" || f.kind === "percent").map((f) => f.id);
    const value = fc.oneof(fc.constant(null), fc.nat({ max: 40000 }), fc.double({ min: 0, max: 200, noNaN: true }));
    const order = DEFAULT_CATALOGUE.map((rule) => rule.id);
    fc.assert(
      fc.property(fc.tuple(...numeric.map(() => value)), fc.subarray(order), fc.boolean(), (values, ticked, withError) => {
        const r = record(Object.fromEntries(numeric.map((id, i) => [id, values[i] ?? null])));
        const draft = draftNotice(r, withError ? [finding(["received"])] : [], { ticked });
        const texts = [...draft.recommendations.flatMap((p) => [p.text, p.reason]), ...draft.notes];
        for (const text of texts) expect(text).not.toMatch(/null|undefined|NaN|Infinity/);
        const ids = draft.recommendations.map((p) => p.id);
        expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
        expect(ids[0]).toBe("chi-dao-dieu-hanh");
        expect(ids.at(-1)).toBe("bao-cao-khac-phuc");
      }),
      { numRuns: 300 },
    );
  });
});

describe("figures stated only as a percent", () => {
  const ratesOnly = record({ vneidRateStated: 93.4, orgEidRateStated: 86.1 });

  it("keeps the VNeID paragraph, with the stated rate and the organisation clause", () => {
    expect(ids(ratesOnly)).toContain("kich-hoat-vneid");
    const drafted = draftNotice(ratesOnly, []).recommendations.find((p) => p.id === "kich-hoat-vneid");
    expect(drafted?.reason).toContain("93,4%");
    expect(drafted?.reason).toContain("định danh tổ chức đạt 86,1%");
  });

  it("writes the figure sentences from the stated rates", () => {
    const texts = draftNotice(ratesOnly, []).sentences.map((s) => s.text);
    expect(texts.some((t) => t.includes("93,4%"))).toBe(true);
    expect(texts.some((t) => t.includes("86,1%"))).toBe(true);
  });

  it("leaves out the organisation clause when the stated rate is 100%", () => {
    const drafted = draftNotice(record({ vneidRateStated: 93.4, orgEidRateStated: 100 }), []).recommendations.find(
      (p) => p.id === "kich-hoat-vneid",
    );
    expect(drafted?.reason).toContain("định danh tổ chức đã đạt 100%");
  });
});
