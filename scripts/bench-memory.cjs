// Preloaded into every benchmark by scripts/bench.mjs: prints the process's peak memory when it ends.
process.on("exit", () => {
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(`bộ nhớ: đỉnh RSS ${peakRssMb.toFixed(1)} MB, heap còn dùng khi kết thúc ${heapMb.toFixed(1)} MB`);
});
