// Money in agreements is written twice, in figures and in the anti-alteration capital numerals
// (大写) that Chinese banks and courts expect, following the People's Bank rules for filling in
// amounts: one 零 for a run of zeros, 整 after 元, nothing after 分.

const AMOUNT = /^(\d{1,15})(?:\.(\d{1,2}))?$/;
const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const DIGIT_UNITS = ['', '拾', '佰', '仟'];
const GROUP_UNITS = ['', '万', '亿', '万亿'];

function parseAmount(amountYuan: string): { integer: string; fraction: string } {
  const match = AMOUNT.exec(amountYuan.trim());
  if (!match)
    throw new RangeError(`not an amount in yuan (digits, up to 2 decimals): ${amountYuan}`);
  return {
    integer: match[1]!.replace(/^0+(?=\d)/, ''),
    fraction: (match[2] ?? '').padEnd(2, '0'),
  };
}

/** `3500` → `3,500.00`. */
export function formatYuan(amountYuan: string): string {
  const { integer, fraction } = parseAmount(amountYuan);
  return `${integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

function integerInCapitals(integer: string): string {
  let out = '';
  let pendingZero = false;
  const groupCount = Math.ceil(integer.length / 4);
  const padded = integer.padStart(groupCount * 4, '0');
  for (let group = 0; group < groupCount; group++) {
    const groupDigits = padded.slice(group * 4, group * 4 + 4);
    if (groupDigits === '0000') {
      pendingZero = out !== '';
      continue;
    }
    for (let position = 0; position < 4; position++) {
      const digit = Number(groupDigits[position]);
      if (digit === 0) {
        pendingZero = out !== '';
        continue;
      }
      if (pendingZero) out += CAPITAL_DIGITS[0];
      pendingZero = false;
      out += CAPITAL_DIGITS[digit]! + DIGIT_UNITS[3 - position]!;
    }
    out += GROUP_UNITS[groupCount - 1 - group]!;
  }
  return out;
}

/** `3500` → `叁仟伍佰元整`, `10050.05` → `壹万零伍拾元零伍分`. */
export function yuanInCapitals(amountYuan: string): string {
  const { integer, fraction } = parseAmount(amountYuan);
  const jiao = Number(fraction[0]);
  const fen = Number(fraction[1]);
  const hasYuan = integer !== '0';
  if (!hasYuan && jiao === 0 && fen === 0) return '零元整';
  let out = hasYuan ? `${integerInCapitals(integer)}元` : '';
  if (jiao === 0 && fen === 0) return `${out}整`;
  if (jiao > 0) out += `${CAPITAL_DIGITS[jiao]}角`;
  else if (hasYuan) out += CAPITAL_DIGITS[0];
  if (fen > 0) out += `${CAPITAL_DIGITS[fen]}分`;
  return out;
}
