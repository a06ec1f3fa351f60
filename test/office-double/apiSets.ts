/**
 * Which requirement set each member of the Excel API belongs to, from the table that
 * scripts/excel-api-sets.cjs generates out of @types/office-js, and whether a host has it.
 */
import table from "./excelApiSets.json";

/** A member's set ("1.7", or "ExcelApiOnline 1.1" for a set other than ExcelApi), read and written apart for some properties. */
export type ApiSetEntry = string | { readonly get: string; readonly set: string } | { readonly version: string; readonly note: string };

export const EXCEL_API_SETS: Readonly<Record<string, ApiSetEntry>> = table;

/** The set `Class.member` needs to be read (or called) or written; undefined for what the API does not annotate (load, toJSON…). */
export function requirementOf(className: string, member: string, access: "get" | "set" = "get"): string | undefined {
  const entry = EXCEL_API_SETS[`${className}.${member}`];
  if (entry === undefined || typeof entry === "string") return entry;
  return "version" in entry ? entry.version : entry[access];
}

/** The set and version of a requirement: "1.7" is ExcelApi 1.7. */
export function parseRequirement(requirement: string): { set: string; version: string } {
  const [set, version] = requirement.includes(" ") ? requirement.split(" ") : ["ExcelApi", requirement];
  return { set: set as string, version: version as string };
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether a host with these highest versions of each set offers `requirement`. */
export function hostSupports(sets: ReadonlyMap<string, string>, requirement: string): boolean {
  const { set, version } = parseRequirement(requirement);
  const supported = sets.get(set);
  return supported !== undefined && compareVersions(supported, version) >= 0;
}
