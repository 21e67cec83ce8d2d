// The intake form as plain HTML: a police referral registered without JavaScript, a party
// added by a round trip to the server with everything typed kept, errors beside their fields,
// a photo posted with the form (chosen again after a refused save, which cannot keep it).
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

/** A 1×1 PNG. */
const photo = {
  name: '剐蹭现场.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  ),
};

test('a police referral is registered without JavaScript', async ({ page }) => {
  const serial = String(Date.now()).slice(-6);
  await page.goto('/sign-in');
  await page.getByLabel('手机号或电子邮箱').fill('13800000002');
  await page.getByLabel('密码', { exact: true }).fill('Qingxi-demo-2026');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/t\/qingxi-chengguan$/);

  await page.goto('/t/qingxi-chengguan/cases/new');
  const form = page.getByTestId('intake-form');
  // Without JavaScript the referral fields are always there.
  await expect(page.getByTestId('referral-fields')).toBeVisible();
  await form.getByLabel('受理渠道').selectOption({ label: '公安机关移送' });
  await form.getByLabel('纠纷类型').selectOption({ label: '损害赔偿纠纷' });
  await form.getByLabel(/^发生地/).selectOption({ label: '东街社区 · 第一网格' });
  await form.getByLabel('纠纷简要情况').fill('两车剐蹭后双方争执，派出所出警后移送调解。');
  await page.getByTestId('party-0').getByLabel('姓名或名称').fill(`吴强${serial}`);
  await page.getByTestId('party-0').getByLabel('手机号').fill('1381234');
  await page.getByTestId('party-1').getByLabel('姓名或名称').fill(`郑丽${serial}`);

  // A third block, by a round trip: what was typed stays.
  await page.getByRole('button', { name: '＋ 再添加一位当事人' }).click();
  await expect(page.getByTestId('party-2')).toBeVisible();
  await expect(page.getByTestId('party-0').getByLabel('姓名或名称')).toHaveValue(`吴强${serial}`);
  await expect(form.getByLabel('纠纷简要情况')).toHaveValue(
    '两车剐蹭后双方争执，派出所出警后移送调解。',
  );
  const third = page.getByTestId('party-2');
  await third.getByLabel('身份', { exact: true }).selectOption({ label: '代理人' });
  await third.getByLabel('姓名或名称').fill(`吴律师${serial}`);
  await third.getByLabel('代理的当事人').selectOption({ index: 1 });
  const files = form.getByLabel('选择文件（可多选）');
  await files.setInputFiles(photo);

  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByRole('alert').first()).toContainText('处需要更正');
  await expect(page.getByTestId('intake-files-again')).toContainText('请在下方“附件”栏重新选择');
  await expect(page.getByTestId('intake-files-again')).toContainText(photo.name);
  await expect(files).toHaveValue('');
  await expect(page.getByTestId('party-0').getByText('手机号应为 11 位。')).toBeVisible();
  await expect(page.getByTestId('referral-fields').getByText('请填写此项。').first()).toBeVisible();
  await expect(third.getByLabel('姓名或名称')).toHaveValue(`吴律师${serial}`);
  await page.screenshot({ path: 'test-results/case-intake-no-js-errors.png', fullPage: true });

  await page.getByTestId('party-0').getByLabel('手机号').fill(`138${serial}12`);
  await form.getByLabel('移送单位').fill('清溪县公安局城关派出所');
  await form.getByLabel('移送文书编号').fill(`城关警调〔2026〕${serial}号`);
  await files.setInputFiles(photo);
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\?registered=1$/);
  await expect(page.getByTestId('case-number')).toHaveText(/^（\d{4}）城关调字第\d{4}号$/);
  await expect(page.getByTestId('case-facts')).toContainText('清溪县公安局城关派出所');
  await expect(page.getByTestId('party-table')).toContainText(`代理吴强${serial}`);
  await expect(page.getByTestId('attachment-list')).toContainText(photo.name);
  await page.screenshot({ path: 'test-results/case-intake-no-js-registered.png', fullPage: true });
});
