/**
 * The set sentences of section I that repeat a commune's figures (dossiers, Resolution 57,
 * VNeID, staffing), written only from what the record states and with percentages recomputed
 * from the counts. Where a finding casts doubt on a stated figure, a note says what the
 * sentence did about it.
 */
import type { Finding } from "../checks/finding";
import { formatCount, formatDate, formatPercent } from "../format/vietnamese";
import { type RatioId, RATIOS } from "../ratios/catalogue";
import { type CommuneRecord, type FieldId, numberOf } from "../record/fields";
import { computedRatio, findingsOn, lowerFirst, ratioCounts, ratioPercent } from "./figures";

export interface FigureSentence {
  readonly id: string;
  readonly text: string;
}

const sentence = (parts: readonly string[]): string => {
  const text = parts.filter(Boolean).join("");
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1) + ".";
};

/** " chiếm 46,2%": a recomputed share after its verb, or "" when it is undefined or impossible (over 100%). */
function shareText(record: CommuneRecord, id: RatioId, verb: string): string {
  const share = computedRatio(record, id);
  return share === undefined ? "" : `${verb} ${ratioPercent(id, share)}`;
}

/** "600 hồ sơ chiếm 46,2%", the share only when it can be recomputed. */
function countWithShare(record: CommuneRecord, part: FieldId, id: RatioId, verb: string): string {
  const value = numberOf(record, part);
  return value === undefined ? "" : `${formatCount(value)} hồ sơ${shareText(record, id, ` ${verb}`)}`;
}

function periodPrefix(record: CommuneRecord): string {
  const start = typeof record.periodStart === "string" ? record.periodStart : "";
  const end = typeof record.periodEnd === "string" ? record.periodEnd : "";
  if (start && end) return `từ ngày ${formatDate(start)} đến ngày ${formatDate(end)}, `;
  if (end) return `đến ngày ${formatDate(end)}, `;
  if (start) return `từ ngày ${formatDate(start)}, `;
  return "";
}

function receivedSentence(record: CommuneRecord): string | undefined {
  const received = numberOf(record, "received");
  const online = countWithShare(record, "receivedOnline", "onlineShare", "chiếm");
  const direct = countWithShare(record, "receivedDirect", "directShare", "chiếm");
  const carried = numberOf(record, "carriedOver");
  if (received === undefined && !online && !direct) return undefined;
  const breakdown = [online && `trực tuyến ${online}`, direct && `trực tiếp và qua dịch vụ bưu chính công ích ${direct}`]
    .filter(Boolean)
    .join(", ");
  return sentence([
    periodPrefix(record),
    "Trung tâm Phục vụ hành chính công xã đã tiếp nhận ",
    received === undefined ? breakdown : `tổng số ${formatCount(received)} hồ sơ${breakdown ? `, trong đó ${breakdown}` : ""}`,
    carried !== undefined && carried > 0 ? `; ${formatCount(carried)} hồ sơ từ kỳ trước chuyển qua` : "",
  ]);
}

function resolvedSentence(record: CommuneRecord): string | undefined {
  const resolved = numberOf(record, "resolved");
  const onTime = countWithShare(record, "resolvedOnTime", "onTimeRate", "đạt tỷ lệ");
  const late = countWithShare(record, "resolvedLate", "lateRate", "chiếm tỷ lệ");
  const pending = numberOf(record, "pending");
  const overdue = numberOf(record, "pendingOverdue");
  const withdrawn = numberOf(record, "withdrawn");
  const breakdown = [onTime && `giải quyết trước hạn và đúng hạn ${onTime}`, late && `giải quyết quá hạn ${late}`]
    .filter(Boolean)
    .join(", ");
  const parts = [
    resolved === undefined
      ? breakdown && `đã ${breakdown}`
      : `đã giải quyết ${formatCount(resolved)} hồ sơ${breakdown ? `, trong đó ${breakdown}` : ""}`,
    pending === undefined
      ? ""
      : `đang giải quyết ${formatCount(pending)} hồ sơ${overdue !== undefined && overdue > 0 ? ` (trong đó ${formatCount(overdue)} hồ sơ quá hạn)` : ""}`,
    withdrawn !== undefined && withdrawn > 0 ? `${formatCount(withdrawn)} hồ sơ xin rút` : "",
  ].filter(Boolean);
  return parts.length > 0 ? sentence([parts.join("; ")]) : undefined;
}

function nq57Sentence(record: CommuneRecord): string | undefined {
  const completed = numberOf(record, "nq57Completed");
  const total = numberOf(record, "nq57Total");
  if (completed === undefined || total === undefined) return undefined;
  const remaining = total - completed;
  return sentence([
    `đã cập nhật hoàn thành ${formatCount(completed)}/${formatCount(total)} chỉ tiêu cấp xã, phường trên Hệ thống thông tin giám sát, đánh giá việc thực hiện Nghị quyết số 57-NQ/TW (tại địa chỉ: nq57.vn)`,
    remaining > 0 ? `, còn ${formatCount(remaining)} chỉ tiêu chưa hoàn thành` : "",
  ]);
}

/** "12.000/20.000 tài khoản, đạt 60%": counts when stated, else the stated rate alone. */
function accountsPhrase(record: CommuneRecord, id: RatioId, stated: FieldId, noun: string): string {
  const counts = ratioCounts(record, id);
  if (counts !== undefined) return `${counts} ${noun}${shareText(record, id, ", đạt").replace(" ", " ")}`;
  const statedPercent = numberOf(record, stated);
  return statedPercent === undefined ? "" : formatPercent(statedPercent, 2);
}

