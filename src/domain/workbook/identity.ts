/** Which row is which: a commune and a reporting period, compared the way staff would. */
import { formatDate } from "../format/vietnamese";
import type { CommuneRecord } from "../record/fields";

/** "01/07/2025 – 07/10/2025"; "…" for an end the report does not state. */
export function periodLabel(record: CommuneRecord): string {
  const end = (value: unknown): string => (typeof value === "string" && value ? formatDate(value) : "…");
  if (record.periodStart === null && record.periodEnd === null) return "";
  return `${end(record.periodStart)} – ${end(record.periodEnd)}`;
}

export function communeName(record: CommuneRecord): string {
  return typeof record.commune === "string" ? record.commune.trim() : "";
}

/** The upsert key of a row that shows a commune and a period label: name folded for case, spacing and a leading "xã"/"phường". */
export function labelKey(commune: unknown, period: unknown): string {
  const name = String(commune ?? "")
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(xã|phường)\s+/, "");
  return `${name}|${String(period ?? "").trim()}`;
}

export function recordKey(record: CommuneRecord): string {
  return identityKey(identityOf(record));
}

export function identityKey({ commune, period }: CommuneIdentity): string {
  return labelKey(commune, period);
}

/** A row's identity as staff read it: the commune's name and the period label. */
export interface CommuneIdentity {
  readonly commune: string;
  readonly period: string;
}

export function identityOf(record: CommuneRecord): CommuneIdentity {
  return { commune: communeName(record), period: periodLabel(record) };
}

/** "Thử Nghiệm (01/07/2025 – 30/09/2025)": how messages name a row. */
export function identityLabel({ commune, period }: CommuneIdentity): string {
  return period ? `${commune} (${period})` : commune;
}
