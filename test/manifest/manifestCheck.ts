/**
 * An offline check of the add-in manifest: `office-addin-manifest validate` needs Microsoft's online
 * service, which CI and these machines cannot reach. Each function returns the problems it finds, in
 * English for developers, so a test can show all of them at once.
 */
import { DOMParser } from "@xmldom/xmldom";

export const OFFICE_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
export const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
export const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

// One markup item at a "<": declaration, comment, CDATA, or a start/end/empty tag with quoted attributes.
const MARKUP =
  /<\?[^]*?\?>|<!--[^]*?-->|<!\[CDATA\[[^]*?\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;

/** Tags that do not nest or close properly; xmldom 0.8 repairs these silently, so they are checked here. */
function nestingProblems(xml: string): string[] {
  const open: string[] = [];
  for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) {
    MARKUP.lastIndex = at;
    const match = MARKUP.exec(xml);
    const line = xml.slice(0, at).split("\n").length;
    if (!match) return [`line ${line}: malformed markup`];
    const [, closing, name, , empty] = match;
    if (name === undefined) continue;
    if (closing) {
      const expected = open.pop();
      if (expected !== name) return [`line ${line}: </${name}> closes <${expected ?? "nothing"}>`];
    } else if (!empty) open.push(name);
  }
  return open.length > 0 ? [`<${open.join("> <")}> never closed`] : [];
}

/** Parses the manifest, throwing on anything not well-formed. */
export function parseManifest(xml: string): Document {
  const problems = nestingProblems(xml);
  const record = (message: string) => problems.push(message);
  const doc = new DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } }).parseFromString(xml, "text/xml");
  if (problems.length > 0 || !doc.documentElement) throw new Error(`manifest is not well-formed XML: ${problems.join("; ")}`);
  return doc as unknown as Document;
}

function elements(root: Document | Element, ns: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(XSI_NS, "type");
}

/** The elements the manifest of a task-pane add-in for Excel with ribbon commands must have. */
export function missingElements(doc: Document): string[] {
  const problems: string[] = [];
  const root = doc.documentElement;
  if (root.namespaceURI !== OFFICE_NS || root.localName !== "OfficeApp") problems.push("root is not OfficeApp");
  if (xsiType(root) !== "TaskPaneApp") problems.push("OfficeApp is not a TaskPaneApp");
  const text = (name: string) => elements(doc, OFFICE_NS, name)[0]?.textContent?.trim() ?? "";
  const value = (name: string) => elements(doc, OFFICE_NS, name)[0]?.getAttribute("DefaultValue") ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) problems.push("Id is not a GUID");
  if (!/^\d+(\.\d+){0,3}$/.test(text("Version"))) problems.push("Version is not n.n.n.n");
  if (text("ProviderName") === "") problems.push("ProviderName is empty");
  if (text("DefaultLocale") === "") problems.push("DefaultLocale is empty");
  const displayName = value("DisplayName");
  if (displayName === "" || displayName.length > 125) problems.push("DisplayName is empty or over 125 characters");
  const description = value("Description");
  if (description === "" || description.length > 250) problems.push("Description is empty or over 250 characters");
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SourceLocation"]) {
    if (value(name) === "") problems.push(`${name} is missing`);
  }
  if (!elements(doc, OFFICE_NS, "Host").some((h) => h.getAttribute("Name") === "Workbook")) problems.push("no Workbook host");
  if (!["ReadWriteDocument", "ReadDocument"].includes(text("Permissions"))) problems.push("Permissions is not a document permission");
  const overrides = elements(doc, OVERRIDES_NS, "VersionOverrides")[0];
  if (!overrides) return [...problems, "no VersionOverrides"];
  if (elements(overrides, OVERRIDES_NS, "FunctionFile").length !== 1) problems.push("no FunctionFile");
  const surfaces = elements(overrides, OVERRIDES_NS, "ExtensionPoint").filter((e) => xsiType(e) === "PrimaryCommandSurface");
  if (surfaces.length !== 1) problems.push("no PrimaryCommandSurface");
  const actions = elements(overrides, OVERRIDES_NS, "Action").map(xsiType);
  if (!actions.includes("ShowTaskpane")) problems.push("no button opens the task pane");
  if (!actions.includes("ExecuteFunction")) problems.push("no button runs a function");
  return problems;
}

