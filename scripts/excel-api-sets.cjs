/**
 * The requirement set of every member of the Excel JavaScript API classes, read from the
 * `[Api set: ExcelApi 1.x]` annotations of @types/office-js. The Office double refuses a member
 * above its host's set, and test/office-double checks which members src/excel uses, from this
 * table. `node scripts/excel-api-sets.cjs` rewrites test/office-double/excelApiSets.json after an
 * update of @types/office-js; a test fails while the committed table differs from the package.
 */
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const ts = require("typescript");

const ROOT = join(__dirname, "..");
const TABLE = join(ROOT, "test/office-double/excelApiSets.json");
const DECLARATIONS = join(ROOT, "node_modules/@types/office-js/index.d.ts");

/** "ExcelApi 1.7" → { set: "ExcelApi", version: "1.7" }; the sets other than ExcelApi keep their names. */
function parseSet(text) {
  const match = /^(Excel\w*)\s+(\d+\.\d+)/.exec(text.trim());
  return match ? { set: match[1], version: match[2] } : undefined;
}

/**
 * One annotation's requirement: a member the annotation gives one set, or a property read in one set
 * and written in another ("ExcelApi 1.1 for get, 1.8 for set", "1.1 for reading …; 1.2 for setting it").
 * Other qualifiers (a parameter or a value type added later) are kept as the note, the first set counting.
 */
function parseAnnotation(annotation) {
  const first = parseSet(annotation);
  if (!first) return undefined;
  const name = (set) => (set === "ExcelApi" ? "" : `${set} `);
  const rest = annotation.slice(annotation.indexOf(first.version) + first.version.length).trim();
  if (rest === "") return `${name(first.set)}${first.version}`;
  const write = /(\d+\.\d+) for (?:set|setting)\b/.exec(rest);
  if (/^for (?:get|getting|reading)\b/.test(rest) && write) return { get: first.version, set: write[1] };
  return { version: `${name(first.set)}${first.version}`, note: annotation.trim() };
}

function annotationOf(node, source) {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .map((doc) => source.text.slice(doc.pos, doc.end))
    .join("\n");
  const match = /\[Api set: ([^\]]*)\]/.exec(text.replace(/\n\s*\*\s*/g, " "));
  return match ? match[1] : undefined;
}

/** Lower versions first; a set other than ExcelApi after every ExcelApi version. */
function versionKey(entry) {
  const version = typeof entry === "string" ? entry : (entry.version ?? entry.get);
  const match = /^(\d+)\.(\d+)$/.exec(version);
  return match ? Number(match[1]) * 1000 + Number(match[2]) : Number.MAX_SAFE_INTEGER;
}

/** { "Class.member": "1.7" | { get, set } | { version, note } } for the classes of namespace Excel. */
function excelApiSets(declarations = readFileSync(DECLARATIONS, "utf8")) {
  const source = ts.createSourceFile("index.d.ts", declarations, ts.ScriptTarget.Latest, true);
  const members = {};
  for (const statement of source.statements) {
    if (!ts.isModuleDeclaration(statement) || statement.name.text !== "Excel" || !statement.body || !ts.isModuleBlock(statement.body))
      continue;
    for (const declaration of statement.body.statements) {
      if (!ts.isClassDeclaration(declaration) || !declaration.name) continue;
      for (const member of declaration.members) {
        if (!member.name || !ts.isIdentifier(member.name)) continue;
        const annotation = annotationOf(member, source);
        const entry = annotation && parseAnnotation(annotation);
        if (!entry) continue;
        const key = `${declaration.name.text}.${member.name.text}`;
        // Overloads (a string or an enum, say) may name different sets: the lowest is when the member appeared.
        if (!(key in members) || versionKey(entry) < versionKey(members[key])) members[key] = entry;
      }
    }
  }
  return Object.fromEntries(Object.entries(members).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The table as committed: one member a line, so an update of @types/office-js reads as a short diff. */
function tableText(table = excelApiSets()) {
  const lines = Object.entries(table).map(([key, entry]) => `  ${JSON.stringify(key)}: ${JSON.stringify(entry)}`);
  return `{\n${lines.join(",\n")}\n}\n`;
}

module.exports = { TABLE, excelApiSets, tableText };

if (require.main === module) {
  writeFileSync(TABLE, tableText());
  console.log(`${TABLE}: ${Object.keys(excelApiSets()).length} members`);
}
