/**
 * A real formula engine (HyperFormula) holding one record in row 1, one field per column, for
 * tests that compare Excel formulas with their TypeScript counterparts.
 */
import { HyperFormula } from "hyperformula";
import type { CellReference } from "../../src/domain/expr/expr";
import { type CommuneRecord, FIELD_IDS, type FieldId } from "../../src/domain/record/fields";

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `received` → `D1`: the record's row. */
export const rowReference: CellReference = (id: FieldId) => `${columnName(FIELD_IDS.indexOf(id))}1`;

export interface FormulaSheet {
  /** The values of the formulas (in the order given) on this record. */
  evaluate(record: CommuneRecord): unknown[];
  destroy(): void;
}

export function formulaSheet(formulas: readonly string[]): FormulaSheet {
  const engine = HyperFormula.buildFromArray(
    [FIELD_IDS.map(() => null), formulas.map((f) => `=${f}`)],
    // Excel keeps full double precision in arithmetic; HyperFormula rounds results unless told not to.
    { licenseKey: "gpl-v3", smartRounding: false },
  );
  return {
    evaluate(record) {
      engine.setCellContents({ sheet: 0, row: 0, col: 0 }, [FIELD_IDS.map((id) => record[id])]);
      return formulas.map((_, col) => engine.getCellValue({ sheet: 0, row: 1, col }));
    },
    destroy: () => engine.destroy(),
  };
}
