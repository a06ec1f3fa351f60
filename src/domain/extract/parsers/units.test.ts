import { extractReport } from "../extractReport";

describe("public service units", () => {
  it("reads the units founded and the autonomous ones", () => {
    const text =
      "- UBND xã quyết định thành lập các phòng chuyên môn, gồm: 03 phòng và 12 đơn vị sự nghiệp công lập.\n" +
      "- Thực hiện cơ chế tự chủ tài chính đối với đơn vị sự nghiệp công lập: 08 đơn vị sự nghiệp công lập.";
    expect(extractReport(text).fields).toMatchObject({ publicServiceUnits: 12, autonomousUnits: 8 });
  });

  it("reads autonomy stated after the figure, and the short 'N đơn vị' form", () => {
    expect(extractReport("có 07 đơn vị sự nghiệp công lập do xã quản lý được giao quyền tự chủ tài chính.").fields).toMatchObject({
      autonomousUnits: 7,
      publicServiceUnits: null,
    });
    expect(extractReport("Thực hiện cơ chế tự chủ tài chính đối với các đơn vị sự nghiệp: 05 đơn vị.").fields.autonomousUnits).toBe(5);
  });
  it("reads the whole and its part on either side of 'trong đó'", () => {
    expect(
      extractReport("UBND xã hiện có 16 đơn vị sự nghiệp công lập, trong đó 12 đơn vị thực hiện cơ chế tự chủ tài chính.").fields,
    ).toMatchObject({
      publicServiceUnits: 16,
      autonomousUnits: 12,
    });
  });
});

describe("units in other wordings", () => {
  it("reads 'quản lý N đơn vị' and 'N/M đơn vị … được giao tự chủ'", () => {
    const fields = extractReport(
      "Ủy ban nhân dân xã quản lý 11 đơn vị sự nghiệp công lập (08 trường học). Có 09/11 đơn vị sự nghiệp được giao tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP.",
    ).fields;
    expect(fields).toMatchObject({ publicServiceUnits: 11, autonomousUnits: 9 });
  });

  it("does not take units with a plan for autonomy as autonomous", () => {
    expect(extractReport("Xã có 05 đơn vị sự nghiệp công lập đã có phương án tự chủ tài chính.").fields.autonomousUnits).toBeNull();
  });
});
