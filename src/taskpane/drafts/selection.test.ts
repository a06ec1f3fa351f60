import { draftNotice } from "../../domain/drafts/draftNotice";
import { type DraftSelection, NO_SELECTION } from "../../domain/drafts/selectionCell";
import { type CommuneRecord, emptyRecord } from "../../domain/record/fields";
import { clipboardContent, toggleChoice } from "./selection";

const late: CommuneRecord = { ...emptyRecord(), resolvedLate: 3 };
const drafted = (selection: DraftSelection, record = late) => draftNotice(record, [], selection);
const choice = (selection: DraftSelection, id: string, record = late) => {
  const found = drafted(selection, record).choices.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};
const ids = (selection: DraftSelection, record = late) => drafted(selection, record).recommendations.map((p) => p.id);

describe("toggleChoice", () => {
  it("unticks a paragraph the rules chose, which the draft then leaves out, and ticks it back", () => {
    const unticked = toggleChoice(NO_SELECTION, choice(NO_SELECTION, "khac-phuc-tre-han"));
    expect(unticked).toEqual({ ticked: [], unticked: ["khac-phuc-tre-han"] });
    expect(ids(unticked)).not.toContain("khac-phuc-tre-han");
    expect(choice(unticked, "khac-phuc-tre-han").chosen).toBe(false);
    expect(toggleChoice(unticked, choice(unticked, "khac-phuc-tre-han"))).toEqual(NO_SELECTION);
  });

  it("ticks an optional paragraph, which the draft then includes, and unticks it again", () => {
    expect(choice(NO_SELECTION, "an-toan-thong-tin").chosen).toBe(false);
    const ticked = toggleChoice(NO_SELECTION, choice(NO_SELECTION, "an-toan-thong-tin"));
    expect(ticked).toEqual({ ticked: ["an-toan-thong-tin"], unticked: [] });
    expect(ids(ticked)).toContain("an-toan-thong-tin");
    expect(toggleChoice(ticked, choice(ticked, "an-toan-thong-tin"))).toEqual(NO_SELECTION);
  });

  it("ticks a rule paragraph the figures do not call for, and unticks it again", () => {
    const record = emptyRecord();
    const ticked = toggleChoice(NO_SELECTION, choice(NO_SELECTION, "khac-phuc-tre-han", record));
    expect(ticked).toEqual({ ticked: ["khac-phuc-tre-han"], unticked: [] });
    expect(ids(ticked, record)).toContain("khac-phuc-tre-han");
    expect(toggleChoice(ticked, choice(ticked, "khac-phuc-tre-han", record))).toEqual(NO_SELECTION);
  });

  it("unticks a paragraph staff once ticked that the rules now choose too", () => {
    // Ticked when no dossier was late; the figures changed since, so the rules choose it as well.
    const stored = { ticked: ["khac-phuc-tre-han"], unticked: [] };
    const off = toggleChoice(stored, choice(stored, "khac-phuc-tre-han"));
    expect(off).toEqual({ ticked: [], unticked: ["khac-phuc-tre-han"] });
    expect(ids(off)).not.toContain("khac-phuc-tre-han");
  });
});

describe("clipboardContent", () => {
  it("gives the clipboard both text and HTML of what is kept", () => {
    const content = clipboardContent({ recommendations: [{ text: "A < B." }] });
    expect(content).toEqual({ text: "- A < B.", html: "<ul><li>A &lt; B.</li></ul>" });
  });
});
