// The point where a virus scanner plugs in (e.g. a ClamAV daemon). Without one, uploads are
// recorded as 'not_scanned' rather than pretending to be clean.
export type ScanVerdict = 'clean' | 'infected' | 'not_scanned';
export type ScanHook = (bytes: Uint8Array) => Promise<ScanVerdict>;

export const noScan: ScanHook = async () => 'not_scanned';
