import { existsSync } from 'node:fs';
import path from 'node:path';

/** The checkout's root (where pnpm-workspace.yaml is), so paths do not depend on the cwd. */
export function repoRoot(start: string = import.meta.dirname): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
