// Fails the e2e run up front, with the install command, when no Chromium is installed.
import { chromiumPath } from './chromium-path.ts';

try {
  chromiumPath();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
