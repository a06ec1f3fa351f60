import { parseArguments } from "./arguments";

const spec = { flags: ["--json"], options: { output: ["-o", "--output"] } };

describe("command arguments", () => {
  it("separates files, flags and option values", () => {
    const parsed = parseArguments(["a.txt", "--json", "-o", "out.xlsx", "b.pdf"], spec);
    expect(parsed).toEqual({ files: ["a.txt", "b.pdf"], flags: new Set(["--json"]), values: { output: "out.xlsx" } });
    expect(parseArguments(["--output=x.xlsx", "a.txt"], spec)).toMatchObject({ values: { output: "x.xlsx" } });
  });
  it("takes every argument after -- as a file, even one that looks like an option", () => {
    expect(parseArguments(["--json", "--", "-2+3.txt", "--json", "-o"], spec)).toEqual({
      files: ["-2+3.txt", "--json", "-o"],
      flags: new Set(["--json"]),
      values: {},
    });
    expect(parseArguments(["--"], spec)).toEqual({ error: "Chưa chỉ định tệp báo cáo." });
  });
  it("refuses an option or a flag given twice, in any spelling", () => {
    expect(parseArguments(["a.txt", "-o", "x.xlsx", "-o", "y.xlsx"], spec)).toEqual({
      error: 'Tùy chọn "-o" được chỉ định nhiều lần; đề nghị chỉ ghi một lần.',
    });
    expect(parseArguments(["a.txt", "-o", "x.xlsx", "--output=y.xlsx"], spec)).toMatchObject({
      error: expect.stringContaining('"--output" được chỉ định nhiều lần'),
    });
    expect(parseArguments(["a.txt", "--json", "--json"], spec)).toMatchObject({
      error: expect.stringContaining('"--json" được chỉ định nhiều lần'),
    });
  });
  it("says in Vietnamese what is wrong", () => {
    expect(parseArguments(["--jsn", "a.txt"], spec)).toEqual({ error: "Tùy chọn không hợp lệ: --jsn." });
    expect(parseArguments(["a.txt", "-o"], spec)).toEqual({ error: 'Thiếu giá trị sau "-o".' });
    expect(parseArguments(["--json"], spec)).toEqual({ error: "Chưa chỉ định tệp báo cáo." });
  });
});
