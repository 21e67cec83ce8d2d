// `pnpm bench`: runs every benchmark on a fresh database and writes docs/benchmarks.md.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openBenchDatabase } from './bench-database.ts';
import type { Bench, BenchResult } from './benches/bench.ts';
import { orgUnitImportBench } from './benches/org-unit-import.ts';
import { signInTimingBench } from './benches/sign-in-timing.ts';

const benches: Bench[] = [orgUnitImportBench, signInTimingBench];

function table(results: BenchResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.subject} | ${r.figure} | ${r.target ?? ''} | ${r.met === undefined ? '' : r.met ? 'yes' : '**no**'} |`,
  );
  return ['| measured | result | target | met |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

async function main() {
  const sections: string[] = [];
  let failed = false;
  for (const bench of benches) {
    const database = await openBenchDatabase();
    try {
      process.stderr.write(`bench: ${bench.name}…\n`);
      const results = await bench.run(database);
      failed ||= results.some((r) => r.met === false);
      sections.push(
        `## ${bench.name}\n\n${bench.description} (${database.serverVersion})\n\n${table(results)}\n`,
      );
    } finally {
      await database.close();
    }
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const document = [
    '# Benchmarks',
    '',
    'Written by `pnpm bench` (packages/bench/src/run.ts); speed and memory targets are checked here,',
    'never in timed unit tests. Set `DATABASE_URL` to run them on another PostgreSQL.',
    '',
    `Last run: ${new Date().toISOString()} on ${machine}.`,
    '',
    ...sections,
  ].join('\n');
  const target = path.resolve(import.meta.dirname, '../../../docs/benchmarks.md');
  await writeFile(target, document);
  process.stdout.write(`${document}\n`);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
