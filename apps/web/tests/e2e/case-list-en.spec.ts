// The centre's queue in English: filters land in the address, the search finds a case by its
// number, the case page speaks English, and the export is a real XLSX of the filtered list.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';

// 石门乡's director: no other journey signs in with this account, so its language is ours to set.
const TOWN_ADMIN = '13800000021';
const TOWN = '/t/qingxi-shimen';
const DEMO_PASSWORD = 'Qingxi-demo-2026';

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

test('the case list in English: filter, search, open, export', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('手机号或电子邮箱').fill(TOWN_ADMIN);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(new RegExp(`${TOWN}$`));
  // (A run stopped halfway may have left the account in English already.)
  // Read the language only once the dashboard has rendered: the sign-in page's lingers briefly.
  await expect(page.getByTestId('side-nav')).toBeVisible();
  if ((await page.locator('html').getAttribute('lang')) !== 'en')
    await page.getByTestId('locale-switch').filter({ visible: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The dashboard's caseload figures link to the lists they count.
  await expect(page.getByRole('heading', { name: 'Caseload' })).toBeVisible();
  await expect(page.getByTestId('figure-open')).toContainText('Open cases');

  await page.getByTestId('side-nav').getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  const table = page.getByTestId('case-table');
  const firstRow = table.getByRole('row').first();
  await expect(firstRow).toBeVisible();
  await shot(page, 'case-list-en');

  // Filter by the first row's status and category.
  const status = (await firstRow.locator('[data-status]').getAttribute('data-status')) ?? '';
  const statusLabel = (await firstRow.locator('[data-status]').textContent()) ?? '';
  const category = ((await firstRow.locator('td').nth(1).textContent()) ?? '').trim();
  const filters = page.getByTestId('case-filters');
  await filters.getByLabel(statusLabel, { exact: true }).check();
  await filters.getByLabel('Category').selectOption({ label: category });
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]status=${status}(&|$)`));
  await expect(page).toHaveURL(/[?&]category=[0-9a-f-]{36}/);
  const filteredUrl = page.url();
  const rows = table.getByRole('row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    await expect(rows.nth(index).locator('[data-status]')).toHaveAttribute('data-status', status);
    await expect(rows.nth(index).locator('td').nth(1)).toHaveText(category);
  }
  const total = Number(
    /(\d+)/.exec((await page.getByTestId('case-total').textContent()) ?? '')?.[1] ?? '0',
  );
  expect(total).toBeGreaterThanOrEqual(count);
  await shot(page, 'case-list-en-filtered');

  // Export to Excel: the filtered list, as a real XLSX with English headers.
  const download = page.waitForEvent('download');
  await page.getByTestId('case-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Cases-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const path = 'test-results/case-list-en.xlsx';
  await file.saveAs(path);
  expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  expect(sheet?.name).toBe('Cases');
  const header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1);
  expect(header).toEqual([
    'Case number',
    'Registered',
    'Status',
    'Town',
    'Category',
    'Place',
    'Source',
    'Applicants',
    'Respondents',
    'Handling tier',
    'Responsible',
    'Due',
    'Deadline',
    'Risk',
    'Result',
    'Amount (CNY)',
  ]);
  expect((sheet?.rowCount ?? 0) - 1).toBe(total);
  for (let row = 2; row <= (sheet?.rowCount ?? 1); row++) {
    expect(sheet?.getRow(row).getCell(3).value).toBe(statusLabel);
    expect(sheet?.getRow(row).getCell(5).value).toBe(category);
  }

  // Search by case number: the address carries it, one case is found.
  const caseNumber = (await rows.first().getByRole('link').textContent()) ?? '';
  await page.getByLabel('Search cases').fill(caseNumber);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  expect(decodeURIComponent(page.url())).toContain(caseNumber);
  await expect(table.getByRole('row')).toHaveCount(1);
  await expect(page.getByTestId('case-total')).toHaveText('Cases: 1');

  // The case page in English.
  await table.getByRole('link', { name: caseNumber }).click();
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);
  await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Parties' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByTestId('case-status')).toHaveText(statusLabel);
  await expect(page.getByTestId('case-timeline')).toContainText('Registered');
  await expect(page.getByTestId('case-facts')).toContainText('Intake channel');
  await expect(page.getByRole('link', { name: '← Back to the cases' })).toBeVisible();
  await shot(page, 'case-page-en');

  // Back to the filtered list: the address alone brings the filters back.
  await page.goto(filteredUrl);
  await expect(table.getByRole('row')).toHaveCount(count);
  await expect(page.getByTestId('case-filters').getByLabel('Category')).not.toHaveValue('');

  // Leave the account in Chinese, as found.
  await page.getByTestId('locale-switch').filter({ visible: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
