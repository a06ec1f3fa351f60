import { extractReport } from "../extractReport";

const fieldsOf = (text: string) => extractReport(text).fields;

describe("dossier figures", () => {
  it("reads a run of clauses with 'trong đó' and stated shares", () => {
    const f = fieldsOf(
      "Kết quả: đã tiếp nhận tổng số 800 hồ sơ, trong đó trực tuyến 500 hồ sơ chiếm 62,5%, trực tiếp 300 hồ sơ chiếm 37,5%; " +
        "đã giải quyết 700 hồ sơ, trong đó giải quyết trước hạn và đúng hạn 690 hồ sơ chiếm tỷ lệ 98,6%, giải quyết quá hạn 10 hồ sơ chiếm tỷ lệ 1,4%, đang giải quyết 100 hồ sơ.",
    );
    expect(f).toMatchObject({
      received: 800,
      receivedOnline: 500,
      receivedDirect: 300,
      resolved: 700,
      resolvedOnTime: 690,
      resolvedLate: 10,
      pending: 100,
      onlineShareStated: 62.5,
      directShareStated: 37.5,
      onTimeRateStated: 98.6,
      lateRateStated: 1.4,
      pendingOverdue: null,
    });
  });

  it("reads 'Số hồ sơ …: N hồ sơ' clauses, carried over, withdrawn and the pending split", () => {
    const f = fieldsOf(
      "Trung tâm đã tiếp nhận: 120 hồ sơ, Số hồ sơ tiếp nhận trực tuyến: 70 hồ sơ, Số hồ sơ trực tiếp và qua dịch vụ bưu chính công ích: 50 hồ sơ, " +
        "05 hồ sơ từ kỳ trước chuyển qua. Số hồ sơ giải quyết 100 hồ sơ, Số hồ sơ giải quyết đúng hạn 98; Số hồ sơ giải quyết trễ hạn 02 hồ sơ; " +
        "Số hồ sơ xin rút 03 hồ sơ; Số hồ sơ đang giải quyết là 22 hồ sơ; trong đó: 20 hồ sơ trong hạn và 02 hồ sơ quá hạn.",
    );
    expect(f).toMatchObject({
      received: 120,
      receivedOnline: 70,
      receivedDirect: 50,
      carriedOver: 5,
      resolved: 100,
      resolvedOnTime: 98,
      resolvedLate: 2,
      withdrawn: 3,
      pending: 22,
      pendingOverdue: 2,
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
      received: 1500,
      receivedOnline: 1400,
      receivedDirect: 100,
      resolved: 1300,
      resolvedOnTime: 1250,
      onTimeRateStated: 96.15,
      resolvedLate: 50,
      lateRateStated: 3.85,
    });
  });

  it("adds early and on-time figures only when both are stated", () => {
    expect(fieldsOf("Đã giải quyết 790 hồ sơ, trong đó: đúng hạn 760 hồ sơ, trước hạn 25 hồ sơ, quá hạn 05 hồ sơ.").resolvedOnTime).toBe(
      785,
    );
    expect(fieldsOf("Đã giải quyết 3.946 hồ sơ (trước hạn 1.204 hồ sơ, đúng hạn 2.698 hồ sơ, trễ hạn 44 hồ sơ).").resolvedOnTime).toBe(
      3902,
    );
    expect(fieldsOf("Đã giải quyết 200 hồ sơ, trong đó đúng hạn 195 hồ sơ, quá hạn 05 hồ sơ.").resolvedOnTime).toBe(195);
    expect(fieldsOf("Đã giải quyết 300 hồ sơ: đúng và trước hạn 290 hồ sơ; trước hạn 100 hồ sơ.").resolvedOnTime).toBe(290);
  });

  it("takes an early figure stated alone as the on-time figure, with its share", () => {
    expect(
      fieldsOf("Số hồ sơ giải quyết 120 hồ sơ, Số hồ sơ giải quyết trước hạn 118; Số hồ sơ giải quyết trễ hạn 02 hồ sơ.").resolvedOnTime,
    ).toBe(118);
    const alone = fieldsOf(
      "đã giải quyết 1.050 hồ sơ, trong đó trước hạn 612 hồ sơ chiếm 58,3%, quá hạn 08 hồ sơ; đang giải quyết 43 hồ sơ.",
    );
    expect(alone).toMatchObject({ resolved: 1050, resolvedOnTime: 612, onTimeRateStated: 58.3, resolvedLate: 8, pending: 43 });
  });

  it("gives no on-time rate for a share stated of one part of a sum", () => {
    const f = fieldsOf("Đã giải quyết 100 hồ sơ, trong đó trước hạn 40 hồ sơ, chiếm 40%; đúng hạn 58 hồ sơ; quá hạn 02 hồ sơ.");
    expect(f).toMatchObject({ resolvedOnTime: 98, onTimeRateStated: null, resolvedLate: 2 });
  });

  it("reads the rate named in its own sentence", () => {
    const f = fieldsOf("Đã giải quyết 5.102 hồ sơ, trong đó đúng hạn 5.090 hồ sơ, quá hạn 12 hồ sơ. Tỷ lệ giải quyết đúng hạn đạt 99,76%.");
    expect(f).toMatchObject({ resolvedOnTime: 5090, onTimeRateStated: 99.76 });
  });

  it("reads the figures after a heading that names both receiving and resolving", () => {
    const f = fieldsOf(
      "- Kết quả tiếp nhận và giải quyết TTHC Quý III/2025: Trung tâm đã tiếp nhận 1.604 hồ sơ, trực tuyến 1.311 hồ sơ. Đã giải quyết 1.587 hồ sơ.",
    );
    expect(f).toMatchObject({ received: 1604, receivedOnline: 1311, resolved: 1587 });
  });

  it("does not take the workload ('phải giải quyết') for the dossiers resolved", () => {
    const f = fieldsOf(
      "tiếp nhận mới 2.305 hồ sơ, kỳ trước chuyển sang 48 hồ sơ; tổng số hồ sơ phải giải quyết là 2.353 hồ sơ. Đã giải quyết 2.210 hồ sơ.",
    );
    expect(f).toMatchObject({ received: 2305, carriedOver: 48, resolved: 2210 });
  });

  it("gives a keyword the figure that follows a parenthesis after it", () => {
    const f = fieldsOf(
      "Tổng số hồ sơ tiếp nhận trong kỳ (từ ngày 01/7/2025 đến hết ngày 30/9/2025) là 1.150 hồ sơ, trong đó trực tuyến 905 hồ sơ.",
    );
    expect(f).toMatchObject({ received: 1150, receivedOnline: 905, periodStart: "2025-07-01" });
    expect(fieldsOf("Đã tiếp nhận (xem phụ lục) và trả kết quả đúng hạn.").received).toBeNull();
  });

  it("keeps other online figures and comparisons out of the dossier fields", () => {
    const f = fieldsOf(
      "Tổng số hồ sơ tiếp nhận: 700 hồ sơ (trực tuyến: 500; trực tiếp: 200), tăng 15% so với cùng kỳ; trong đó thanh toán trực tuyến 120 hồ sơ. " +
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%.",
    );
    expect(f).toMatchObject({ received: 700, receivedOnline: 500, receivedDirect: 200, directShareStated: null, onlineShareStated: null });
    expect(
      fieldsOf("Đã tiếp nhận 500 hồ sơ, trong đó 320 hồ sơ trực tuyến toàn trình, 60 hồ sơ trực tuyến một phần.").receivedOnline,
    ).toBeNull();
  });

  it("lowers the confidence of figures read through OCR repair", () => {
    const clean = extractReport("Đã tiếp nhận 10 hồ sơ.").provenance.received;
    const repaired = extractReport("Da ti€p nhan 10 ho 50.").provenance.received;
    expect(clean?.confidence).toBe(1);
    expect(repaired?.confidence).toBeLessThan(1);
  });
});

