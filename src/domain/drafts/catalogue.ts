/**
 * The recommendation paragraphs of section "III. KIẾN NGHỊ", as data: in the order the notices
 * write them (general first, closing last), each with the rule that chooses it and the reason
 * staff read. Texts follow the notices' wording; staff may override them in the sheet
 * "Mẫu kiến nghị" (templateSheet.ts).
 */
import { formatCount, formatDate, formatRatioAsPercent } from "../format/vietnamese";
import { numberOf } from "../record/fields";
import { fieldNames, findingsOn, quotedRatio, ratioPercent } from "./figures";
import { type DraftContext, errorFields, errorFindings, organisationsComplete } from "./placeholders";

export interface ParagraphRule {
  /** Stable id, used in the sheet, the JSON output and `ticked`. */
  readonly id: string;
  /** Short Vietnamese title shown to staff. */
  readonly title: string;
  /** Optional paragraphs are drafted only when staff tick them; their rule is a suggestion. */
  readonly optional: boolean;
  /** Default text, with placeholders such as {xa} or {hanBaoCao}. */
  readonly template: string;
  /** The rule in words, for the sheet. */
  readonly condition: string;
  /**
   * Why the paragraph belongs in this commune's notice, or undefined when it does not. For an
   * optional paragraph this is the suggestion shown to staff, never an automatic choice.
   */
  readonly reason: (context: DraftContext) => string | undefined;
}

const always = (why: string) => (): string => why;

