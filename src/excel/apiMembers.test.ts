/**
 * Which members of the Excel API src/excel uses, read from the code with the TypeScript checker,
 * each with its requirement set from the table generated out of @types/office-js
 * (test/office-double/excelApiSets.json). The floor the manifest declares is the highest set used
 * outside a feature check, and every member above it sits inside an `optional(features, …)` of
 * renderSheet.ts (which asks `availableFeatures`), for a feature whose set covers it. The listing
 * is kept in src/excel/excelApiMembers.md: `UPDATE_API_MEMBERS=1 npx jest src/excel/apiMembers`
 * rewrites it after a change.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { EXCEL_API_SETS, compareVersions, requirementOf } from "../../test/office-double/apiSets";
import { type ExcelFeature, FEATURE_REQUIREMENTS, essentialExcelApi } from "./requirements";

const ROOT = join(__dirname, "../..");
const LISTING = join(__dirname, "excelApiMembers.md");
/** The function of renderSheet.ts that queues its callback only when `availableFeatures` offers the feature. */
const GUARD = "optional";
/** What @types/office-js gives no set, being there since 1.1: every object's, a collection's items, the context's workbook. */
const UNANNOTATED = new Set(["load", "toJSON", "context", "isNullObject", "track", "untrack", "items", "workbook"]);

interface Use {
  readonly member: string;
  readonly access: "get" | "set";
  readonly requirement: string | undefined;
  readonly file: string;
  /** The feature checks around it, or "essential" when none is. */
  readonly guards: readonly (ExcelFeature | "essential")[];
}

function program(): ts.Program {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => join(__dirname, name));
  return ts.createProgram(files, { ...parsed.options, noEmit: true });
}

/** "Range.values" when `node` names a member of a class of namespace Excel in @types/office-js. */
function excelMember(checker: ts.TypeChecker, node: ts.PropertyAccessExpression): string | undefined {
  const symbol = checker.getSymbolAtLocation(node.name);
  for (const declaration of symbol?.declarations ?? []) {
    const owner = declaration.parent;
    if (!declaration.getSourceFile().fileName.includes("@types/office-js") || !ts.isClassDeclaration(owner) || !owner.name) continue;
    const namespace = owner.parent.parent;
    if (ts.isModuleDeclaration(namespace) && namespace.name.text === "Excel") return `${owner.name.text}.${node.name.text}`;
  }
  return undefined;
}

function enclosingFunction(node: ts.Node): ts.Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return undefined;
}

