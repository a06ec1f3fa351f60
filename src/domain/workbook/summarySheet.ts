/**
 * "Tổng hợp": province totals and rates, a ranking of communes and the charts, all as formulas
 * over "Số liệu xã" so they stay right when staff edit figures without the add-in. Province
 * rates are total numerator over total denominator of the communes where the ratio can be
 * computed, never an average of ratios.
 */
import { type Expr, toExcelArithmetic } from "../expr/expr";
import { FIELDS, type FieldId } from "../record/fields";
import { RATIOS, type Ratio, type RatioId } from "../ratios/catalogue";
import { columnLetter, quotedSheet, rangeAddress } from "./a1";
import { type Cell, formula } from "./cells";
import type { ColumnPositions } from "./dataSheet";
import { NUMBER_FORMATS, SHEETS } from "./layout";
import type { ChartSpec, SheetModel } from "./sheetModel";

/** The ratios communes are ranked on and charted. */
export const RANKED_RATIOS: readonly RatioId[] = ["onlineShare", "onTimeRate", "vneidActivation"];

/** Cells where a ratio is a number; the criterion matches numbers only, never the "" of an n/a ratio. */
const ANY_NUMBER = '">-9.9E+307"';

function wholeColumn(positions: ColumnPositions, key: string): string {
  const at = positions.get(key);
  if (at === undefined) throw new Error(`column ${key} has no position`);
  const letter = columnLetter(at);
  return `${quotedSheet(SHEETS.data)}!$${letter}:$${letter}`;
}

/** Sums are linear: the total of `a + b − c` is the sum of each total. Products of fields are not. */
function assertLinear(expr: Expr, ratio: Ratio): void {
  if (expr.op === "*" || expr.op === "/") throw new Error(`ratio ${ratio.id}: a province total needs a sum or difference of fields`);
  if (expr.op === "+" || expr.op === "-") {
    assertLinear(expr.left, ratio);
    assertLinear(expr.right, ratio);
  }
}

/** The total of an expression over the communes where the ratio is defined, as an Excel expression. */
export function totalWhereDefined(expr: Expr, ratio: Ratio, positions: ColumnPositions): string {
  assertLinear(expr, ratio);
  const where = wholeColumn(positions, `ratio:${ratio.id}`);
  return toExcelArithmetic(expr, (id: FieldId) => `SUMIFS(${wholeColumn(positions, id)},${where},${ANY_NUMBER})`);
}

export const SUMMARY_TEXT = {
  title: "TỔNG HỢP KẾT QUẢ KIỂM TRA CẢI CÁCH HÀNH CHÍNH, NGHỊ QUYẾT SỐ 57-NQ/TW VÀ ĐỀ ÁN 06",
  note: "Các số liệu dưới đây là công thức tính từ sheet “Số liệu xã”. Tỷ lệ toàn tỉnh = tổng tử số / tổng mẫu số của các xã có đủ số liệu (không lấy bình quân các tỷ lệ).",
  chartNote:
    "Biểu đồ (tỷ lệ hồ sơ trực tuyến, tỷ lệ giải quyết đúng hạn, tỷ lệ kích hoạt định danh điện tử theo xã) do phần bổ trợ vẽ khi bấm “Tính lại”; tệp lập bằng dòng lệnh chưa có biểu đồ.",
  totalsHeader: ["Số liệu", "Tổng toàn tỉnh", "Số xã có số liệu"],
  ratiosHeader: ["Tỷ lệ", "Tử số", "Mẫu số", "Tỷ lệ toàn tỉnh", "Số xã tính được"],
  rankingTitle: "XẾP HẠNG CÁC XÃ, PHƯỜNG",
  rank: "Thứ hạng",
} as const;

/**
 * The sheet for `communes` data rows of "Số liệu xã" from sheet row `firstDataRow` (1-based) at
 * `positions`. `withChartNote` adds the line saying charts come from the add-in (the .xlsx has none).
 */