function lateReason({ record }: DraftContext): string | undefined {
  const late = numberOf(record, "resolvedLate") ?? 0;
  const overdue = numberOf(record, "pendingOverdue") ?? 0;
  const parts = [
    late > 0 ? `có ${formatCount(late)} hồ sơ giải quyết quá hạn` : "",
    overdue > 0 ? `${late > 0 ? "" : "có "}${formatCount(overdue)} hồ sơ đang giải quyết quá hạn` : "",
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(" và ")}; Nghị định 118/2025/NĐ-CP yêu cầu xin lỗi và công khai` : undefined;
}

function nq57Reason({ record }: DraftContext): string | undefined {
  const completed = numberOf(record, "nq57Completed");
  const total = numberOf(record, "nq57Total");
  if (completed !== undefined && total !== undefined) {
    return completed < total
      ? `mới hoàn thành ${formatCount(completed)}/${formatCount(total)} chỉ tiêu trên nq57.vn, còn ${formatCount(total - completed)} chỉ tiêu chưa hoàn thành`
      : undefined;
  }
  const listed = numberOf(record, "nq57IncompleteListed");
  return listed !== undefined && listed > 0 ? `báo cáo nêu ${formatCount(listed)} chỉ tiêu Nghị quyết 57 chưa hoàn thành` : undefined;
}

function organisationWords(context: DraftContext): string {
  const { record } = context;
  if (organisationsComplete(context)) return "định danh tổ chức đã đạt 100%, không nêu câu về tổ chức";
  const issued = numberOf(record, "orgEidIssued");
  const total = numberOf(record, "orgEidTotal");
  if (issued === undefined || total === undefined) {
    const stated = quotedRatio(record, "orgEidRate");
    return stated === undefined
      ? "chưa có số liệu định danh điện tử tổ chức, giữ câu về tổ chức"
      : `định danh tổ chức đạt ${ratioPercent("orgEidRate", stated)} (báo cáo nêu tỷ lệ, không nêu số tổ chức), chưa đạt 100%`;
  }
  if (issued > total) {
    return `định danh tổ chức ${formatCount(issued)}/${formatCount(total)}, vượt tổng số tổ chức, cần rà soát`;
  }
  if (issued === total) return "số liệu định danh tổ chức chưa thống nhất, giữ câu về tổ chức";
  const share = quotedRatio(record, "orgEidRate");
  return `định danh tổ chức đạt ${share === undefined ? `${formatCount(issued)}/${formatCount(total)}` : ratioPercent("orgEidRate", share)}, chưa đạt 100%`;
}

function vneidReason(context: DraftContext): string | undefined {
  const rate = quotedRatio(context.record, "vneidActivation");
  return rate !== undefined && rate < 1
    ? `tỷ lệ kích hoạt VNeID đạt ${ratioPercent("vneidActivation", rate)}, chưa đạt 100%; ${organisationWords(context)}`
    : undefined;
}

function onlineReason({ record, onlineThreshold }: DraftContext): string | undefined {
  const share = quotedRatio(record, "onlineShare");
  return share !== undefined && share < onlineThreshold
    ? `tỷ lệ hồ sơ tiếp nhận trực tuyến đạt ${ratioPercent("onlineShare", share)}, dưới ngưỡng ${formatRatioAsPercent(onlineThreshold)}`
    : undefined;
}

function closingReason(context: DraftContext): string {
  const deadline = context.record.remediationDeadline;
  const errors = errorFindings(context);
  return [
    "đoạn kết của thông báo",
    typeof deadline === "string" && deadline
      ? `hạn báo cáo khắc phục ${formatDate(deadline)}`
      : "hồ sơ chưa nêu hạn báo cáo khắc phục nên để trống “…/…/…”, cần điền trước khi ban hành",
    errors.length > 0
      ? `có ${formatCount(errors.length)} phát hiện mức lỗi nên đề nghị chỉnh sửa số liệu: ${fieldNames(errorFields(context))}`
      : "",
  ]
    .filter(Boolean)
    .join("; ");
}

function unitsSuggestion({ record, findings }: DraftContext): string | undefined {
  const units = numberOf(record, "publicServiceUnits");
  const autonomous = numberOf(record, "autonomousUnits");
  if (units === undefined) return "báo cáo chưa nêu số đơn vị sự nghiệp công lập";
  if (autonomous !== undefined && autonomous > units) {
    return `số đơn vị tự chủ tài chính (${formatCount(autonomous)}) vượt số đơn vị sự nghiệp công lập (${formatCount(units)})`;
  }
  return findingsOn(findings, ["publicServiceUnits", "autonomousUnits"], "lỗi").length > 0
    ? "số liệu đơn vị sự nghiệp công lập chưa thống nhất"
    : undefined;
}

function populationDataSuggestion({ record, onlineThreshold }: DraftContext): string | undefined {
  // Once nearly every dossier is received online, the next step of Đề án 06 is to stop asking
  // citizens for papers the population database already holds.
  const share = quotedRatio(record, "onlineShare");
  return share !== undefined && share >= onlineThreshold
    ? `tỷ lệ tiếp nhận trực tuyến đã đạt ${ratioPercent("onlineShare", share)}, nên chuyển trọng tâm sang khai thác dữ liệu dân cư`
    : undefined;
}

/** The default catalogue, in notice order. */
export const DEFAULT_CATALOGUE: readonly ParagraphRule[] = [
  {
    id: "chi-dao-dieu-hanh",
    title: "Tăng cường chỉ đạo, điều hành cải cách hành chính",
    optional: false,
    template:
      "Tiếp tục tăng cường công tác chỉ đạo, điều hành, tổ chức thực hiện có hiệu quả Kế hoạch cải cách hành chính, đề cao trách nhiệm của người đứng đầu các Phòng, Ban, đơn vị trực thuộc trong tổ chức thực hiện từng nhiệm vụ cải cách hành chính; tăng cường giám sát kết quả thực hiện sau kiểm tra; rà soát các tiêu chí, tiêu chí thành phần theo Bộ chỉ số CCHC đã được UBND tỉnh ban hành để làm cơ sở triển khai thực hiện đồng bộ các nhóm nhiệm vụ, giải pháp, bảo đảm hoàn thành các nhiệm vụ CCHC; đẩy mạnh công tác thông tin, tuyên truyền để cán bộ, công chức, viên chức và người dân tiếp cận và thực hiện đảm bảo theo các quy định.",
    condition: "Luôn đưa vào (nội dung chung, mở đầu phần kiến nghị).",
    reason: always("nội dung chung về chỉ đạo, điều hành và giám sát cải cách hành chính, luôn có trong thông báo"),
  },
  {
    id: "khai-thac-du-lieu-dan-cu",
    title: "Khai thác cơ sở dữ liệu dân cư khi giải quyết TTHC",
    optional: true,
    template:
      "Chỉ đạo cán bộ, công chức, viên chức Trung tâm Phục vụ hành chính công và các bộ phận chuyên môn thực hiện đúng quy trình khai thác, tra cứu thông tin trên cơ sở dữ liệu dân cư khi tiếp nhận, giải quyết TTHC; tuyệt đối không yêu cầu công dân nộp lại giấy tờ, thông tin đã có trong cơ sở dữ liệu.",
    condition: "Tùy chọn, chỉ đưa vào khi cán bộ chọn; gợi ý khi tỷ lệ tiếp nhận trực tuyến đã đạt ngưỡng.",
    reason: populationDataSuggestion,
  },
  {
    id: "khac-phuc-tre-han",
    title: "Khắc phục trễ hạn, thư xin lỗi theo Nghị định 118/2025/NĐ-CP",
    optional: false,
    template:
      "Chỉ đạo các bộ phận chuyên môn khắc phục tình trạng trễ hạn hồ sơ giải quyết TTHC của người dân, tổ chức; đối với các hồ sơ trễ hạn, thực hiện nghiêm túc thư xin lỗi cho tổ chức, công dân, đồng thời thực hiện công khai đầy đủ và đúng theo quy định tại Nghị định 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.",
    condition: "Khi có hồ sơ giải quyết quá hạn hoặc hồ sơ đang giải quyết đã quá hạn.",
    reason: lateReason,
  },
  {
    id: "hoan-thanh-nq57",
    title: "Hoàn thành 100% chỉ tiêu Nghị quyết 57 trên nq57.vn",
    optional: false,
    template:
      "Hoàn thành 100% các chỉ tiêu cấp xã, phường trên Hệ thống thông tin giám sát, đánh giá việc thực hiện Nghị quyết số 57-NQ/TW (tại địa chỉ: nq57.vn).",
    condition: "Khi số chỉ tiêu Nghị quyết 57 đã hoàn thành ít hơn tổng số chỉ tiêu (hoặc báo cáo nêu chỉ tiêu chưa hoàn thành).",
    reason: nq57Reason,
  },
  {
    id: "kich-hoat-vneid",
    title: "Công an xã rà soát đăng ký, kích hoạt VNeID theo từng thôn",
    optional: false,
    template:
      "Chỉ đạo Công an xã chủ trì, phối hợp các bộ phận liên quan rà soát các nhóm đối tượng chưa đăng ký và chưa kích hoạt tài khoản VNeID để có kế hoạch hỗ trợ cụ thể theo từng thôn, đảm bảo đạt tỷ lệ 100%. {dinhDanhToChuc}",
    condition:
      "Khi tỷ lệ kích hoạt tài khoản VNeID dưới 100%; câu về định danh tổ chức được giữ trừ khi số tổ chức đã cấp đúng bằng tổng số và không có phát hiện.",
    reason: vneidReason,
  },
  {
    id: "tuyen-truyen-vneid",
    title: "Tuyên truyền sử dụng VNeID và dịch vụ công trực tuyến",
    optional: false,
    template:
      "Đẩy mạnh tuyên truyền, vận động người dân kích hoạt và sử dụng VNeID, hướng dẫn đăng nhập thực hiện Dịch vụ công trực tuyến, thanh toán trực tuyến, sử dụng chữ ký số khi làm TTHC.",
    condition: "Luôn đưa vào (nhiệm vụ thường xuyên của Đề án 06).",
    reason: always("nhiệm vụ thường xuyên của Đề án 06 về VNeID và dịch vụ công trực tuyến, luôn có trong thông báo"),
  },
  {
    id: "sap-xep-don-vi-su-nghiep",
    title: "Xây dựng Đề án sắp xếp đơn vị sự nghiệp công lập",
    optional: true,
    template: "Khẩn trương xây dựng Đề án sắp xếp lại các đơn vị sự nghiệp trên địa bàn xã đảm bảo theo đúng quy định.",
    condition:
      "Tùy chọn, chỉ đưa vào khi cán bộ chọn; gợi ý khi số đơn vị tự chủ tài chính vượt số đơn vị sự nghiệp công lập hoặc báo cáo chưa nêu số đơn vị.",
    reason: unitsSuggestion,
  },
  {
    id: "kinh-phi-trang-thiet-bi",
    title: "Bố trí kinh phí trang thiết bị",
    optional: true,
    template:
      "Quan tâm bố trí kinh phí đầu tư, nâng cấp cơ sở vật chất, trang thiết bị (máy vi tính, máy in, thiết bị Kiosk lấy số thứ tự, đánh giá sự hài lòng…) tại Trung tâm Phục vụ hành chính công xã, bảo đảm cấu hình đáp ứng yêu cầu giải quyết TTHC trên môi trường điện tử.",
    condition: "Tùy chọn, chỉ đưa vào khi cán bộ chọn (số liệu báo cáo không đủ để gợi ý).",
    reason: () => undefined,
  },
  {
    id: "an-toan-thong-tin",
    title: "An toàn thông tin, không dùng phần mềm điều khiển từ xa",
    optional: true,
    template:
      "Tăng cường bảo đảm an toàn thông tin, an ninh mạng: phân tách vùng mạng khách (công dân), mạng nhân viên và vùng camera an ninh; không cài đặt, sử dụng phần mềm điều khiển máy tính từ xa trên máy tính xử lý hồ sơ, văn bản; thường xuyên cập nhật phần mềm diệt virus có bản quyền.",
    condition: "Tùy chọn, chỉ đưa vào khi cán bộ chọn (số liệu báo cáo không đủ để gợi ý).",
    reason: () => undefined,
  },
  {
    id: "co-so-du-lieu-can-bo",
    title: "Cơ sở dữ liệu cán bộ “Đúng - Đủ - Sạch - Sống”",
    optional: false,
    template:
      "Chỉ đạo đội ngũ cán bộ, công chức, viên chức thường xuyên cập nhật, bổ sung thông tin tại phần mềm cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh, bảo đảm cơ sở dữ liệu “Đúng - Đủ - Sạch - Sống”.",
    condition: "Luôn đưa vào.",
    reason: always("yêu cầu thường xuyên về cơ sở dữ liệu cán bộ, công chức, viên chức, luôn có trong thông báo"),
  },
  {
    id: "dich-vu-cong-truc-tuyen",
    title: "Đẩy mạnh dịch vụ công trực tuyến",
    optional: false,
    template:
      "Đẩy mạnh áp dụng dịch vụ công trực tuyến, liên thông các phần mềm quản lý; thường xuyên theo dõi, giám sát tiến độ xử lý hồ sơ trên hệ thống điện tử. Chủ động kịp thời xử lý các vướng mắc phát sinh, đảm bảo thủ tục hành chính được giải quyết đúng hoặc sớm hơn thời hạn quy định, góp phần nâng cao mức độ hài lòng của người dân và doanh nghiệp.",
    condition: "Khi tỷ lệ hồ sơ tiếp nhận trực tuyến dưới ngưỡng (thiết lập, mặc định 90%).",
    reason: onlineReason,
  },
  {
    id: "bao-cao-khac-phuc",
    title: "Báo cáo kết quả khắc phục",
    optional: false,
    template:
      "Đối với những tồn tại, hạn chế đã được Đoàn kiểm tra nêu ra, Đoàn kiểm tra đề nghị UBND xã sớm thực hiện các biện pháp khắc phục{chinhSuaSoLieu} và báo cáo kết quả khắc phục về Văn phòng UBND tỉnh trước ngày {hanBaoCao} để theo dõi, tổng hợp báo cáo UBND tỉnh./.",
    condition:
      "Luôn đưa vào, ở cuối; khi hồ sơ chưa có hạn báo cáo thì để trống “…/…/…”; khi kiểm tra số liệu có phát hiện mức lỗi thì thêm yêu cầu rà soát, chỉnh sửa các số liệu đó.",
    reason: closingReason,
  },
];
