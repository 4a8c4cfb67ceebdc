/**
 * Benchmark of the scenario engine (`npm run bench`). Prints, on this machine:
 * - normal draws per second of the kernel's sampler on one thread;
 * - wall time for 10 thousand, 100 thousand and 1 million paths with 1 worker and with all;
 * - the scaling factor from 1 worker to all;
 * - peak memory (RSS of the whole process, which includes worker threads, and main heap) per
 *   run size, to show that memory is flat in the number of paths;
 * - the median of repeated full recomputes of 10 thousand paths, and the time to the first
 *   (coarse) result of a progressive run.
 * Figures are reported, never asserted: timing belongs here, not in the test suite.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { compileRun } from '../src/model/compile';
import { fillNormals } from '../src/model/normal';
import { seedStream } from '../src/model/rng';
import { defaultScenario, type Scenario } from '../src/model/scenario';
import { simulate } from '../src/model/simulate';
import { SimulationEngine } from '../src/sim/engine';
import { nodeWorkerFactory } from './sim/node-workers';

const scenario: Scenario = { ...defaultScenario(), drivers: { external_demand: { value: 3 } } };
const all = availableParallelism();
const MB = 1024 * 1024;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function drawsPerSecond(): number {
  const buf = new Float64Array(1 << 16);
  const s = seedStream(1, 0, 0);
  for (let k = 0; k < 50; k++) fillNormals(s, buf, 0, buf.length); // warm up the JIT
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1500) {
    fillNormals(s, buf, 0, buf.length);
    n += buf.length;
  }
  return n / ((performance.now() - t0) / 1000);
}

/** Track the peak RSS and main heap while `fn` runs (sampled every 10 ms and at the end). */
async function withPeak<T>(fn: () => Promise<T>): Promise<{ value: T; rss: number; heap: number }> {
  let rss = 0;
  let heap = 0;
  const sample = (): void => {
    rss = Math.max(rss, process.memoryUsage.rss());
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 10);
  try {
    const value = await fn();
    sample();
    return { value, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

/** Median wall time of repeated runs, and the cores this process kept busy meanwhile. */
async function timeRuns(
  engine: SimulationEngine,
  paths: number,
  repeats: number,
): Promise<{ ms: number; best: number; cores: number }> {
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let k = 0; k < repeats; k++) {
    const t0 = performance.now();
    await engine.run({ scenario, paths }, { progressive: false });
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    ms: median(times),
    best: Math.min(...times),
    cores: (cpu.user + cpu.system) / 1000 / (performance.now() - wall0),
  };
}

async function main(): Promise<void> {
  console.log('Scenario engine benchmark');
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${all} cores, Node ${process.version}`,
  );
  console.log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (other work on the machine slows every figure)\n`,
  );

  const dps = drawsPerSecond();
  console.log(`normal draws, one thread: ${(dps / 1e6).toFixed(1)} million per second\n`);

  const { run } = compileRun({ scenario, paths: 10_000 });
  const bytes = run.layout.countsLength * 4 + run.layout.extremaLength * 8;
  console.log(
    `accumulators per partial result: ${(bytes / MB).toFixed(2)} MB (fixed, whatever the number of paths)\n`,
  );

  const inline: number[] = [];
  for (let k = 0; k < 15; k++) {
    const t0 = performance.now();
    simulate({ scenario, paths: 10_000 });
    inline.push(performance.now() - t0);
  }

  const sizes = [10_000, 100_000, 1_000_000];
  const repeats: Record<number, number> = { 10_000: 31, 100_000: 9, 1_000_000: 5 };
  const table: { workers: number; paths: number; ms: number; best: number; cores: number }[] = [];
  const memory: { paths: number; rss: number; heap: number }[] = [];
  const firstResult: number[] = [];
  for (const workers of [...new Set([1, all])]) {
    const engine = new SimulationEngine({ factory: nodeWorkerFactory, size: workers });
    await engine.warmUp();
    for (let k = 0; k < 5; k++)
      await engine.run({ scenario, paths: 100_000 }, { progressive: false });
    for (const paths of sizes) {
      table.push({ workers, paths, ...(await timeRuns(engine, paths, repeats[paths]!)) });
    }
    if (workers === all) {
      for (let k = 0; k < 15; k++) {
        const t0 = performance.now();
        let first = 0;
        await engine.run(
          { scenario, paths: 10_000 },
          {
            onResult: (r) => {
              if (!r.final) first = performance.now() - t0;
            },
          },
        );
        firstResult.push(first);
      }
      // Memory, measured apart from the timings (sampling costs CPU), up to 10 million paths.
      for (const paths of [...sizes, 10_000_000]) {
        const r = await withPeak(() => engine.run({ scenario, paths }, { progressive: false }));
        memory.push({ paths, rss: r.rss, heap: r.heap });
      }
    }
    engine.dispose();
  }

  console.log('wall time (median of repeated runs, warm workers, non-progressive)');
  console.log('(cores busy = CPU time of this process ÷ wall time; below the worker count means');
  console.log(' the machine was shared with other work during the run)');
  console.log('workers      paths     median        best   cores busy');
  for (const r of table) {
    console.log(
      `${String(r.workers).padStart(7)}  ${r.paths.toLocaleString('en-US').padStart(9)}  ${r.ms.toFixed(1).padStart(7)} ms  ${r.best.toFixed(1).padStart(7)} ms  ${r.cores.toFixed(2).padStart(6)}`,
    );
  }
  console.log(`\npeak memory with ${all} workers (RSS covers the whole process, workers included)`);
  console.log('     paths    peak RSS   peak main heap');
  for (const m of memory) {
    console.log(
      `${m.paths.toLocaleString('en-US').padStart(10)}  ${(m.rss / MB).toFixed(0).padStart(7)} MB  ${(m.heap / MB).toFixed(1).padStart(9)} MB`,
    );
  }
  const one = table.find((r) => r.workers === 1 && r.paths === 1_000_000)!;
  const many = table.find((r) => r.workers === all && r.paths === 1_000_000)!;
  const t1 = one.ms;
  const tn = many.ms;
  const t10k = table.find((r) => r.workers === all && r.paths === 10_000)!.ms;
  const rss = memory.map((m) => m.rss / MB);
  console.log('');
  console.log(
    `scaling 1 → ${all} workers (1 million paths): ${(t1 / tn).toFixed(2)}×   goal ≥ 1.8×`,
  );
  console.log(`1 million paths, ${all} workers: ${(tn / 1000).toFixed(2)} s   goal ≤ 2.5 s`);
  console.log(
    `full recompute of 10 thousand paths, ${all} workers: median ${t10k.toFixed(1)} ms   goal ≤ 20 ms`,
  );
  console.log(
    `  first (coarse, 2048-path) result of a progressive 10k run: median ${median(firstResult).toFixed(1)} ms`,
  );
  console.log(`  same 10k paths inline on the main thread: median ${median(inline).toFixed(1)} ms`);
  console.log(
    `peak RSS for 10k / 100k / 1M paths: ${rss.map((x) => x.toFixed(0)).join(' / ')} MB   goal: flat in paths`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
