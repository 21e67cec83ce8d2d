import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfToText, squeeze, writeSample } from '../testing/poppler.ts';
import { drainageDitchTransferLetter } from '../testing/sample-documents.ts';
import { hashDocument } from './hash-document.ts';
import { renderTransferLetterPdf } from './render-transfer-letter.ts';

const testOutput = fileURLToPath(new URL('../../test-output/', import.meta.url));

describe('renderTransferLetterPdf', () => {
  it('addresses the court and asks for judicial confirmation within 30 days', async () => {
    const bytes = await renderTransferLetterPdf(drainageDitchTransferLetter);
    const text = squeeze(await pdfToText(bytes));
    const inOrder = [
      '司法确认移送函',
      '（2026）城关调移字第0001号',
      '清溪县人民法院：',
      '当事人张建国与李秀英邻里纠纷一案，经清溪县城关镇人民调解委员会调解，当事人于2026年11月25日自愿达成人民调解协议，协议书编号为（2026）城关调字第0001号。',
      '《中华人民共和国人民调解法》第三十三条',
      '可以自调解协议生效之日起三十日内共同向人民法院申请司法确认',
      '现双方当事人共同申请对该调解协议进行司法确认',
      '当事人（甲方）：张建国，身份证号码：330199196803121234',
      '当事人（乙方）：李秀英，身份证号码：3301**********2028',
      '附件：1.（2026）城关调字第0001号人民调解协议书（1份）',
      '2.当事人身份证明材料（2份）',
      '3.司法确认申请书（1份）',
      '联系人：王德明',
      '联系电话：0571-88001234',
      '清溪县城关镇人民调解委员会',
      '（人民调解委员会印）',
      '2026年11月26日',
      '第1页共1页',
    ];
    let from = 0;
    for (const expected of inOrder) {
      const at = text.indexOf(expected, from);
      expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
  });

  it('speaks of 各方 when more than two parties apply, and takes custom attachments', async () => {
    const bytes = await renderTransferLetterPdf({
      ...drainageDitchTransferLetter,
      number: undefined,
      parties: [
        ...drainageDitchTransferLetter.parties,
        {
          kind: 'legalPerson',
          name: '清溪县东街物业管理有限公司',
          legalRepresentative: '周海涛',
        },
      ],
      attachments: [{ title: '现场照片', copies: 6 }],
    });
    const text = squeeze(await pdfToText(bytes));
    expect(text).toContain('当事人张建国、李秀英与清溪县东街物业管理有限公司邻里纠纷一案');
    expect(text).toContain('现各方当事人共同申请');
    expect(text).toContain('当事人：清溪县东街物业管理有限公司，法定代表人（主要负责人）：周海涛');
    expect(text).toContain('附件：1.现场照片（6份）');
    expect(text).not.toContain('司法确认申请书');
  });

  it('is reproducible and writes a sample with a PNG of page 1', async () => {
    const first = await renderTransferLetterPdf(drainageDitchTransferLetter);
    const second = await renderTransferLetterPdf(drainageDitchTransferLetter);
    expect(hashDocument(second)).toBe(hashDocument(first));
    const png = await writeSample(`${testOutput}transfer-letter.pdf`, first);
    expect(existsSync(png)).toBe(true);
  });
});
