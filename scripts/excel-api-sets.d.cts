export type ApiSetEntry = string | { get: string; set: string } | { version: string; note: string };
export declare const TABLE: string;
export declare function excelApiSets(declarations?: string): Record<string, ApiSetEntry>;
export declare function tableText(table?: Record<string, ApiSetEntry>): string;
