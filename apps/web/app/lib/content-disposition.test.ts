import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.ts';

describe('attachmentDisposition', () => {
  it('gives an ASCII name and the UTF-8 one', () => {
    expect(attachmentDisposition('组织单位导入模板.xlsx', 'org-units-template.xlsx')).toBe(
      'attachment; filename="org-units-template.xlsx"; filename*=UTF-8\'\'%E7%BB%84%E7%BB%87%E5%8D%95%E4%BD%8D%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx',
    );
  });

  it('keeps quotes and non-ASCII out of the fallback and encodes what RFC 5987 reserves', () => {
    expect(attachmentDisposition("a'b (1).xlsx", 'a"b\\城.xlsx')).toBe(
      'attachment; filename="a_b__.xlsx"; filename*=UTF-8\'\'a%27b%20%281%29.xlsx',
    );
  });
});
