import { latestResult } from "./latestResult";

describe("latestResult", () => {
  it("keeps the last successful result and tells the listeners still subscribed", async () => {
    let n = 0;
    const feed = latestResult(async () => ++n);
    const heard: (number | undefined)[] = [];
    const unsubscribe = feed.subscribe(() => heard.push(feed.latest()));
    expect(feed.latest()).toBeUndefined();
    await expect(feed.run()).resolves.toBe(1);
    unsubscribe();
    await feed.run();
    expect(heard).toEqual([1]);
    expect(feed.latest()).toBe(2);
  });

  it("keeps the previous result when a run fails, and passes the error on", async () => {
    let fail = false;
    const feed = latestResult(async () => {
      if (fail) throw new Error("Trang tính bị khóa");
      return "kết quả";
    });
    const listener = jest.fn();
    feed.subscribe(listener);
    await feed.run();
    fail = true;
    await expect(feed.run()).rejects.toThrow("Trang tính bị khóa");
    expect(feed.latest()).toBe("kết quả");
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
