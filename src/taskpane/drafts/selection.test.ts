import { draftNotice } from "../../domain/drafts/draftNotice";
import { emptyRecord } from "../../domain/record/fields";
import { NO_SELECTION, clipboardContent, isKept, keptDraft, toggleChoice } from "./selection";

const record = { ...emptyRecord(), resolvedLate: 3 };
const draftWith = (ticked: readonly string[]) => draftNotice(record, [], { ticked });
const choice = (ticked: readonly string[], id: string) => {
  const found = draftWith(ticked).choices.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("selection", () => {
  it("unticks a paragraph the rules chose without redrafting, and ticks it back", () => {
    const late = choice([], "khac-phuc-tre-han");
    const unticked = toggleChoice(NO_SELECTION, late);
    expect(unticked).toEqual({ ticked: [], excluded: ["khac-phuc-tre-han"] });
    expect(isKept(late, unticked)).toBe(false);
    expect(keptDraft(draftWith([]), unticked).recommendations.map((p) => p.id)).not.toContain("khac-phuc-tre-han");
    expect(toggleChoice(unticked, late)).toEqual(NO_SELECTION);
  });

  it("ticks an optional paragraph for draftsFor, and unticks it again", () => {
    const optional = choice([], "an-toan-thong-tin");
    expect(isKept(optional, NO_SELECTION)).toBe(false);
    const ticked = toggleChoice(NO_SELECTION, optional);
    expect(ticked).toEqual({ ticked: ["an-toan-thong-tin"], excluded: [] });
    const redrafted = choice(ticked.ticked, "an-toan-thong-tin");
    expect(isKept(redrafted, ticked)).toBe(true);
    expect(toggleChoice(ticked, redrafted)).toEqual(NO_SELECTION);
  });

  it("gives the clipboard both text and HTML of what is kept", () => {
    const content = clipboardContent({ recommendations: [{ text: "A < B." }] });
    expect(content).toEqual({ text: "- A < B.", html: "<ul><li>A &lt; B.</li></ul>" });
  });
});
