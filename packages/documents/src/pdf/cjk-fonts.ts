// Where the embedded CJK font comes from: Noto Sans Hans Regular and Bold (OFL-1.1) shipped by
// @embedpdf/fonts-sc. That package's `exports` map lists only ".", so neither its package.json
// nor its fonts/ folder can be resolved by name; we resolve its main entry (dist/index.cjs) and
// step to the sibling fonts/ folder.
//
// Resolution starts at this module's own URL. Run from source (tests, tsx) that is
// packages/documents, whose node_modules has the package. Bundled into apps/web/build/server,
// import.meta.url is the bundle's file, so the lookup walks up from apps/web: apps/web must list
// @embedpdf/fonts-sc (and pdfkit, exceljs) as direct dependencies, as it already does for the
// database drivers. A deployment that keeps fonts elsewhere passes paths or bytes explicitly.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CjkFontSources {
  regular: string | Uint8Array;
  bold: string | Uint8Array;
}

export interface CjkFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

const REGULAR_FILE = 'NotoSansHans-Regular.otf';
const BOLD_FILE = 'NotoSansHans-Bold.otf';

/** Absolute paths of the bundled Noto Sans Hans Regular and Bold files. */
export function resolveCjkFontPaths(from: string | URL = import.meta.url): {
  regular: string;
  bold: string;
} {
  let entry: string;
  try {
    entry = createRequire(from).resolve('@embedpdf/fonts-sc');
  } catch (cause) {
    throw new Error(
      'Cannot find @embedpdf/fonts-sc for the PDF font: add it to the dependencies of the app ' +
        'that bundles @concord/documents, or pass font paths to the renderer.',
      { cause },
    );
  }
  const fontsFolder = join(dirname(entry), '..', 'fonts');
  return { regular: join(fontsFolder, REGULAR_FILE), bold: join(fontsFolder, BOLD_FILE) };
}

async function readSource(source: string | Uint8Array): Promise<Uint8Array> {
  return typeof source === 'string' ? new Uint8Array(await readFile(source)) : source;
}

let bundledFonts: Promise<CjkFonts> | undefined;

/**
 * The font bytes, read once per process for the bundled fonts (2 × 8 MB, kept in memory so a
 * render does not touch the disk); explicit sources are read on every call.
 */
export function loadCjkFonts(sources?: CjkFontSources): Promise<CjkFonts> {
  if (sources) {
    return Promise.all([readSource(sources.regular), readSource(sources.bold)]).then(
      ([regular, bold]) => ({ regular, bold }),
    );
  }
  if (!bundledFonts) {
    const paths = resolveCjkFontPaths();
    bundledFonts = loadCjkFonts(paths);
    // A failed read must not poison the cache for the life of the process.
    bundledFonts.catch(() => {
      bundledFonts = undefined;
    });
  }
  return bundledFonts;
}
