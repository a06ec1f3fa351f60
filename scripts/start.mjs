// `npm start`: runs the add-in for development.
// With desktop Excel (Windows, Mac) office-addin-debugging starts the HTTPS dev server and sideloads
// manifest.xml into Excel. Without one (Linux, CI, a Mac without Office) the HTTPS dev server is started
// here and the steps to sideload into Excel on the web are printed, in Vietnamese and English.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { get } from "node:https";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url).pathname;
const { DEV_URL } = require("./manifest-url.cjs");
const PANE_URL = `${DEV_URL}/taskpane.html`;
const READY_TIMEOUT_MS = 180_000;

function hasDesktopExcel() {
  if (process.env.CI === "true") return false;
  if (process.platform === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    try {
      execFileSync("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** Runs a node script as a child that ends with this process; resolves to its exit code. */
function runNode(script, args) {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return { child, exited: new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))) };
}

function answers(url) {
  return new Promise((resolve) => {
    const request = get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.on("timeout", () => request.destroy());
  });
}

async function waitUntilServing(url, exited) {
  let done = false;
  exited.then(() => (done = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!done && Date.now() < deadline) {
    if (await answers(url)) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

const SIDELOAD_STEPS = `
Máy chủ phát triển đang chạy: ${PANE_URL}
Máy này không có Excel cho máy tính nên phần bổ trợ chưa được tự động nạp. Nạp vào Excel trên web như sau:
  1. Mở ${PANE_URL} bằng trình duyệt một lần; nếu trình duyệt cảnh báo chứng thư, chọn tiếp tục truy cập.
  2. Mở một sổ tính trên Excel trên web (https://www.office.com).
  3. Chọn Trang đầu (Home) > Phần bổ trợ (Add-ins) > Phần bổ trợ khác (More Add-ins) > Tải lên phần bổ trợ của tôi
     (Upload My Add-in), rồi chọn tệp ${root}manifest.xml.
  4. Nút "Mở ngăn kiểm tra" và "Tính lại" hiện ở nhóm "Kiểm tra CCHC" trên thẻ Trang đầu.
Nhấn Ctrl+C để dừng máy chủ.

The development server is running: ${PANE_URL}
There is no desktop Excel on this machine, so the add-in was not sideloaded. To use it in Excel on the web:
  1. Open ${PANE_URL} once in your browser; if it warns about the certificate, choose to proceed.
  2. Open a workbook in Excel on the web (https://www.office.com).
  3. Choose Home > Add-ins > More Add-ins > Upload My Add-in, and pick ${root}manifest.xml.
  4. "Mở ngăn kiểm tra" (open the pane) and "Tính lại" (recalculate) appear in the "Kiểm tra CCHC" group on Home.
Press Ctrl+C to stop the server.
`;

if (hasDesktopExcel()) {
  const debugging = require.resolve("office-addin-debugging/cli.js");
  const { exited } = runNode(debugging, [
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    new URL(DEV_URL).port,
  ]);
  process.exitCode = await exited;
} else {
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const { exited } = runNode(webpackCli, ["serve", "--mode", "development"]);
  if (await waitUntilServing(PANE_URL, exited)) console.log(SIDELOAD_STEPS);
  else console.error(`Máy chủ phát triển không trả lời tại ${PANE_URL}. The development server did not answer at ${PANE_URL}.`);
  process.exitCode = await exited;
}
