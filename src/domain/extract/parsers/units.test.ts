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
      autonomousUnits: 7, publicServiceUnits: null,
    });
    expect(extractReport("Thực hiện cơ chế tự chủ tài chính đối với các đơn vị sự nghiệp: 05 đơn vị.").fields.autonomousUnits).toBe(5);
  });
  it("reads the whole and its part on either side of 'trong đó'", () => {
    expect(extractReport("UBND xã hiện có 16 đơn vị sự nghiệp công lập, trong đó 12 đơn vị thực hiện cơ chế tự chủ tài chính.").fields).toMatchObject({
      publicServiceUnits: 16, autonomousUnits: 12,
    });
  });
});
