// Repeats a piece of work and summarises its wall-clock times.
export interface Measurement {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export async function measure(
  runs: number,
  work: (run: number) => Promise<unknown>,
): Promise<Measurement> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work(run);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    medianMs: times[Math.floor(times.length / 2)]!,
    minMs: times[0]!,
    maxMs: times[times.length - 1]!,
  };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
