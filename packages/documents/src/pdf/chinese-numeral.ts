const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/**
 * Counts and ordinals as written in documents: 3 → 三, 10 → 十, 21 → 二十一, 105 → 一百零五.
 * Terms of an agreement are numbered this way (一、二、…) and copies are counted so (一式三份).
 */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 9999) {
    throw new RangeError(`chineseNumeral handles integers 0–9999, got ${value}`);
  }
  if (value === 0) return DIGITS[0]!;
  const digits = String(value).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    const unit = UNITS[digits.length - 1 - index]!;
    if (digit === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += DIGITS[0];
    pendingZero = false;
    // 10–19 read 十, 十一 … rather than 一十, 一十一.
    const omitOne = digit === 1 && unit === '十' && out === '';
    out += (omitOne ? '' : DIGITS[digit]) + unit;
  });
  return out;
}
