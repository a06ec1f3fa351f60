import { asHtml, asPlainText, escapeHtml } from "./render";

const draft = {
  recommendations: [{ text: "Đoạn một." }, { text: "Đoạn <hai> & “ba”." }],
  sentences: [{ text: "Câu số liệu 47,2%." }],
};

describe("render", () => {
  it("writes paragraphs with “- ” bullets, then the sentences after a blank line", () => {
    expect(asPlainText(draft)).toBe("- Đoạn một.\n- Đoạn <hai> & “ba”.\n\n- Câu số liệu 47,2%.");
    expect(asPlainText({ recommendations: draft.recommendations })).toBe("- Đoạn một.\n- Đoạn <hai> & “ba”.");
    expect(asPlainText({ recommendations: [], sentences: [] })).toBe("");
  });

  it("writes HTML lists with the text escaped", () => {
    expect(asHtml(draft)).toBe("<ul><li>Đoạn một.</li><li>Đoạn &lt;hai&gt; &amp; “ba”.</li></ul><ul><li>Câu số liệu 47,2%.</li></ul>");
    expect(asHtml({ recommendations: [] })).toBe("");
  });

  it("escapes every character that HTML gives a meaning", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
