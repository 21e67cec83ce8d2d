import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pdfToText, squeeze, writeSample } from '../testing/poppler.ts';
import { drainageDitchAgreement, longAgreement } from '../testing/sample-documents.ts';
import { resolveCjkFontPaths } from './cjk-fonts.ts';
import { hashDocument } from './hash-document.ts';
import { renderAgreementPdf } from './render-agreement.ts';

const run = promisify(execFile);
const testOutput = fileURLToPath(new URL('../../test-output/', import.meta.url));

function pagesOf(text: string): string[] {
  return text.split('\f').filter((page) => page.trim() !== '');
}

describe('renderAgreementPdf', () => {
  it('renders the drainage-ditch agreement with its Chinese text in the standard order', async () => {
    const bytes = await renderAgreementPdf(drainageDitchAgreement);
    const text = squeeze(await pdfToText(bytes));

    const inOrder = [
      '人民调解协议书',
      '（2026）城关调字第0001号',
      '当事人（甲方）：张建国',
      '性别：男',
      '民族：汉族',
      '出生日期：1968年3月12日',
      '身份证号码：330199196803121234',
      '住址：清溪县城关镇东街社区三组12号',
      '当事人（乙方）：李秀英',
      '年龄：54岁',
      '身份证号码：3301**********2028',
      '纠纷主要事实、争议事项及各方当事人责任：',
      '纠纷主要事实：甲乙双方系东街社区三组相邻住户。',
      '争议事项：',
      '各方当事人责任：',
      '经调解，自愿达成如下协议：',
      `一、${drainageDitchAgreement.terms[0]!.text}`,
      '涉及金额：人民币1,800.00元（大写：壹仟捌佰元整）',
      '履行期限：2026年12月10日前',
      `二、${drainageDitchAgreement.terms[1]!.text}`,
      '涉及金额：人民币350.00元（大写：叁佰伍拾元整）',
      `三、${drainageDitchAgreement.terms[2]!.text}`,
      '涉及金额：人民币200.50元（大写：贰佰元伍角）',
      '履行期限：2027年5月31日前',
      '履行方式、时限：',
      '履行方式：第一项由乙方自行组织施工',
      '履行地点：清溪县城关镇东街社区三组',
      '本协议一式三份，当事人、人民调解委员会各持一份。',
      '当事人（甲方）：张建国',
      '签名、盖章或按指印：',
      '人民调解员：王德明',
      '人民调解员：陈丽华',
      '记录人：赵小军',
      '签名：',
      '清溪县城关镇人民调解委员会',
      '（人民调解委员会印）',
      '2026年11月25日',
    ];
    let from = 0;
    for (const expected of inOrder) {
      const at = text.indexOf(expected, from);
      expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
  });

  it('embeds a subset of Noto Sans Hans, regular and bold', async () => {
    const bytes = await renderAgreementPdf(drainageDitchAgreement);
    const path = `${testOutput}agreement.pdf`;
    await writeSample(path, bytes);
    const { stdout } = await run('pdffonts', [path]);
    expect(stdout).toMatch(/[A-Z]{6}\+NotoSansHans-Regular\s.*\syes\s+yes\s/);
    expect(stdout).toMatch(/[A-Z]{6}\+NotoSansHans-Bold\s.*\syes\s+yes\s/);
    // A subset, not the 8 MB font files.
    expect(bytes.byteLength).toBeLessThan(400_000);
  });

  it('gives identical bytes, and so an identical hash, for identical input', async () => {
    const first = await renderAgreementPdf(drainageDitchAgreement);
    const second = await renderAgreementPdf(structuredClone(drainageDitchAgreement));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(hashDocument(second)).toBe(hashDocument(first));
    expect(hashDocument(first)).toMatch(/^[0-9a-f]{64}$/);

    const changed = await renderAgreementPdf({ ...drainageDitchAgreement, recorder: '赵小明' });
    expect(hashDocument(changed)).not.toBe(hashDocument(first));
  });

  it('gives the same bytes with the font files passed explicitly', async () => {
    const fonts = resolveCjkFontPaths();
    expect(existsSync(fonts.regular) && existsSync(fonts.bold)).toBe(true);
    const explicit = await renderAgreementPdf(drainageDitchAgreement, { fonts });
    const bundled = await renderAgreementPdf(drainageDitchAgreement);
    expect(hashDocument(explicit)).toBe(hashDocument(bundled));
  });

  it('counts copies as parties + 1 and prints a legal person with its representative', async () => {
    const bytes = await renderAgreementPdf({
      ...drainageDitchAgreement,
      parties: [
        ...drainageDitchAgreement.parties,
        {
          kind: 'legalPerson',
          designation: '丙方',
          name: '清溪县东街物业管理有限公司',
          address: '清溪县城关镇东街88号',
          legalRepresentative: '周海涛',
          legalRepresentativeTitle: '经理',
        },
      ],
    });
    await writeSample(`${testOutput}agreement-three-parties.pdf`, bytes);
    const text = squeeze(await pdfToText(bytes));
    expect(text).toContain('当事人（丙方）：清溪县东街物业管理有限公司');
    expect(text).toContain('住所：清溪县城关镇东街88号');
    expect(text).toContain('法定代表人（主要负责人）：周海涛');
    expect(text).toContain('本协议一式四份');
  });

  it('paginates 40 terms with "第 n 页 共 m 页" on every page', async () => {
    const agreement = longAgreement(40);
    const bytes = await renderAgreementPdf(agreement);
    const path = `${testOutput}agreement-40-terms.pdf`;
    await writeSample(path, bytes);
    const { stdout: info } = await run('pdfinfo', [path]);
    const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pageCount).toBeGreaterThanOrEqual(4);

    const pages = pagesOf(await pdfToText(bytes));
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, index) => {
      expect(squeeze(page)).toContain(`第${index + 1}页共${pageCount}页`);
    });
    const text = squeeze(pages.join(''));
    let from = 0;
    for (const [index, ordinal] of ['一', '二', '十', '十一', '二十', '三十九', '四十'].entries()) {
      const termNumber = [1, 2, 10, 11, 20, 39, 40][index]!;
      const at = text.indexOf(`${ordinal}、第${termNumber}项约定`, from);
      expect(at, `term ${termNumber}`).toBeGreaterThanOrEqual(0);
      from = at;
    }
    // The signatures close the last page, after the last term.
    const lastPage = squeeze(pages.at(-1)!);
    expect(lastPage).toContain('本协议一式三份');
    expect(lastPage).toContain('（人民调解委员会印）');
  });

  it('refuses an agreement without terms or mediators', async () => {
    await expect(renderAgreementPdf({ ...drainageDitchAgreement, terms: [] })).rejects.toThrow(
      /terms/,
    );
    await expect(renderAgreementPdf({ ...drainageDitchAgreement, mediators: [] })).rejects.toThrow(
      /mediators/,
    );
  });

  it('writes a sample and its first page as PNG for a visual check', async () => {
    const png = await writeSample(
      `${testOutput}agreement.pdf`,
      await renderAgreementPdf(drainageDitchAgreement),
    );
    expect(existsSync(png)).toBe(true);
  });
});

describe('resolveCjkFontPaths', () => {
  it('explains what to do when the font package cannot be found', async () => {
    // In a child process without the NODE_PATH that pnpm's script shims add (it points into
    // the store and would find the package from anywhere).
    const script =
      `import { resolveCjkFontPaths } from ${JSON.stringify(new URL('./cjk-fonts.ts', import.meta.url).href)};` +
      "try { resolveCjkFontPaths('file:///tmp/elsewhere/bundle.js'); } catch (error) { console.log(error.message); }";
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, NODE_PATH: '' },
    });
    expect(stdout).toContain('add it to the dependencies');
  });
});