describe("dossier figures in other wordings", () => {
  it("reads the portal, 'đã có kết quả', 'trả kết quả đúng hạn / muộn' and 'đang xử lý'", () => {
    const f = fieldsOf(
      "Trong quý, Trung tâm tiếp nhận 1.366 hồ sơ. Trong đó, số hồ sơ nộp qua Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh là 1.009 hồ sơ, đạt tỷ lệ 73,87%; " +
        "số hồ sơ nộp trực tiếp tại Trung tâm là 357 hồ sơ, chiếm 26,13%. Số hồ sơ đã có kết quả: 1.298 hồ sơ; trong đó trả kết quả đúng hạn 1.279 hồ sơ (đạt tỷ lệ 98,54%), " +
        "trả kết quả muộn 19 hồ sơ (chiếm 1,46%). Hiện còn 68 hồ sơ đang trong quá trình xử lý.",
    );
    expect(f).toMatchObject({
      received: 1366,
      receivedOnline: 1009,
      onlineShareStated: 73.87,
      receivedDirect: 357,
      directShareStated: 26.13,
      resolved: 1298,
      resolvedOnTime: 1279,
      onTimeRateStated: 98.54,
      resolvedLate: 19,
      lateRateStated: 1.46,
      pending: 68,
    });
  });
});

describe("dossier figures in OCR'd text", () => {
  it("reads a comma misread for the thousands point, 'trv tuyến', and skips a clause it misread within the sentence", () => {
    const f = fieldsOf(
      "phuong tiép nhan 7.318 ho so; s6 hd so tiép nhan trv tuyén 6.904 ho so, bang 94,34%. Da giai quyét 1,086 hé so, trong d6 giai quyét trudc han va ding han 1,034 hé so.",
    );
    expect(f).toMatchObject({ received: 7318, receivedOnline: 6904, onlineShareStated: 94.34, resolved: 1086 });
  });

  it("never reads dossiers pending within the deadline as resolved on time when 'đang giải quyết' is misread", () => {
    const f = fieldsOf("Đã giải quyết 1.086 hồ sơ; trễ hạn 52 hồ sơ; dang gidi quyét trong han 134 h6 so.");
    expect(f.resolvedOnTime).toBeNull();
    expect(f.pending).toBe(134);
  });
});

describe("numbers glued to OCR's symbols", () => {
  it("does not read the digit of '$6' ('Số') as a count, and ends a clause at a rate's colon", () => {
    const f = fieldsOf(
      "Đã giải quyết 499 hồ sơ, trước hạn 483; $6 h6 so giai quyét tré han 16 hé so. Giải quyết trước hạn, đúng hạn đạt 96,79%: 16 hồ sơ quá hạn, chiếm 3,21%.",
    );
    expect(f).toMatchObject({ resolved: 499, resolvedLate: 16 });
    expect(f.lateRateStated).not.toBe(96.79);
  });
});
