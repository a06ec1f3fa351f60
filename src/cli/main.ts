/** `cchc`: the engine of the add-in on the command line, in Vietnamese with English flags. */
import type { CliIo } from "./command";
import { COMMANDS } from "./commands";

const consoleIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  return [
    "cchc: công cụ dòng lệnh hỗ trợ kiểm tra cải cách hành chính, Nghị quyết 57-NQ/TW và Đề án 06 cấp xã.",
    "Dữ liệu chỉ được xử lý trên máy này, không gửi đi đâu.",
    "",
    "Cách dùng: npx cchc <lệnh> [tùy chọn] TỆP...",
    "",
    "Các lệnh:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Tùy chọn chung:",
    "  -h, --help     Hiển thị hướng dẫn (của lệnh, nếu đặt sau tên lệnh)",
    "  -v, --version  Hiển thị phiên bản",
    "  --             Kết thúc tùy chọn: các tham số sau đều là tên tệp (kể cả tên bắt đầu bằng “-”)",
    "",
  ].join("\n");
}

export async function main(argv: readonly string[], io: CliIo = consoleIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.out(helpText());
    return 0;
  }
  if (name === "-v" || name === "--version") {
    io.out("0.1.0");
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Lệnh không hợp lệ: "${name}". Gõ "npx cchc --help" để xem các lệnh.`);
    return 2;
  }
  // After "--" every argument is a file name, even "-h".
  const options = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
  if (options.includes("-h") || options.includes("--help")) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.err(`Lỗi không mong muốn: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
