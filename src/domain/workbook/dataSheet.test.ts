import fc from "fast-check";
import { type CommuneRecord, FIELDS, emptyRecord } from "../record/fields";
import { columnLetter } from "./a1";
import { isFormula } from "./cells";
import { STANDARD_POSITIONS, dataRow, highlightRules, isBlankRecord, locateColumns, rowRecord, validationRanges } from "./dataSheet";
import { DATA_COLUMNS } from "./layout";

const letterOf = (key: string): string => columnLetter(STANDARD_POSITIONS.get(key) as number);

describe("data rows", () => {
  it("writes ratios as A1 formulas over the same row", () => {
    const record = { ...emptyRecord(), commune: "Xã A", received: 10, receivedOnline: 4 };
    const row = dataRow(record, STANDARD_POSITIONS, 7, 0, DATA_COLUMNS.length);
    const online = row[STANDARD_POSITIONS.get("ratio:onlineShare") as number];
    const [e, d] = [letterOf("receivedOnline"), letterOf("received")];
    expect(online).toEqual({ formula: `IF(AND(ISNUMBER(${e}7),ISNUMBER(${d}7),(${d}7)<>0),${e}7/${d}7,"")` });
    expect(row.filter(isFormula)).toHaveLength(DATA_COLUMNS.filter((c) => c.role !== "field").length);
  });

  it("reads back every record it writes", () => {
    const value = (kind: string) =>
      kind === "count"
        ? fc.option(fc.nat(100000), { nil: null })
        : kind === "percent"
          ? fc.option(
              fc.integer({ min: 0, max: 100000 }).map((n) => n / 100),
              { nil: null },
            )
          : fc.constant(null);
    const record = fc.record(Object.fromEntries(FIELDS.map((f) => [f.id, value(f.kind)]))).map((figures) => ({
      ...(figures as CommuneRecord),
      commune: "Xã thử",
      periodStart: "2025-07-01",
      periodEnd: "2025-09-30",
      remediationDeadline: null,
    }));
    fc.assert(
      fc.property(record, (r) => {
        const cells = dataRow(r, STANDARD_POSITIONS, 2, 0, DATA_COLUMNS.length).map((c) => (isFormula(c) ? "" : c));
        expect(rowRecord(cells, STANDARD_POSITIONS, 0)).toEqual(r);
      }),
    );
  });

  it("finds columns by header wherever staff put them, and names the missing ones", () => {
    const headers = DATA_COLUMNS.map((c) => c.header).reverse();
    headers.splice(5, 0, "Ghi chú");
    const { positions, missing } = locateColumns(headers, 2);
    expect(missing).toEqual([]);
    expect(positions.get("commune")).toBe(2 + headers.length - 1);
    const broken = locateColumns(DATA_COLUMNS.map((c) => (c.key === "received" ? "Tổng hồ sơ" : c.header)));
    expect(broken.missing.map((c) => c.key)).toEqual(["received"]);
  });

  it("leaves staff's own columns null so the adapter does not touch them", () => {
    const positions = new Map([...STANDARD_POSITIONS].map(([k, v]) => [k, v + 1]));
    const row = dataRow({ ...emptyRecord(), commune: "Xã A" }, positions, 2, 0, DATA_COLUMNS.length + 1);
    expect(row[0]).toBeNull();
    expect(row[1]).toBe("Xã A");
  });

  it("recognises blank rows", () => {
    expect(isBlankRecord(emptyRecord())).toBe(true);
    expect(isBlankRecord({ ...emptyRecord(), received: 0 })).toBe(false);
  });
});

describe("live formats", () => {
  it("turns failed flags and the figures they name red, over the data rows only", () => {
    const rules = highlightRules(STANDARD_POSITIONS, 2, 136);
    const flags = DATA_COLUMNS.filter((c) => c.role === "flag");
    const first = letterOf(flags[0]?.key as string);
    const last = letterOf(flags[flags.length - 1]?.key as string);
    expect(rules[0]).toMatchObject({ address: `${first}2:${last}136`, formula: `${first}2=TRUE` });
    const received = rules.find((r) => r.address === `${letterOf("received")}2:${letterOf("received")}136`);
    expect(received?.formula).toMatch(/^OR\(\$[A-Z]+2=TRUE(,\$[A-Z]+2=TRUE)+\)$/);
    expect(highlightRules(STANDARD_POSITIONS, 2, 1)).toEqual([]);
  });

  it("marks in amber a figure stated without the figures needed to check it", () => {
    const letter = letterOf("onlineShareStated");
    const rule = highlightRules(STANDARD_POSITIONS, 2, 9).find((r) => r.address === `${letter}2:${letter}9` && r.fill === "#FFEB9C");
    expect(rule).toEqual({
      address: `${letter}2:${letter}9`,
      formula: `AND(ISNUMBER($${letter}2),OR(NOT(ISNUMBER($${letterOf("receivedOnline")}2)),NOT(ISNUMBER($${letterOf("received")}2))))`,
      fill: "#FFEB9C",
      fontColor: "#9C5700",
    });
  });

  it("validates every input column except the name", () => {
    const ranges = validationRanges(STANDARD_POSITIONS, 2, 10);
    expect(ranges).toHaveLength(FIELDS.length - 1);
    expect(ranges[0]).toEqual({ address: `${letterOf("periodStart")}2:${letterOf("periodStart")}10`, validation: { kind: "date" } });
  });
});
