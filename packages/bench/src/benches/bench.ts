import type { BenchDatabase } from '../bench-database.ts';

export interface BenchResult {
  /** What was measured, for the table's first column. */
  subject: string;
  figure: string;
  target?: string;
  /** Whether the target was met; undefined when there is no target. */
  met?: boolean;
}

export interface Bench {
  name: string;
  description: string;
  run(database: BenchDatabase): Promise<BenchResult[]>;
}
