import { pageText, UNCERTAIN_CONFIDENCE } from "./pageText";

const HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
const word = (block: number, line: number, n: number, conf: number, text: string) =>
  `5\t1\t${block}\t1\t${line}\t${n}\t0\t0\t10\t10\t${conf}\t${text}`;

describe("pageText", () => {
  it("joins words with spaces and lines with line breaks, and marks the words read with low confidence", () => {
    const tsv = [
      HEADER,
      "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t",
      word(1, 1, 1, 96, "Tiếp"),
      word(1, 1, 2, 95, "nhận"),
      word(1, 2, 1, UNCERTAIN_CONFIDENCE - 20, "1.2S2"),
      word(1, 2, 2, 91, "hồ"),
      word(2, 1, 1, 93, "sơ."),
      word(2, 1, 2, 90, " "),
    ].join("\n");
    const { text, uncertain } = pageText(tsv);
    expect(text).toBe("Tiếp nhận\n1.2S2 hồ\nsơ.");
    expect(uncertain.map(({ start, end }) => text.slice(start, end))).toEqual(["1.2S2"]);
  });

  it("gives an empty page for a TSV without words", () => {
    expect(pageText(HEADER)).toEqual({ text: "", uncertain: [] });
  });
});
