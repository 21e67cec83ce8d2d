// Progressive enhancement: the forms and menus work as plain HTML, without JavaScript.
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('sign-in, the tenant switcher and the invite form work without JavaScript', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('手机号或电子邮箱').fill('13800000011');
  await page.getByLabel('密码', { exact: true }).fill('wrong password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('账号或密码不正确。');
  await expect(page.getByLabel('手机号或电子邮箱')).toHaveValue('13800000011');

  await page.getByLabel('密码', { exact: true }).fill('Qingxi-demo-2026');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/t\/qingxi-qiaotou$/);
  await expect(page.getByRole('heading', { level: 1, name: '桥头镇' })).toBeVisible();

  // A town administrator's switcher lists only their town.
  await page.getByTestId('tenant-switcher').locator('summary').click();
  await expect(page.getByTestId('tenant-switcher').getByRole('link')).toHaveText(['桥头镇']);

  await page.goto('/t/qingxi-qiaotou/members');
  await page.getByLabel('手机号或电子邮箱').fill(`138${String(Date.now()).slice(-8)}`);
  await page.getByRole('button', { name: '生成邀请链接' }).click();
  await expect(page.getByText('请填写此项。')).toBeVisible();
  await expect(page.getByLabel('姓名', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('姓名', { exact: true }).fill('无脚本测试');
  await page.getByRole('button', { name: '生成邀请链接' }).click();
  await expect(page.getByTestId('invitation-link')).toContainText('/invitation/');
  await page.screenshot({ path: 'test-results/no-js-invited.png', fullPage: true });

  // The last administrator cannot remove their own role (no confirm dialog without JavaScript).
  await page
    .getByRole('button', { name: '撤销吴海燕（桥头镇中心主任）的“乡镇管理员”角色' })
    .click();
  await expect(page.getByTestId('members-table').getByRole('alert')).toHaveText(
    '不能撤销最后一位管理员的角色：请先为另一位成员授予管理员角色。',
  );
  await expect(page.getByTestId('members-table')).toContainText('乡镇管理员');

  await page.getByTestId('user-menu').locator('summary').click();
  await page.getByTestId('user-menu').getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out$/);
});
