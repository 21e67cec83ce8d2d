import { describe, expect, it } from 'vitest';
import { formatDateTime, groupInFours, shortUserAgent } from './format.ts';

describe('format', () => {
  it('groups a key in fours', () => {
    expect(groupInFours('V7QTEOEUAOLIZ2ZZVEADN5TCN57RJQ2X')).toBe(
      'V7QT EOEU AOLI Z2ZZ VEAD N5TC N57R JQ2X',
    );
    expect(groupInFours('ABCDEF')).toBe('ABCD EF');
  });

  it('shows date and time in China time', () => {
    expect(formatDateTime('zh-CN', new Date('2026-11-25T17:53:00Z'))).toBe('2026年11月26日 01:53');
  });

  it('shortens user agents to browser and system', () => {
    expect(
      shortUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 Edg/140.0',
      ),
    ).toBe('Edge · Windows');
    expect(
      shortUserAgent(
        'Mozilla/5.0 (Linux; Android 14; V2227A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.50',
      ),
    ).toBe('WeChat · Android');
    expect(
      shortUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari · iOS');
    expect(shortUserAgent(null)).toBeNull();
  });
});
