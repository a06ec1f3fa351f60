/** The committed table of requirement sets is the one @types/office-js gives today. */
import { readFileSync } from "node:fs";
import { TABLE, excelApiSets, tableText } from "../../scripts/excel-api-sets.cjs";

describe("test/office-double/excelApiSets.json", () => {
  it("is what scripts/excel-api-sets.cjs generates from the installed @types/office-js", () => {
    const generated = excelApiSets();
    expect(Object.keys(generated).length).toBeGreaterThan(1500);
    expect(readFileSync(TABLE, "utf8")).toBe(tableText(generated));
  });

  it("reads a member's set, a property read and written in different sets, and keeps other qualifiers as a note", () => {
    const declarations = `declare namespace Excel {
    class Worksheet extends OfficeExtension.ClientObject {
        /**
         * @remarks
         * [Api set: ExcelApi 1.7]
         */
        getRangeByIndexes(startRow: number): Excel.Range;
        /**
         * @remarks
         * [Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]
         */
        visibility: string;
        /**
         * @remarks
         * [Api set: ExcelApiOnline 1.1]
         */
        online(): void;
        /**
         * @remarks
         * [Api set: ExcelApi 1.1 for adding a single row; 1.4 allows adding of multiple rows.]
         */
        add(): void;
        /** No set. */
        load(): void;
    }
    interface WorksheetData { name: string }
}`;
    expect(excelApiSets(declarations)).toEqual({
      "Worksheet.add": { version: "1.1", note: "ExcelApi 1.1 for adding a single row; 1.4 allows adding of multiple rows." },
      "Worksheet.getRangeByIndexes": "1.7",
      "Worksheet.online": "ExcelApiOnline 1.1",
      "Worksheet.visibility": { get: "1.1", set: "1.2" },
    });
  });
});