function vneidSentence(record: CommuneRecord): string | undefined {
  const phrase = accountsPhrase(record, "vneidActivation", "vneidRateStated", "tài khoản");
  return phrase ? sentence([`việc thu nhận và kích hoạt tài khoản định danh điện tử mức độ 2 đạt: ${phrase}`]) : undefined;
}

function organisationSentence(record: CommuneRecord): string | undefined {
  const phrase = accountsPhrase(record, "orgEidRate", "orgEidRateStated", "cơ quan, doanh nghiệp, tổ chức trên địa bàn");
  return phrase ? sentence([`tỷ lệ cấp tài khoản định danh điện tử cho tổ chức: ${phrase}`]) : undefined;
}

function staffingSentence(record: CommuneRecord): string | undefined {
  const posts = (present: FieldId, quota: FieldId, kind: string, assigned: string): string => {
    const p = numberOf(record, present);
    const q = numberOf(record, quota);
    if (q !== undefined && p !== undefined)
      return `${assigned}${formatCount(q)} biên chế ${kind}, có mặt ${formatCount(p)}/${formatCount(q)} biên chế ${kind}`;
    if (q !== undefined) return `${assigned}${formatCount(q)} biên chế ${kind}`;
    return p !== undefined ? `có mặt ${formatCount(p)} biên chế ${kind}` : "";
  };
  const parts = [
    posts("civilServantPresent", "civilServantQuota", "công chức", "được giao "),
    posts("publicEmployeePresent", "publicEmployeeQuota", "viên chức", ""),
  ].filter(Boolean);
  return parts.length > 0 ? sentence([`quản lý, sử dụng biên chế: ${parts.join("; ")}`]) : undefined;
}

const SENTENCES: readonly {
  id: string;
  /** How a note names the sentence. */
  topic: string;
  fields: readonly FieldId[];
  write: (r: CommuneRecord) => string | undefined;
}[] = [
  {
    id: "tiep-nhan-ho-so",
    topic: "tiếp nhận hồ sơ",
    fields: ["received", "receivedOnline", "receivedDirect", "carriedOver"],
    write: receivedSentence,
  },
  {
    id: "giai-quyet-ho-so",
    topic: "giải quyết hồ sơ",
    fields: ["resolved", "resolvedOnTime", "resolvedLate", "pending", "pendingOverdue", "withdrawn"],
    write: resolvedSentence,
  },
  { id: "nghi-quyet-57", topic: "Nghị quyết 57", fields: ["nq57Completed", "nq57Total"], write: nq57Sentence },
  { id: "vneid", topic: "tài khoản VNeID", fields: ["vneidActivated", "vneidTotal", "vneidRateStated"], write: vneidSentence },
  {
    id: "dinh-danh-to-chuc",
    topic: "định danh điện tử tổ chức",
    fields: ["orgEidIssued", "orgEidTotal", "orgEidRateStated"],
    write: organisationSentence,
  },
  {
    id: "bien-che",
    topic: "biên chế",
    fields: ["civilServantQuota", "civilServantPresent", "publicEmployeeQuota", "publicEmployeePresent"],
    write: staffingSentence,
  },
];

/** What the sentences did about each figure a finding put in doubt. */
function notesFor(record: CommuneRecord, findings: readonly Finding[], written: ReadonlySet<string>): string[] {
  const notes: string[] = [];
  for (const ratio of RATIOS) {
    const statedPercent = ratio.stated === undefined ? undefined : numberOf(record, ratio.stated);
    if (ratio.stated === undefined || statedPercent === undefined || findingsOn(findings, [ratio.stated]).length === 0) continue;
    const share = computedRatio(record, ratio.id);
    const label = lowerFirst(ratio.label);
    notes.push(
      share !== undefined
        ? `Câu dự thảo nêu ${label} ${ratioPercent(ratio.id, share)}, tính lại từ ${ratioCounts(record, ratio.id) ?? ""} ${ratio.unit}; báo cáo nêu ${formatPercent(statedPercent, 2)}.`
        : `Câu dự thảo không nêu ${label}: báo cáo nêu ${formatPercent(statedPercent, 2)} nhưng số liệu không cho phép tính lại.`,
    );
  }
  for (const finding of findings) {
    if (finding.kind === "stated-percent") continue;
    const topics = SENTENCES.filter(({ id, fields }) => written.has(id) && fields.some((f) => finding.fields.includes(f))).map(
      (s) => s.topic,
    );
    if (topics.length === 0) continue;
    const exceeded = finding.kind === "exceeds" ? ", không nêu tỷ lệ vượt 100%" : "";
    notes.push(`Câu về ${topics.join(", ")} giữ nguyên số liệu báo cáo nêu${exceeded}; cần kiểm tra: ${finding.message}`);
  }
  return [...new Set(notes)];
}

/** The figure sentences the record supports, in section I order, and the notes about flagged figures. */
export function figureSentences(record: CommuneRecord, findings: readonly Finding[]): { sentences: FigureSentence[]; notes: string[] } {
  const sentences = SENTENCES.flatMap(({ id, write }) => {
    const text = write(record);
    return text === undefined ? [] : [{ id, text }];
  });
  return { sentences, notes: notesFor(record, findings, new Set(sentences.map((s) => s.id))) };
}
