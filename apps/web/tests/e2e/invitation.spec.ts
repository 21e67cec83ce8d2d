// A town administrator invites a mediator; the invitee opens the link in another browser, sets a
// password (in English), signs in and lands in the town; the administrator sees the new member.
import { expect, type Page, test } from '@playwright/test';

const TOWN_ADMIN = '13800000001';
const DEMO_PASSWORD = 'Qingxi-demo-2026';

/** A fresh mobile number per run, so reruns against the same database do not collide. */
function uniquePhone(): string {
  return `139${String(Date.now()).slice(-8)}`;
}

async function signIn(page: Page, login: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('手机号或电子邮箱').fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

test('a town administrator invites a mediator who joins through the link', async ({
  page,
  browser,
  baseURL,
}) => {
  const phone = uniquePhone();
  const name = `测试调解员${phone.slice(-4)}`;
  const password = `Liuwan village ${phone.slice(-4)} mediation`;

  // A wrong password keeps the login and says so beside the form.
  await signIn(page, TOWN_ADMIN, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText('账号或密码不正确。');
  await expect(page.getByLabel('手机号或电子邮箱')).toHaveValue(TOWN_ADMIN);
  await page.screenshot({ path: 'test-results/sign-in-error.png', fullPage: true });

  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/t\/qingxi-chengguan$/);
  await expect(page.getByRole('heading', { level: 1, name: '城关镇' })).toBeVisible();
  await page.screenshot({ path: 'test-results/town-admin-dashboard.png', fullPage: true });

  // Another town's slug looks exactly like one that does not exist.
  const foreign = await page.goto('/t/qingxi-qiaotou');
  expect(foreign?.status()).toBe(404);
  const foreignText = await page.getByTestId('error-message').textContent();
  await page.screenshot({ path: 'test-results/foreign-tenant-404.png', fullPage: true });
  const missing = await page.goto('/t/no-such-unit');
  expect(missing?.status()).toBe(404);
  expect(await page.getByTestId('error-message').textContent()).toBe(foreignText);

  await page.goto('/t/qingxi-chengguan/members');
  await expect(page.getByRole('heading', { level: 1, name: '人员' })).toBeVisible();
  const roleOptions = page.getByLabel('角色', { exact: true }).locator('option');
  await expect(roleOptions).toHaveText([
    '乡镇管理员',
    '受理登记员',
    '调解员',
    '财务人员',
    '查看人员',
  ]);

  // The server's checks come back beside the field, with what was typed kept.
  await page.getByLabel('手机号或电子邮箱').fill('12345');
  await page.getByLabel('姓名', { exact: true }).fill(name);
  await page.getByRole('button', { name: '生成邀请链接' }).click();
  await expect(page.getByText('请输入 11 位手机号或有效的电子邮箱。')).toBeVisible();
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue(name);

  await page.getByLabel('手机号或电子邮箱').fill(phone);
  await page.getByLabel('角色', { exact: true }).selectOption({ label: '调解员' });
  await page.getByRole('button', { name: '生成邀请链接' }).click();
  const linkElement = page.getByTestId('invitation-link');
  await expect(linkElement).toBeVisible();
  const link = (await linkElement.textContent()) ?? '';
  expect(link).toMatch(/^http:\/\/localhost:\d+\/invitation\/[\w.-]+$/);
  await expect(page.getByTestId('invitations-table')).toContainText(name);
  await expect(page.getByTestId('invitations-table').getByRole('row', { name })).toContainText(
    '待接受',
  );
  await page.screenshot({ path: 'test-results/members-invited.png', fullPage: true });

  // The invitee, in a browser of their own, reads the invitation in English.
  const invitee = await browser.newContext({ baseURL });
  const guest = await invitee.newPage();
  await guest.goto(link);
  await expect(guest.getByTestId('invitation-summary')).toContainText(name);
  await expect(guest.getByTestId('invitation-summary')).toContainText('调解员');
  await guest.getByTestId('locale-switch').click();
  await expect(guest.locator('html')).toHaveAttribute('lang', 'en');
  await expect(guest.getByRole('heading', { name: 'Join 城关镇' })).toBeVisible();
  await expect(guest.getByTestId('invitation-summary')).toContainText('as Mediator');
  await expect(guest.getByLabel('Your name')).toHaveValue(name);

  await guest.getByLabel('Choose a password').fill(password);
  await guest.getByLabel('Repeat the password').fill(`${password}x`);
  await guest.getByRole('button', { name: 'Create account and join' }).click();
  await expect(guest.getByText('The two passwords differ.')).toBeVisible();
  await guest.screenshot({ path: 'test-results/invitation-en-error.png', fullPage: true });

  await guest.getByLabel('Choose a password').fill('password');
  await guest.getByLabel('Repeat the password').fill('password');
  await guest.getByRole('button', { name: 'Create account and join' }).click();
  await expect(guest.getByText('This password is too common')).toBeVisible();

  await guest.getByLabel('Choose a password').fill(password);
  await guest.getByLabel('Repeat the password').fill(password);
  await guest.getByRole('button', { name: 'Create account and join' }).click();
  await expect(guest).toHaveURL(/\/sign-in\?notice=invitation-accepted&login=\d+$/);
  await expect(guest.getByRole('status')).toHaveText(
    'Invitation accepted. Sign in with your account and password.',
  );
  await expect(guest.getByLabel('Mobile number or e-mail')).toHaveValue(phone);
  await guest.screenshot({ path: 'test-results/sign-in-after-invitation-en.png', fullPage: true });

  await guest.getByLabel('Password', { exact: true }).fill(password);
  await guest.getByRole('button', { name: 'Sign in' }).click();
  await expect(guest).toHaveURL(/\/t\/qingxi-chengguan$/);
  await expect(guest.getByRole('heading', { level: 1, name: '城关镇' })).toBeVisible();
  await expect(guest.getByTestId('my-roles')).toHaveText('Mediator');
  // A mediator sees no audit log and cannot invite.
  await expect(guest.getByTestId('side-nav').getByRole('link')).toHaveText([
    'Dashboard',
    'Cases',
    'My cases',
    'People',
  ]);
  await guest.screenshot({ path: 'test-results/mediator-dashboard-en.png', fullPage: true });

  // The link is spent.
  await guest.goto(link);
  await expect(guest.getByTestId('invitation-state')).toContainText('accepted already');
  await invitee.close();

  // Back with the administrator: the new member is listed, the invitation accepted.
  await page.goto('/t/qingxi-chengguan/members');
  const row = page.getByTestId('members-table').getByRole('row', { name });
  await expect(row).toContainText(phone);
  await expect(row).toContainText('调解员');
  await expect(page.getByTestId('invitations-table').getByRole('row', { name })).toContainText(
    '已接受',
  );
  await page.screenshot({ path: 'test-results/members-after-accept.png', fullPage: true });

  await page.goto('/t/qingxi-chengguan/audit');
  await expect(page.getByTestId('audit-table')).toContainText('接受邀请');
  await page.screenshot({ path: 'test-results/audit-log.png', fullPage: true });
});