export function summarySheet(positions: ColumnPositions, communes: number, withChartNote: boolean, firstDataRow = 2): SheetModel {
  const rows: Cell[][] = [[SUMMARY_TEXT.title], [SUMMARY_TEXT.note], [withChartNote ? SUMMARY_TEXT.chartNote : null], []];
  const headerRows: number[] = [];
  const cellFormats: { address: string; numberFormat: string }[] = [];

  headerRows.push(rows.length);
  rows.push([...SUMMARY_TEXT.totalsHeader]);
  for (const field of FIELDS.filter((f) => f.kind === "count")) {
    const column = wholeColumn(positions, field.id);
    rows.push([field.label, formula(`SUM(${column})`), formula(`COUNT(${column})`)]);
  }
  cellFormats.push({
    address: rangeAddress(headerRows[0] as number, 1, rows.length - (headerRows[0] as number), 2),
    numberFormat: NUMBER_FORMATS.count,
  });

  rows.push([]);
  const ratioHeader = rows.length;
  headerRows.push(ratioHeader);
  rows.push([...SUMMARY_TEXT.ratiosHeader]);
  for (const ratio of RATIOS) {
    const row = rows.length + 1;
    rows.push([
      ratio.label,
      formula(totalWhereDefined(ratio.numerator, ratio, positions)),
      formula(totalWhereDefined(ratio.denominator, ratio, positions)),
      formula(`IF(AND(ISNUMBER(B${row}),ISNUMBER(C${row})),IF(C${row}<>0,B${row}/C${row},""),"")`),
      formula(`COUNT(${wholeColumn(positions, `ratio:${ratio.id}`)})`),
    ]);
  }
  const ratioRows = RATIOS.length;
  cellFormats.push({ address: rangeAddress(ratioHeader + 1, 1, ratioRows, 2), numberFormat: NUMBER_FORMATS.count });
  cellFormats.push({ address: rangeAddress(ratioHeader + 1, 3, ratioRows, 1), numberFormat: NUMBER_FORMATS.ratio });
  cellFormats.push({ address: rangeAddress(ratioHeader + 1, 4, ratioRows, 1), numberFormat: NUMBER_FORMATS.count });

  rows.push([]);
  rows.push([SUMMARY_TEXT.rankingTitle]);
  const ranked = RANKED_RATIOS.map((id) => RATIOS.find((r) => r.id === id) as Ratio);
  const rankingHeader = rows.length;
  headerRows.push(rankingHeader);
  rows.push(["Xã, phường", ...ranked.map((r) => r.label), ...ranked.map((r) => `${SUMMARY_TEXT.rank}: ${r.label}`)]);
  const first = rankingHeader + 2;
  const last = rankingHeader + 1 + communes;
  const communeColumn = positions.get("commune");
  for (let i = 0; i < communes; i++) {
    const dataRow = firstDataRow + i;
    const row = first + i;
    const ref = (key: string): Cell => {
      const at = positions.get(key);
      return at === undefined ? null : formula(`${quotedSheet(SHEETS.data)}!${columnLetter(at)}${dataRow}&""`);
    };
    const value = (key: string): Cell => {
      const at = positions.get(key);
      return at === undefined ? null : formula(`${quotedSheet(SHEETS.data)}!${columnLetter(at)}${dataRow}`);
    };
    rows.push([
      communeColumn === undefined ? null : ref("commune"),
      ...ranked.map((r) => value(`ratio:${r.id}`)),
      ...ranked.map((_, k) => {
        const letter = columnLetter(1 + k);
        return formula(`IF(ISNUMBER(${letter}${row}),RANK(${letter}${row},$${letter}$${first}:$${letter}$${last},0),"")`);
      }),
    ]);
  }
  if (communes > 0) {
    cellFormats.push({ address: rangeAddress(first - 1, 1, communes, ranked.length), numberFormat: NUMBER_FORMATS.ratio });
    cellFormats.push({ address: rangeAddress(first - 1, 1 + ranked.length, communes, ranked.length), numberFormat: "0" });
  }

  const chartTop = rankingHeader;
  const chartLeft = 2 + 2 * ranked.length;
  const categories = rangeAddress(first - 1, 0, Math.max(communes, 1), 1);
  const series = (k: number): { name: string; values: string } => ({
    name: (ranked[k] as Ratio).label,
    values: rangeAddress(first - 1, 1 + k, Math.max(communes, 1), 1),
  });
  const height = Math.max(18, Math.min(communes, 60) + 4);
  const charts: ChartSpec[] =
    communes === 0
      ? []
      : [
          {
            name: "BieuDoHoSo",
            title: "Tỷ lệ hồ sơ trực tuyến và tỷ lệ giải quyết đúng hạn theo xã",
            categories,
            series: [series(0), series(1)],
            from: rangeAddress(chartTop, chartLeft, 1, 1),
            to: rangeAddress(chartTop + height, chartLeft + 9, 1, 1),
          },
          {
            name: "BieuDoVNeID",
            title: "Tỷ lệ kích hoạt tài khoản định danh điện tử theo xã",
            categories,
            series: [series(2)],
            from: rangeAddress(chartTop + height + 2, chartLeft, 1, 1),
            to: rangeAddress(chartTop + 2 * height + 2, chartLeft + 9, 1, 1),
          },
        ];

  return {
    name: SHEETS.summary,
    rows,
    widths: [48, 16, 16, 16, 16, 16, 16],
    columnFormats: [],
    cellFormats,
    headerRows,
    freezeHeader: false,
    charts,
  };
}
