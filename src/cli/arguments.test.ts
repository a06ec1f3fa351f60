import { parseArguments } from "./arguments";

const spec = { flags: ["--json"], options: { output: ["-o", "--output"] } };

describe("command arguments", () => {
  it("separates files, flags and option values", () => {
    const parsed = parseArguments(["a.txt", "--json", "-o", "out.xlsx", "b.pdf"], spec);
    expect(parsed).toEqual({ files: ["a.txt", "b.pdf"], flags: new Set(["--json"]), values: { output: "out.xlsx" } });
    expect(parseArguments(["--output=x.xlsx", "a.txt"], spec)).toMatchObject({ values: { output: "x.xlsx" } });
  });
  it("says in Vietnamese what is wrong", () => {
    expect(parseArguments(["--jsn", "a.txt"], spec)).toEqual({ error: "Tùy chọn không hợp lệ: --jsn." });
    expect(parseArguments(["a.txt", "-o"], spec)).toEqual({ error: 'Thiếu giá trị sau "-o".' });
    expect(parseArguments(["--json"], spec)).toEqual({ error: "Chưa chỉ định tệp báo cáo." });
  });
});
