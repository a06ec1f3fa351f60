import { latestResult } from "./latestResult";

/** A read that resolves when the test says so. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("latestResult", () => {
  it("keeps the last successful result and tells the listeners still subscribed", async () => {
    const feed = latestResult<number>();
    const heard: (number | undefined)[] = [];
    const unsubscribe = feed.subscribe(() => heard.push(feed.latest()));
    expect(feed.latest()).toBeUndefined();
    await expect(feed.track(async () => 1)).resolves.toBe(1);
    unsubscribe();
    await feed.track(async () => 2);
    expect(heard).toEqual([1]);
    expect(feed.latest()).toBe(2);
  });

  it("keeps the previous result when a read fails, and passes the error on", async () => {
    const feed = latestResult<string>();
    const listener = jest.fn();
    feed.subscribe(listener);
    await feed.track(async () => "kết quả");
    await expect(feed.track(() => Promise.reject(new Error("Trang tính bị khóa")))).rejects.toThrow("Trang tính bị khóa");
    expect(feed.latest()).toBe("kết quả");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("drops a read that ends after a later one started", async () => {
    const feed = latestResult<string>();
    const slow = deferred<string>();
    const first = feed.track(() => slow.promise);
    await feed.track(async () => "sau Tính lại");
    slow.resolve("trước Tính lại");
    await expect(first).resolves.toBe("trước Tính lại");
    expect(feed.latest()).toBe("sau Tính lại");
  });
});
