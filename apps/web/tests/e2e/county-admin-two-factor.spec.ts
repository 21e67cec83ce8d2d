// A county administrator must set up two-factor sign-in before working, then signs in with it.
// Needs a fresh database (the Playwright server starts on one): the enrolment happens once.
import { expect, type Page, test } from '@playwright/test';
import { decodeBase32, totpCode, totpStep } from './totp.ts';

const LOGIN = 'admin@qingxi.demo';
const PASSWORD = 'Qingxi-demo-2026';

async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('手机号或电子邮箱').fill(LOGIN);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
}

async function signOut(page: Page) {
  await page.getByTestId('user-menu').locator('summary').click();
  await page.getByTestId('user-menu').getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out$/);
  await expect(page.getByText('您已退出登录。')).toBeVisible();
}

test('a county administrator enrols in two-factor sign-in, switches units and signs in with a code', async ({
  page,
}) => {
  await signIn(page);
  // The county refuses an administrator without a second factor: off to set it up.
  await expect(page).toHaveURL(/\/account\/two-factor\?redirectTo=%2Ft%2Fqingxi$/);
  await expect(page.getByTestId('two-factor-required')).toBeVisible();
  await page.screenshot({ path: 'test-results/two-factor-required.png', fullPage: true });

  await page.getByTestId('two-factor-start').click();
  const keyText = await page.getByTestId('totp-manual-key').textContent();
  expect(keyText).toMatch(/^([A-Z2-7]{4} )*[A-Z2-7]{1,4}$/);
  await expect(page.getByRole('img', { name: '两步验证二维码' }).locator('svg')).toBeVisible();
  await page.screenshot({ path: 'test-results/two-factor-enrol.png', fullPage: true });
  const key = decodeBase32(keyText ?? '');

  // A wrong code is refused beside the field, and the QR code stays.
  await page
    .getByLabel('验证码')
    .fill('000000' === totpCode(key, totpStep()) ? '111111' : '000000');
  await page.getByRole('button', { name: '确认开启' }).click();
  await expect(page.getByText('验证码不正确')).toBeVisible();
  await expect(page.getByLabel('验证码')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('totp-manual-key')).toHaveText(keyText ?? '');

  const enrolStep = totpStep();
  const enrolCode = totpCode(key, enrolStep);
  await page.getByLabel('验证码').fill(enrolCode);
  await page.getByRole('button', { name: '确认开启' }).click();
  const codes = page.getByTestId('recovery-codes').locator('li');
  await expect(codes).toHaveCount(10);
  await expect(codes.first()).toHaveText(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
  await page.screenshot({ path: 'test-results/two-factor-recovery-codes.png', fullPage: true });

  await page.getByRole('link', { name: '我已保存，继续' }).click();
  await expect(page).toHaveURL(/\/t\/qingxi$/);
  await expect(page.getByRole('heading', { level: 1, name: '清溪县' })).toBeVisible();
  await expect(page.getByTestId('my-roles')).toContainText('县级管理员');
  await expect(page.getByTestId('town-list').getByRole('link')).toHaveCount(3);
  await page.screenshot({ path: 'test-results/county-dashboard.png', fullPage: true });

  // The tenant switcher: the county first, then its towns.
  const switcher = page.getByTestId('tenant-switcher');
  await switcher.locator('summary').click();
  await expect(switcher.getByRole('link')).toHaveText(['清溪县', '城关镇', '桥头镇', '石门乡']);
  await page.screenshot({ path: 'test-results/tenant-switcher.png' });
  await switcher.getByRole('link', { name: '城关镇' }).click();
  await expect(page).toHaveURL(/\/t\/qingxi-chengguan$/);
  await expect(page.getByRole('heading', { level: 1, name: '城关镇' })).toBeVisible();
  await expect(page.getByText('乡镇（街道）', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/town-dashboard.png', fullPage: true });

  // On a phone the side navigation folds into the menu button.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByTestId('side-nav')).toBeHidden();
  await page.getByTestId('nav-menu').locator('summary').click();
  await expect(page.getByTestId('nav-menu').getByRole('link', { name: '审计日志' })).toBeVisible();
  await page.screenshot({ path: 'test-results/town-dashboard-phone-menu.png' });
  await page.getByTestId('nav-menu').getByRole('link', { name: '审计日志' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
  await page.screenshot({ path: 'test-results/town-audit-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await signOut(page);

  // Signing in again asks for a code; the code used at enrolment is spent.
  await signIn(page);
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  await page.screenshot({ path: 'test-results/two-factor-sign-in.png', fullPage: true });
  await page.getByLabel('验证码').fill(enrolCode);
  await page.getByRole('button', { name: '验证' }).click();
  await expect(
    page.getByText(totpStep() <= enrolStep + 1 ? '这个验证码已经用过' : '验证码不正确'),
  ).toBeVisible();

  const nextCode = totpCode(key, Math.max(enrolStep + 1, totpStep()));
  await page.getByLabel('验证码').fill(nextCode);
  await page.getByRole('button', { name: '验证' }).click();
  await expect(page).toHaveURL(/\/t\/qingxi$/);
  await expect(page.getByRole('heading', { level: 1, name: '清溪县' })).toBeVisible();

  // The sessions page lists this device.
  await page.getByTestId('user-menu').locator('summary').click();
  await page.getByRole('link', { name: '登录设备与密码' }).click();
  await expect(page.getByTestId('sessions-table')).toContainText('本设备');
  await page.screenshot({ path: 'test-results/account-sessions.png', fullPage: true });
  await page.goto('/t/qingxi');

  await signOut(page);
});
