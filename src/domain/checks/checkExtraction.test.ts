import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { consistentRecord } from "../../../test/support/records";
import type { CitedDocument, Extraction } from "../record/extraction";
import { type CommuneRecord, type FieldId, emptyRecord, fieldDefinition, numberOf } from "../record/fields";
import { checkExtraction, checkRecord } from "./checkExtraction";
import { ruleStatus } from "./arithmetic";
import { RULES, fieldsOfRule, isCountRule } from "./rules";
import { SAMPLES_DIR as SAMPLES } from "../../../test/support/reportSamples";

interface Expected {
  fields: CommuneRecord;
  findings: { kind: string; fields: FieldId[] }[];
}

function expected(name: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(SAMPLES, `${name}.expected.json`), "utf8")) as Expected;
}

/** A citation as the sample text writes it: "type number issuer date [authority]". */
function cite(type: string, number: string, issuer: string, date: string | null, authority: string | null = null): CitedDocument {
  return { type, number, issuer, authority, date, index: 0, text: `${type} số ${number}/${type}-${issuer}` };
}

/** The documents each sample cites, in order, read from its text (repeated citations included). */
const DOCUMENTS: Record<string, { documents: CitedDocument[]; noticeDate: string | null }> = {
  "xa-al-ba": {
    noticeDate: null,
    documents: [
      cite("QĐ", "1071", "UBND", "2025-08-07", "của UBND tỉnh"),
      cite("QĐ", "85", "VPUBND", "2025-09-25", "của Chánh Văn phòng UBND tỉnh"),
      cite("TB", "02", "ĐKT", "2025-09-26"),
      cite("KH", "12", "UBND", "2025-07-26"),
      cite("KH", "54", "UBND", "2025-09-15"),
      cite("KH", "28", "UBND", "2025-08-06"),
      cite("NQ", "03", "HĐND", null),
      cite("CT", "10", "TTg", "2019-04-22", "của Thủ tướng Chính phủ"),
      cite("NĐ", "130", "CP", "2005-10-17", "của Chính phủ"),
      cite("NĐ", "60", "CP", "2021-06-21", "của Chính phủ"),
      cite("NQ", "57", "TW", "2024-12-22"),
      cite("QĐ", "346", "UBND", "2025-08-04"),
      cite("KH", "38", "UBND", "2025-08-20", "của UBND xã"),
      cite("NQ", "57", "TW", "2024-12-22", "của Bộ Chính trị"),
    ],
  },
  "xa-bo-ngoong": {
    noticeDate: null,
    documents: [
      cite("QĐ", "1071", "UBND", "2025-08-07", "của UBND tỉnh"),
      cite("QĐ", "85", "VPUBND", "2025-09-25", "của Chánh Văn phòng UBND tỉnh"),
      cite("TB", "02", "ĐKT", "2025-09-26"),
      cite("QĐ", "70", "UBND", "2025-07-18"),
      cite("KH", "29", "UBND", "2025-08-28"),
      cite("CT", "26", "TTg", null, "của Thủ tướng Chính phủ"),
      cite("KH", "62", "UBND", "2025-10-03"),
      cite("CT", "26", "TTg", null),
      cite("NĐ", "60", "CP", "2021-06-21", "của Chính phủ"),
      cite("NĐ", "111", "CP", "2025-05-22", "của Chính phủ"),
      cite("QĐ", "459", "UBND", "2025-08-13"),
      cite("QĐ", "503", "UBND", "2025-08-29"),
      cite("QĐ", "459", "UBND", "2025-08-13"),
      cite("QĐ", "503", "UBND", "2025-08-29", "của UBND xã"),
      cite("QĐ", "01", "BCĐ", "2025-09-12"),
      cite("KH", "53", "UBND", "2025-09-25"),
      cite("NQ", "57", "TW", "2024-12-22", "của Bộ Chính trị"),
      cite("QĐ", "1005", "UBND", "2025-09-30"),
      cite("KH", "56", "UBND", "2025-09-30"),
      cite("KH", "01", "BCĐTW", "2025-06-02"),
      cite("KH", "02", "BCĐTW", "2025-06-19", "của Ban Chỉ đạo Trung ương"),
      cite("KH", "56", "UBND", null),
      cite("NĐ", "45", "CP", "2020-04-08", "của Chính phủ"),
    ],
  },
  "xa-binh-duong-ocr": {
    noticeDate: "2025-11-25",
    documents: [
      cite("TB", "40", "ĐKT", "2025-11-25"),
      cite("QĐ", "1071", "UBND", "2025-08-07", "ciia UBND tinh"),
      cite("QĐ", "85", "VPUBND", "2025-09-25", "ctiia Chanh Van phong"),
      cite("TB", "02", "ĐKT", "2025-09-26"),
      cite("KH", "06", "UBND", "2025-07-18"),
      cite("KH", "30", "UBND", "2025-08-15"),
      cite("KH", "27", "UBND", "2025-08-13"),
      cite("QĐ", "23", "UBND", "2025-07-03"),
      cite("QĐ", "24", "UBND", "2025-07-03"),
      cite("QĐ", "43", "UBND", "2025-07-11"),
      cite("QĐ", "71", "UBND", "2025-07-17"),
      cite("NĐ", "150", "CP", "2025-06-12", "cua Chinh phu"),
      cite("QĐ", "753", "UBND", "2025-10-02"),
      cite("NĐ", "60", "CP", "2021-06-21", "cua Chinh phu"),
      cite("KH", "19", "UBND", "2025-08-04"),
      cite("NQ", "57", "TW", "2024-12-22", "cia Bo chinh tri"),
      cite("QĐ", "603", "UBND", "2025-09-11"),
      cite("QĐ", "118", "ĐU", "2025-07-16"),
    ],
  },
};

