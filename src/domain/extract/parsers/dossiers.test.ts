import { extractReport } from "../extractReport";

const fieldsOf = (text: string) => extractReport(text).fields;

describe("dossier figures", () => {
  it("reads a run of clauses with 'trong đó' and stated shares", () => {
    const f = fieldsOf(
      "Kết quả: đã tiếp nhận tổng số 800 hồ sơ, trong đó trực tuyến 500 hồ sơ chiếm 62,5%, trực tiếp 300 hồ sơ chiếm 37,5%; " +
        "đã giải quyết 700 hồ sơ, trong đó giải quyết trước hạn và đúng hạn 690 hồ sơ chiếm tỷ lệ 98,6%, giải quyết quá hạn 10 hồ sơ chiếm tỷ lệ 1,4%, đang giải quyết 100 hồ sơ.",
    );
    expect(f).toMatchObject({
      received: 800, receivedOnline: 500, receivedDirect: 300, resolved: 700, resolvedOnTime: 690, resolvedLate: 10, pending: 100,
      onlineShareStated: 62.5, directShareStated: 37.5, onTimeRateStated: 98.6, lateRateStated: 1.4, pendingOverdue: null,
    });
  });

  it("reads 'Số hồ sơ …: N hồ sơ' clauses, carried over, withdrawn and the pending split", () => {
    const f = fieldsOf(
      "Trung tâm đã tiếp nhận: 120 hồ sơ, Số hồ sơ tiếp nhận trực tuyến: 70 hồ sơ, Số hồ sơ trực tiếp và qua dịch vụ bưu chính công ích: 50 hồ sơ, " +
        "05 hồ sơ từ kỳ trước chuyển qua. Số hồ sơ giải quyết 100 hồ sơ, Số hồ sơ giải quyết đúng hạn 98; Số hồ sơ giải quyết trễ hạn 02 hồ sơ; " +
        "Số hồ sơ xin rút 03 hồ sơ; Số hồ sơ đang giải quyết là 22 hồ sơ; trong đó: 20 hồ sơ trong hạn và 02 hồ sơ quá hạn.",
    );
    expect(f).toMatchObject({
      received: 120, receivedOnline: 70, receivedDirect: 50, carriedOver: 5, resolved: 100, resolvedOnTime: 98, resolvedLate: 2,
      withdrawn: 3, pending: 22, pendingOverdue: 2,
    });
  });

  it("keeps 'đang giải quyết trong hạn N' as pending with no overdue figure", () => {
    const f = fieldsOf("Đã tiếp nhận 10 hồ sơ; đã giải quyết 6 hồ sơ, đang giải quyết trong hạn 4 hồ sơ.");
    expect(f).toMatchObject({ received: 10, resolved: 6, pending: 4, pendingOverdue: null });
  });

  it("reads an OCR'd run and gives a share stated in the next clause to the figure before it", () => {
    const f = fieldsOf(
      "tiép nhan: 1.500 ho so, trong d6: SO ho so ti€p nhén tryc tuyén 1.400 ho so, S6 ho so tiép nhan tryc ti€p 100 ho so. " +
        "SO ho so da giai quyet 1.300 ho so, trong do: SO ho SO giai quyét thc han 1.250 ho 50, dat ty 1€ 96,15%, SO ho so tré han 50 ho so ty 1€ 3,85%.",
    );
    expect(f).toMatchObject({
      received: 1500, receivedOnline: 1400, receivedDirect: 100, resolved: 1300, resolvedOnTime: 1250, onTimeRateStated: 96.15,
      resolvedLate: 50, lateRateStated: 3.85,
    });
  });

  it("lowers the confidence of figures read through OCR repair", () => {
    const clean = extractReport("Đã tiếp nhận 10 hồ sơ.").provenance.received;
    const repaired = extractReport("Da ti€p nhan 10 ho 50.").provenance.received;
    expect(clean?.confidence).toBe(1);
    expect(repaired?.confidence).toBeLessThan(1);
  });
});
