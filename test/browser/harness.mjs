// What the browser tests share: the built pane (dist/) served over HTTPS on 127.0.0.1, the Office double
// bundled for the page and served in place of the CDN's office.js, and Debian's Chromium driven headless.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:https";
import { extname, join, normalize, sep } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import webpack from "webpack";
import { createSelfSignedCertificate } from "../../scripts/dev-certs.mjs";

const root = new URL("../..", import.meta.url).pathname;
export const DIST = join(root, "dist");
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  // The OCR engine's core and Vietnamese model (dist/ocr/).
  ".wasm": "application/wasm",
  ".gz": "application/gzip",
};

/** Serves dist/ as the add-in's host would; resolves to its origin and a close function. */
export async function serveDist() {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` before the browser tests.");
  }
  const server = createServer(createSelfSignedCertificate(["127.0.0.1"], 1), (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "https://127.0.0.1").pathname));
    const file = join(DIST, path);
    if (!file.startsWith(DIST + sep) || !existsSync(file) || !TYPES[extname(file)]) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `https://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** test/office-double/browser.ts as one script for the page (built once per test file into .tmp/). */
export async function bundleOfficeDouble() {
  const outputPath = join(root, ".tmp", "browser");
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: join(root, "test/office-double/browser.ts"),
    output: { path: outputPath, filename: "office-double.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: join(root, "tsconfig.json") } } }],
    },
  });
  const stats = await new Promise((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : compiler.close(() => resolve(result)))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return readFileSync(join(outputPath, "office-double.js"), "utf8");
}

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Opens `path` of the served add-in in a fresh context, with the double in place of office.js.
 * `doubleOptions` configure the double (requirement sets, NotificationMessages); every request the page
 * makes is recorded in `requests`.
 */
export async function openPage(browser, { origin, officeDouble, path = "/taskpane.html", userAgent, doubleOptions }) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: "vi-VN", ...(userAgent ? { userAgent } : {}) });
  await context.route(OFFICE_JS_CDN, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: officeDouble }),
  );
  if (doubleOptions) {
    await context.addInitScript((options) => {
      window.officeDoubleOptions = options;
    }, doubleOptions);
  }
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(origin + path);
  return { page, context, requests, errors };
}

/**
 * For the enclosing describe: serves dist/, bundles the Office double and starts Chromium once, closes them
 * after, and opens pages on that server with the double in place of office.js.
 */
export function browserFixture() {
  const fixture = {
    server: undefined,
    browser: undefined,
    officeDouble: undefined,
    open: (options = {}) => openPage(fixture.browser, { origin: fixture.server.origin, officeDouble: fixture.officeDouble, ...options }),
  };
  before(async () => {
    [fixture.server, fixture.officeDouble, fixture.browser] = await Promise.all([serveDist(), bundleOfficeDouble(), launchChromium()]);
  });
  after(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}
