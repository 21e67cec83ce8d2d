import { existsSync } from 'node:fs';

/** Debian's Chromium (Playwright's own browser download cannot run here). */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
  }
  return candidate;
}
