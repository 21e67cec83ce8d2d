import { expect, test } from '@playwright/test';

test('the sign-in page is Chinese first and switches to English and back', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page.getByLabel('手机号或电子邮箱')).toBeVisible();
  await page.screenshot({ path: 'test-results/sign-in-zh.png' });

  await page.getByTestId('locale-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Mobile number or e-mail')).toBeVisible();
  await page.screenshot({ path: 'test-results/sign-in-en.png' });

  // The choice persists across visits.
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByTestId('locale-switch').click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
});