/**
 * Findings beyond the expected ones that the text bears out. Al Bá: "có 07 đơn vị sự nghiệp công
 * lập … được giao quyền tự chủ tài chính" without saying how many units the commune has.
 */
const ALSO_TRUE: Record<string, { kind: string; fields: FieldId[] }[]> = {
  "xa-al-ba": [{ kind: "missing", fields: ["autonomousUnits"] }],
  "xa-bo-ngoong": [],
  "xa-binh-duong-ocr": [],
};

const key = (f: { kind: string; fields: readonly string[] }): string => `${f.kind}:${[...f.fields].sort().join(",")}`;

describe("checks on the sample notices", () => {
  for (const name of Object.keys(DOCUMENTS)) {
    it(`${name}: raises exactly the expected findings`, () => {
      const sample = expected(name);
      const extraction: Extraction = {
        fields: { ...emptyRecord(), ...sample.fields },
        provenance: {},
        ...(DOCUMENTS[name] as { documents: CitedDocument[]; noticeDate: string | null }),
      };
      const found = checkExtraction(extraction);
      expect(found.map(key).sort()).toEqual([...sample.findings, ...(ALSO_TRUE[name] ?? [])].map(key).sort());
      for (const finding of found) expect(finding.fields).toEqual([...new Set(finding.fields)]);
    });
  }

  it("xa-bo-ngoong: locates the pending count as the wrong one and writes the direct share's slip", () => {
    const found = checkRecord({ ...emptyRecord(), ...expected("xa-bo-ngoong").fields });
    const balance = found.find((f) => f.kind === "balance");
    expect(balance?.suspects).toEqual([["pending"]]);
    expect(balance?.suggestion).toBe("Nếu số hồ sơ đang giải quyết là 136 thì các số liệu khớp nhau.");
    expect(found.find((f) => f.kind === "stated-percent")?.message).toContain("52,7%");
    expect(found.find((f) => f.kind === "stated-percent")?.message).toContain("645/1.222 hồ sơ");
  });

  it("xa-binh-duong-ocr: the truncated on-time rate is a warning", () => {
    const [finding] = checkRecord({ ...emptyRecord(), ...expected("xa-binh-duong-ocr").fields });
    expect(finding?.severity).toBe("cảnh báo");
  });

  it("a record read back from a sheet is checked without documents", () => {
    const found = checkRecord({ ...emptyRecord(), ...expected("xa-al-ba").fields });
    expect(found.map((f) => f.kind).sort()).toEqual(["exceeds", "missing"]);
  });
});

describe("properties", () => {
  it("a consistent record raises no finding", () => {
    fc.assert(
      fc.property(consistentRecord, (record) => {
        // Signed on the last day of the period, before the remediation deadline.
        expect(checkRecord(record, { documents: [], noticeDate: record.periodEnd as string })).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  const countFields = (record: CommuneRecord): FieldId[] =>
    RULES.filter(isCountRule)
      .flatMap(fieldsOfRule)
      .filter((id, i, all) => all.indexOf(id) === i && fieldDefinition(id).kind === "count" && numberOf(record, id) !== undefined);

  it("one count changed raises a balance or exceeds finding that names it among the suspects", () => {
    const mutation = consistentRecord
      .filter((record) => countFields(record).length > 0)
      .chain((record) =>
        fc.record({
          record: fc.constant(record),
          field: fc.constantFrom(...countFields(record)),
          delta: fc.integer({ min: -500, max: 500 }).filter((d) => d !== 0),
        }),
      );
    fc.assert(
      fc.property(mutation, ({ record, field, delta }) => {
        const value = numberOf(record, field) as number;
        const changed: CommuneRecord = { ...record, [field]: Math.max(0, value + delta) };
        fc.pre(changed[field] !== value);
        const failing = RULES.filter(isCountRule).filter((rule) => ruleStatus(rule, changed) === "fail");
        const inBalance = RULES.filter(isCountRule).some(
          (rule) =>
            rule.kind === "balance" &&
            fieldsOfRule(rule).includes(field) &&
            ruleStatus(rule, record) === "pass" &&
            ruleStatus(rule, changed) !== "na",
        );
        // Without carried-over or withdrawn dossiers a balance has one reading only, so any change to its terms
        // breaks it; those two may be counted either way, so a change to them alone can be consistent.
        const eitherWay: FieldId[] = ["carriedOver", "withdrawn"];
        if (inBalance && !eitherWay.includes(field) && eitherWay.every((id) => !numberOf(record, id))) {
          expect(failing.length).toBeGreaterThan(0);
        }
        // fast-check runs until 400 cases pass this precondition, so every run checks 400 broken records.
        fc.pre(failing.length > 0);
        const findings = checkRecord(changed).filter((f) => f.kind === "balance" || f.kind === "exceeds");
        expect(findings.length).toBeGreaterThan(0);
        expect(findings.some((f) => (f.suspects ?? []).some((set) => set.includes(field)))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
