// Webpack plugin: after a production build, prints what the task pane loads before it can show anything
// (the initial JavaScript chunks of its entry) raw and gzipped, and fails the build past the budget.
const { gzipSync } = require("node:zlib");

const KB = 1024;

/** Sizes of the entry's initial JavaScript files, and of the chunks it loads later, in bytes. */
function measureEntry(compilation, entryName) {
  const entry = compilation.entrypoints.get(entryName);
  if (!entry) throw new Error(`no entry named "${entryName}"`);
  const sizeOf = (file) => {
    const source = compilation.getAsset(file).source.buffer();
    return { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
  };
  const initialFiles = new Set(entry.getFiles().filter((file) => file.endsWith(".js")));
  const initial = [...initialFiles].map(sizeOf);
  const lazyFiles = new Set();
  for (const chunk of entry.chunks) {
    for (const async of chunk.getAllAsyncChunks()) {
      for (const file of async.files) if (file.endsWith(".js") && !initialFiles.has(file)) lazyFiles.add(file);
    }
  }
  const lazy = [...lazyFiles].map(sizeOf).sort((a, b) => b.gzip - a.gzip);
  return { initial, lazy };
}

const total = (files, key) => files.reduce((sum, f) => sum + f[key], 0);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

class BundleReportPlugin {
  constructor({ entry, budgetGzipKb }) {
    this.entry = entry;
    this.budget = budgetGzipKb * KB;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("BundleReportPlugin", (compilation) => {
      // The report stage comes after minification, while the assets' contents are still in memory.
      compilation.hooks.processAssets.tap({ name: "BundleReportPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () =>
        this.report(compilation, WebpackError),
      );
    });
  }

  report(compilation, WebpackError) {
    if (compilation.options.mode !== "production" || compilation.errors.length > 0) return;
    const { initial, lazy } = measureEntry(compilation, this.entry);
    const gzip = total(initial, "gzip");
    const lines = [
      `Bundle: "${this.entry}" loads first ${initial.length} JS files, ${kb(total(initial, "raw"))} raw, ` +
        `${kb(gzip)} gzip (budget ${kb(this.budget)} gzip)`,
      ...initial.map((f) => `  ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`),
      `  loaded when needed: ${lazy.length} chunks, ${kb(total(lazy, "gzip"))} gzip` +
        (lazy.length
          ? `; largest ${lazy
              .slice(0, 3)
              .map((f) => `${f.file} ${kb(f.gzip)}`)
              .join(", ")}`
          : ""),
    ];
    console.log(lines.join("\n"));
    if (gzip > this.budget) {
      compilation.errors.push(new WebpackError(`The task pane's first load is ${kb(gzip)} gzip, over its ${kb(this.budget)} budget.`));
    }
  }
}

module.exports = { BundleReportPlugin, measureEntry };
