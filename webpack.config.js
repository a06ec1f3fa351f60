// The add-in's web build: the task pane (taskpane.html) and the ribbon's function file (commands.html),
// with the icons and the manifest, into dist/. `npm run build` for production, `npm start` to develop.
const path = require("node:path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { BundleReportPlugin } = require("./scripts/bundle-report.cjs");
const { DEV_URL, addinUrl, manifestFor } = require("./scripts/manifest-url.cjs");

/** gzip KB the task pane may load before it shows anything. */
const FIRST_LOAD_BUDGET_KB = 84;

/**
 * The OCR engine, served from the add-in's origin (nothing from a CDN) and fetched only when a scan
 * is opened: tesseract.js's worker script, its LSTM cores (with and without SIMD; each finds its
 * .wasm beside it) and the Vietnamese model (4.0.0_best_int). src/readers/ocr/platform.browser.ts names them.
 */
const OCR_PLATFORM = path.resolve(__dirname, "src/readers/ocr/platform");
const OCR_FILES = [
  "tesseract.js/dist/worker.min.js",
  ...["tesseract-core-simd-lstm", "tesseract-core-lstm"].flatMap((core) => [
    `tesseract.js-core/${core}.js`,
    `tesseract.js-core/${core}.wasm`,
  ]),
  "@tesseract.js-data/vie/4.0.0_best_int/vie.traineddata.gz",
];

module.exports = async (_env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const url = addinUrl();
  const https = serving ? await (await import("./scripts/dev-certs.mjs")).devHttpsOptions() : undefined;
  return {
    mode: production ? "production" : "development",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Relative to the page: the add-in can be hosted under any path of ADDIN_URL.
      publicPath: "",
      // dist/node holds the CLI's build (tsconfig.node.json); the web build must not wipe it.
      clean: { keep: /^node[\\/]/ },
    },
    // Source maps are not shipped in production unless asked for (SOURCE_MAPS=true).
    devtool: production ? (process.env.SOURCE_MAPS === "true" ? "source-map" : false) : "eval-cheap-module-source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // The pane runs on Preact's React compatibility layer: react-dom alone is 45 KB gzip, more than half the
      // pane's 84 KB first-load budget, which Fluent's provider, tab list, buttons and message bars need.
      // Types and unit tests stay on React 18's API, which preact/compat implements.
      alias: {
        react$: "preact/compat",
        "react-dom$": "preact/compat",
        "react-dom/client$": "preact/compat/client",
        "react/jsx-runtime$": "preact/jsx-runtime",
        scheduler$: "preact/compat/scheduler",
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are `npm run typecheck`'s job; the bundle only needs the JavaScript.
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    plugins: [
      // The pane's build of the OCR platform (workers, engine files by URL) in place of the CLI's.
      new webpack.NormalModuleReplacementPlugin(/(^|\/)platform$/, (resource) => {
        if (path.resolve(resource.context, resource.request) === OCR_PLATFORM) resource.request += ".browser";
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // Internet Explorer never runs module scripts, so old Office keeps the page taskpane.html shows it.
        scriptLoading: "module",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "module",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...OCR_FILES.map((file) => ({ from: require.resolve(file), to: "ocr/[name][ext]", info: { minimized: true } })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content.toString(), url),
          },
        ],
      }),
      new BundleReportPlugin({ entry: "taskpane", budgetGzipKb: FIRST_LOAD_BUDGET_KB }),
    ],
    optimization: {
      splitChunks: { chunks: "all" },
    },
    // The first-load budget is checked in gzip by BundleReportPlugin; these raw limits catch outliers
    // such as a parser pulled into a chunk whole (pdf.js, exceljs are loaded only when needed).
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: 400 * 1024,
      maxAssetSize: 1536 * 1024,
      // The OCR engine's files (a 2.8 MB core, a 1.4 MB model) are fetched only when a scan is opened.
      assetFilter: (name) => !name.startsWith("ocr/") && !name.endsWith(".map"),
    },
    devServer: serving
      ? {
          port: Number(new URL(DEV_URL).port),
          host: "localhost",
          server: { type: "https", options: https.options },
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
