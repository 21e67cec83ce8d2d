/**
 * Hides all but the first and last few characters. A value too short to keep any hidden part
 * is hidden entirely, so a malformed stored value never shows in clear.
 */
export function maskMiddle(value: string, visibleStart: number, visibleEnd: number): string {
  const characters = [...value];
  const hidden = characters.length - visibleStart - visibleEnd;
  if (hidden <= 0) return '*'.repeat(characters.length);
  return [
    ...characters.slice(0, visibleStart),
    '*'.repeat(hidden),
    ...characters.slice(characters.length - visibleEnd),
  ].join('');
}