function excelUses(): Use[] {
  const built = program();
  const checker = built.getTypeChecker();
  const sources = built.getSourceFiles().filter((file) => file.fileName.startsWith(__dirname.replace(/\\/g, "/")));
  const calls = new Map<ts.Symbol, ts.CallExpression[]>();
  const found: { node: ts.PropertyAccessExpression; member: string; file: ts.SourceFile }[] = [];
  for (const file of sources) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = checker.getSymbolAtLocation(node.expression);
        if (callee) calls.set(callee, [...(calls.get(callee) ?? []), node]);
      }
      if (ts.isPropertyAccessExpression(node)) {
        const member = excelMember(checker, node);
        if (member) found.push({ node, member, file });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  /** The features checked around `node`: a GUARD callback, or every call of the function it is in. */
  const guardsOf = (node: ts.Node, seen: Set<ts.Node> = new Set()): (ExcelFeature | "essential")[] => {
    const fn = enclosingFunction(node);
    if (!fn || seen.has(fn)) return ["essential"];
    const call = fn.parent;
    if (
      ts.isCallExpression(call) &&
      ts.isIdentifier(call.expression) &&
      call.expression.text === GUARD &&
      call.arguments.includes(fn as ts.Expression)
    ) {
      const feature = call.arguments[1];
      if (feature && ts.isStringLiteral(feature)) return [feature.text as ExcelFeature];
    }
    const name =
      (ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.name
        ? fn.name
        : ts.isVariableDeclaration(fn.parent)
          ? fn.parent.name
          : undefined;
    const symbol = name && checker.getSymbolAtLocation(name);
    const callers = symbol ? (calls.get(symbol) ?? []) : [];
    if (callers.length === 0) return guardsOf(fn, new Set([...seen, fn]));
    return [...new Set(callers.flatMap((caller) => guardsOf(caller, new Set([...seen, fn]))))];
  };

  return found.map(({ node, member, file }) => {
    const parent = node.parent;
    const access =
      ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken ? "set" : "get";
    const [className = "", name = ""] = member.split(".");
    return {
      member,
      access,
      requirement: requirementOf(className, name, access),
      file: file.fileName.slice(file.fileName.lastIndexOf("/") + 1),
      guards: guardsOf(node),
    };
  });
}

const uses = excelUses();
const featureSet = (feature: ExcelFeature | "essential"): string =>
  feature === "essential" ? essentialExcelApi() : (FEATURE_REQUIREMENTS.find((r) => r.feature === feature)?.excelApi as string);
const highest = (versions: readonly string[]): string => versions.reduce((a, b) => (compareVersions(b, a) > 0 ? b : a), "1.1");

function listing(): string {
  const rows = new Map<string, { requirement: string; guards: Set<string>; files: Set<string> }>();
  for (const use of uses) {
    const key = `${use.member}${use.access === "set" ? " =" : ""}`;
    const [className = "", name = ""] = use.member.split(".");
    const entry = EXCEL_API_SETS[`${className}.${name}`];
    const requirement =
      entry !== undefined && typeof entry === "object" && "note" in entry ? `${use.requirement} (${entry.note})` : (use.requirement ?? "—");
    const row = rows.get(key) ?? { requirement, guards: new Set(), files: new Set() };
    for (const guard of use.guards) row.guards.add(guard);
    row.files.add(use.file);
    rows.set(key, row);
  }
  const lines = [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([key, row]) => `| \`${key}\` | ${row.requirement} | ${[...row.guards].sort().join(", ")} | ${[...row.files].sort().join(", ")} |`,
    );
  return [
    "# Excel API members used by src/excel",
    "",
    "Generated by src/excel/apiMembers.test.ts from the code and test/office-double/excelApiSets.json",
    `(@types/office-js). The manifest's floor is ExcelApi ${essentialExcelApi()}: a member above it is used only`,
    "inside a check of the feature named (renderSheet.ts, `optional`).",
    "",
    "| Member (` =` when set) | ExcelApi | Used for | Files |",
    "|---|---|---|---|",
    ...lines,
    "",
  ].join("\n");
}

describe("the Excel API members src/excel uses", () => {
  it("are all in the table generated from @types/office-js, or are what every object has", () => {
    expect(uses.length).toBeGreaterThan(40);
    expect(
      uses.filter((u) => u.requirement === undefined && !UNANNOTATED.has(u.member.split(".")[1] as string)).map((u) => u.member),
    ).toEqual([]);
  });

  it("need no set above the floor outside a check of availableFeatures for a feature whose set covers them", () => {
    const uncovered = uses.filter(
      (u) => u.requirement !== undefined && u.guards.some((g) => compareVersions(u.requirement as string, featureSet(g)) > 0),
    );
    expect(uncovered.map((u) => `${u.member} (${u.requirement}) in ${u.file} under ${u.guards.join(", ")}`)).toEqual([]);
  });

  it("set the floor and each feature's set: the highest set among the members each uses", () => {
    const versionsOf = (feature: ExcelFeature | "essential") =>
      uses.filter((u) => u.guards.includes(feature)).map((u) => u.requirement ?? "1.1");
    expect(highest(versionsOf("essential"))).toBe(essentialExcelApi());
    const optional = FEATURE_REQUIREMENTS.filter((r) => !r.essential && versionsOf(r.feature).length > 0);
    expect(optional.map((r) => r.feature).sort()).toEqual(["charts", "conditionalFormats", "dataValidation", "freezePanes"]);
    for (const { feature, excelApi } of optional)
      expect({ feature, excelApi: highest(versionsOf(feature)) }).toEqual({ feature, excelApi });
  });

  it("are listed in src/excel/excelApiMembers.md", () => {
    if (process.env.UPDATE_API_MEMBERS === "1") writeFileSync(LISTING, listing());
    expect(readFileSync(LISTING, "utf8")).toBe(listing());
  });
});