/** The ExcelApi version the manifest requires, or undefined. */
export function excelApiMinVersion(doc: Document): string | undefined {
  const set = elements(doc, OFFICE_NS, "Set").find((s) => s.getAttribute("Name") === "ExcelApi");
  return set?.getAttribute("MinVersion") ?? undefined;
}

/** Function names the ribbon's ExecuteFunction buttons call. */
export function functionNames(doc: Document): string[] {
  return elements(doc, OVERRIDES_NS, "FunctionName").map((e) => e.textContent?.trim() ?? "");
}

/** Which resource list a referencing element's resid must be in. */
function resourceKind(element: Element): string {
  if (element.localName === "Image") return "Images";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(element.localName)) return "Urls";
  if (element.localName === "Description") return "LongStrings";
  return "ShortStrings";
}

/** Every resid must name a resource of the right kind; ids must be unique; strings within Office's limits. */
export function resourceProblems(doc: Document): string[] {
  const problems: string[] = [];
  const defined = new Map<string, string>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const list of elements(doc, BT_NS, kind)) {
      for (const resource of Array.from(list.childNodes).filter((n): n is Element => n.nodeType === 1)) {
        const id = resource.getAttribute("id") ?? "";
        if (defined.has(id)) problems.push(`resource id "${id}" is defined twice`);
        defined.set(id, kind);
        const text = resource.getAttribute("DefaultValue") ?? "";
        const limit = kind === "ShortStrings" ? 125 : kind === "LongStrings" ? 250 : 2048;
        if (text === "" || text.length > limit) problems.push(`resource "${id}" is empty or over ${limit} characters`);
      }
    }
  }
  const overrides = elements(doc, OVERRIDES_NS, "VersionOverrides")[0];
  const referencing = overrides ? Array.from(overrides.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid")) : [];
  for (const element of referencing) {
    const id = element.getAttribute("resid") ?? "";
    const kind = resourceKind(element);
    if (!defined.has(id)) problems.push(`resid "${id}" (${element.localName}) is not defined`);
    else if (defined.get(id) !== kind) problems.push(`resid "${id}" (${element.localName}) is in ${defined.get(id)}, not ${kind}`);
  }
  return problems;
}

/** Every URL the manifest gives (attributes and resources). */
export function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const element of Array.from(doc.getElementsByTagName("*"))) {
    const value = element.getAttribute("DefaultValue") ?? "";
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) found.push(value);
  }
  for (const element of elements(doc, OVERRIDES_NS, "Url")) found.push(element.getAttribute("DefaultValue") ?? "");
  return found;
}

/** Each icon the manifest declares, with the size in pixels Office expects it to have. */
export function declaredIcons(doc: Document): { url: string; size: number }[] {
  const value = (name: string) => elements(doc, OFFICE_NS, name)[0]?.getAttribute("DefaultValue") ?? "";
  const images = new Map(
    elements(doc, BT_NS, "Image")
      .filter((i) => i.hasAttribute("id"))
      .map((i) => [i.getAttribute("id"), i.getAttribute("DefaultValue") ?? ""]),
  );
  const icons = [
    { url: value("IconUrl"), size: 32 },
    { url: value("HighResolutionIconUrl"), size: 64 },
  ];
  for (const reference of elements(doc, BT_NS, "Image").filter((i) => i.hasAttribute("resid"))) {
    icons.push({ url: images.get(reference.getAttribute("resid")) ?? "", size: Number(reference.getAttribute("size")) });
  }
  return icons;
}

/** Width and height from a PNG file's IHDR chunk, or undefined if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
