/**
 * The cell model both back-ends render: a constant or a formula (without its "="). Dates are
 * Excel serial numbers under a date format, so Excel, LibreOffice and the add-in agree on them.
 */
import type { FieldKind, FieldValue } from "../record/fields";

export type Cell = string | number | boolean | null | { readonly formula: string };

export const formula = (text: string): Cell => ({ formula: text });

export function isFormula(cell: Cell): cell is { readonly formula: string } {
  return typeof cell === "object" && cell !== null;
}

const DAY_MS = 86_400_000;
/** Serial 25569 is 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** ISO "2025-07-01" → 45839; undefined for anything that is not a real date. */
export function isoToSerial(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(time).getUTCDate() !== Number(match[3])) return undefined;
  return time / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** 45839 → "2025-07-01"; the time of day, if any, is dropped. */
export function serialToIso(serial: number): string {
  return new Date(Math.round((Math.floor(serial) - UNIX_EPOCH_SERIAL) * DAY_MS)).toISOString().slice(0, 10);
}

/** A field's value as a cell: dates become serials, missing values blank cells. */
export function fieldCell(kind: FieldKind, value: FieldValue): Cell {
  if (value === null) return null;
  if (kind === "date" && typeof value === "string") return isoToSerial(value) ?? value;
  return value;
}

/** "15/12/2025" or "15/12/2025 00:00" typed as text → ISO, when it is a real date. */
function dmyToIso(text: string): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]?.padStart(2, "0")}-${match[1]?.padStart(2, "0")}`;
  return isoToSerial(iso) === undefined ? undefined : iso;
}

/** A read-back cell as a field's value; what the kind cannot hold is returned as text for the checks to ignore. */
export function cellToField(kind: FieldKind, cell: unknown): FieldValue {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return null;
  if (cell instanceof Date) return kind === "date" ? cell.toISOString().slice(0, 10) : null;
  switch (kind) {
    case "date":
      if (typeof cell === "number") return serialToIso(cell);
      return typeof cell === "string" ? (dmyToIso(cell) ?? (isoToSerial(cell.trim()) !== undefined ? cell.trim() : cell)) : null;
    case "count":
    case "percent": {
      if (typeof cell === "number") return cell;
      // Text typed with Vietnamese separators: "2.450" is a count, "63,5" a percent.
      const text = String(cell).trim().replace(/%$/, "");
      const normal = kind === "count" ? text.replace(/\./g, "") : text.replace(/\./g, "").replace(",", ".");
      const number = Number(normal);
      return normal !== "" && Number.isFinite(number) ? number : String(cell);
    }
    default:
      return String(cell).trim();
  }
}

/** Equal as field values: numbers within rounding noise, text after trimming. */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (typeof a === "string" && typeof b === "string") return a.trim().normalize("NFC") === b.trim().normalize("NFC");
  return a === b;
}
