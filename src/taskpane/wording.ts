/** How the pane counts and names things, one way everywhere: "3 số liệu", never "03". */
import type { Severity } from "../domain/checks/finding";
import { formatCount } from "../domain/format/vietnamese";

export const countOf = (n: number): string => formatCount(n, { padSmall: false });

/** Severities as badges and headings write them. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { lỗi: "Lỗi", "cảnh báo": "Cảnh báo", "thông tin": "Thông tin" };
