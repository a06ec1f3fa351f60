import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { addinUrl, manifestFor } from "../../scripts/manifest-url.cjs";
import { essentialExcelApi } from "../../src/excel/requirements";
import {
  declaredIcons,
  excelApiMinVersion,
  functionNames,
  missingElements,
  parseManifest,
  pngSize,
  resourceProblems,
  urls,
} from "./manifestCheck";

const root = resolve(__dirname, "../..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const manifest = parseManifest(xml);

describe("manifest.xml", () => {
  it("is a task-pane add-in for Excel with the elements Office requires, in Vietnamese", () => {
    expect(missingElements(manifest)).toEqual([]);
    expect(manifest.getElementsByTagName("DefaultLocale")[0]?.textContent).toBe("vi-VN");
    expect(manifest.getElementsByTagName("DisplayName")[0]?.getAttribute("DefaultValue")).toBe("Kiểm tra CCHC cấp xã");
  });

  it("defines every resource it refers to, each of the right kind", () => {
    expect(resourceProblems(manifest)).toEqual([]);
  });

  it("gives only https URLs", () => {
    const found = urls(manifest);
    expect(found.length).toBeGreaterThan(8);
    expect(found.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  it("declares icons that exist in assets/ at the sizes Office asks for", () => {
    const icons = declaredIcons(manifest);
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of icons) {
      const file = join(root, new URL(url).pathname);
      expect({ url, ...pngSize(readFileSync(file)) }).toEqual({ url, width: size, height: size });
    }
  });

  it("requires the ExcelApi set of the features the add-in cannot work without", () => {
    expect(excelApiMinVersion(manifest)).toBe(essentialExcelApi());
  });

  it("names only ribbon functions that the function file registers", () => {
    const commands = readFileSync(join(root, "src/commands/commands.ts"), "utf8");
    for (const name of functionNames(manifest)) {
      expect(commands).toContain(`Office.actions.associate("${name}"`);
    }
  });
});

describe("the production manifest (ADDIN_URL)", () => {
  it("points every URL at the hosting address and still passes the checks", () => {
    const production = parseManifest(manifestFor(xml, addinUrl("https://cchc.example.gov.vn/bo-tro/")));
    const found = urls(production);
    expect(found.length).toBe(urls(manifest).length);
    expect(found.filter((url) => !url.startsWith("https://cchc.example.gov.vn/bo-tro/"))).toEqual([]);
    expect(missingElements(production)).toEqual([]);
    expect(resourceProblems(production)).toEqual([]);
  });

  it("is refused for an address that is not https", () => {
    expect(() => addinUrl("http://cchc.example.gov.vn")).toThrow(/ADDIN_URL/);
    expect(() => addinUrl("cchc.example.gov.vn")).toThrow(/https/);
    expect(addinUrl(undefined)).toBe("https://localhost:3000");
  });
});

describe("the offline check itself", () => {
  it("rejects XML that is not well-formed", () => {
    expect(() => parseManifest(xml.replace("</Hosts>", ""))).toThrow(/well-formed.*closes <Hosts>/);
    expect(() => parseManifest(xml.replace("</OfficeApp>", ""))).toThrow(/<OfficeApp> never closed/);
    expect(() => parseManifest(xml.replace("<Id>", "<Id a=>"))).toThrow(/malformed markup/);
    expect(() => parseManifest(xml.replace('"Workbook"/>', '"Workbook>'))).toThrow(/well-formed/);
  });

  it("reports a missing resource, a resource of the wrong kind and a plain-http URL", () => {
    const broken = parseManifest(
      xml
        .replace('resid="Recalc.32x32"', 'resid="Recalc.33x33"')
        .replace('<Label resid="Group.Label"/>', '<Label resid="OpenPane.Tooltip"/>')
        .replace("https://localhost:3000/commands.html", "http://localhost:3000/commands.html"),
    );
    expect(resourceProblems(broken)).toEqual([
      'resid "OpenPane.Tooltip" (Label) is in LongStrings, not ShortStrings',
      'resid "Recalc.33x33" (Image) is not defined',
    ]);
    expect(urls(broken).filter((url) => !url.startsWith("https://"))).toEqual(["http://localhost:3000/commands.html"]);
  });

  it("reports a manifest without a ribbon button that runs a function", () => {
    const broken = parseManifest(xml.replace('xsi:type="ExecuteFunction"', 'xsi:type="ShowTaskpane"'));
    expect(missingElements(broken)).toEqual(["no button runs a function"]);
  });

  it("reads a PNG's size and refuses other bytes", () => {
    expect(pngSize(readFileSync(join(root, "assets/icon-80.png")))).toEqual({ width: 80, height: 80 });
    expect(pngSize(Buffer.from("GIF89a....................."))).toBeUndefined();
  });
});
