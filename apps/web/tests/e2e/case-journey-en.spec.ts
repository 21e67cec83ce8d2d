// A police referral at a township centre, in English, along the paths the Chinese journey does
// not take: triage away from the category's default (refused until a reason is given), a session
// on site that fails, closure as not resolved, and reopening with a reason.
import { expect, type Page, test } from '@playwright/test';

// 石门乡's director: the account the English list journey also uses, so its language is English.
const TOWN_ADMIN = '13800000021';
const DEMO_PASSWORD = 'Qingxi-demo-2026';

async function step(page: Page, name: string) {
  const card = page.getByTestId(`step-${name}`).first();
  if ((await card.getAttribute('open')) === null) await card.locator('summary').click();
  return card;
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

/** A day in China as the date inputs take it, `offset` days from today. */
function chinaDay(offset = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

test('a police referral in English: override with a reason, failed session, closed, reopened', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const serial = String(Date.now()).slice(-4);
  await page.goto('/sign-in');
  await page.getByLabel('手机号或电子邮箱').fill(TOWN_ADMIN);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/t\/qingxi-shimen$/);
  // Read the language only once the dashboard has rendered: the sign-in page's lingers briefly.
  await expect(page.getByTestId('side-nav')).toBeVisible();
  if ((await page.locator('html').getAttribute('lang')) !== 'en')
    await page.getByTestId('locale-switch').filter({ visible: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Intake: a referral names who referred it and their reference.
  await page.getByTestId('side-nav').getByRole('link', { name: 'Intake' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register a case' })).toBeVisible();
  const form = page.getByTestId('intake-form');
  await form.getByLabel('Intake channel').selectOption({ label: 'Police referral' });
  await expect(page.getByTestId('referral-fields')).toBeVisible();
  await form.getByLabel('Referred by').fill('Shimen police station');
  await form.getByLabel('Their reference').fill(`SM-${serial}`);
  await form.getByLabel('Category').selectOption({ label: '邻里纠纷' });
  await form.getByLabel(/^Where it arose/).selectOption({ index: 1 });
  await form
    .getByLabel('Summary of the dispute')
    .fill('Two neighbours quarrelled over a shared lane; the police referred them to mediation.');
  await page.getByTestId('party-0').getByLabel('Name', { exact: true }).fill(`Chen ${serial}`);
  await page.getByTestId('party-1').getByLabel('Name', { exact: true }).fill(`Lin ${serial}`);
  await page.getByRole('button', { name: 'Save the registration' }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\?registered=1$/);
  await expect(page.getByTestId('case-status')).toHaveText('Registered');
  const caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';
  await expect(page.getByRole('status').first()).toContainText(`Registered as ${caseNumber}`);

  // Triage to the county centre: away from the default, so a reason is asked for.
  let card = await step(page, 'route');
  const routeTo = card.getByLabel('Send to');
  const fallback = await routeTo.inputValue();
  expect(fallback).toBe('default');
  const defaultLabel = (await routeTo.locator('option[value="default"]').textContent()) ?? '';
  const override = defaultLabel.endsWith('County') ? 'Town' : 'County';
  await routeTo.selectOption({ label: override });
  await card.getByRole('button', { name: 'Route' }).click();
  card = await step(page, 'route');
  await expect(
    card.getByText("Give a reason when not following the category's default."),
  ).toBeVisible();
  await expect(page.getByTestId('case-status')).toHaveText('Registered');
  await shot(page, 'case-en-route-refused');
  await card
    .getByLabel('Reason', { exact: true })
    .fill('The lane is a county road: the county leads.');
  await card.getByRole('button', { name: 'Route' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('Routed');

  card = await step(page, 'accept');
  await card.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('Accepted');

  card = await step(page, 'assign');
  await card.getByLabel('Lead official').fill('Zheng Guoqiang');
  await card.getByLabel('Responsible department').fill('Shimen justice office');
  await card.getByLabel('Responsible person').selectOption({ index: 1 });
  await card.getByRole('button', { name: 'Assign (four fixes)' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('Assigned');
  await expect(page.getByTestId('four-fixes')).toContainText('Shimen justice office');

  // A session on site, which fails.
  card = await step(page, 'schedule');
  await card.getByRole('radio', { name: 'On site' }).check();
  await card.getByLabel('Address on site, or how online').fill('The shared lane, group 3');
  await card.getByLabel('Date').fill(chinaDay(2));
  await card.getByLabel('Starts').fill('14:00');
  await card.getByLabel('Ends').fill('15:00');
  await card.getByRole('button', { name: 'Schedule a session' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('In mediation');
  await expect(page.getByTestId('session-list')).toContainText('Scheduled');

  card = await step(page, 'recordSession');
  await card.getByLabel('Minutes').fill('Neither side would give up the lane.');
  await card.getByLabel('Outcome').selectOption({ label: 'Failed' });
  await card.getByLabel('Why mediation failed').fill('Both insist on the whole lane.');
  await card.getByRole('button', { name: 'Record the session' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('Mediation failed');

  card = await step(page, 'close');
  await expect(card.getByLabel('Result')).toHaveValue('unresolved');
  await card.getByLabel('Closing note').fill('Advised the parties of litigation.');
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('Closed');

  // New facts: the case is reopened, with the reason on the timeline.
  card = await step(page, 'reopen');
  await card.getByLabel('Reason').fill('Both parties asked to try again after the survey.');
  await card.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('Assigned');
  await expect(page.getByRole('status').first()).toContainText('Reopened for mediation.');

  const timeline = page.getByTestId('case-timeline');
  for (const label of ['Routed', 'Closed', 'Reopened']) await expect(timeline).toContainText(label);
  await expect(timeline).toContainText('The lane is a county road: the county leads.');
  await expect(timeline).toContainText('Both parties asked to try again after the survey.');
  await shot(page, 'case-en-reopened');
});
