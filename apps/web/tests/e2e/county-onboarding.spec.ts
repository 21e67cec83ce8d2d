// A new county onboards its first town: sign-up, two-factor set-up, a four-level structure, a
// town, 500 villages and resident units imported from a spreadsheet (and a faulty file refused
// whole), the town administrator invited and joining in another browser without JavaScript,
// and the onboarding board showing it all. Independent of the demo data: every name is new.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { decodeBase32, totpCode, totpStep } from './totp.ts';

const run = Date.now().toString(36);
const countySlug = `e2e-${run}`;
const townSlug = `${countySlug}-chengguan`;
const adminLogin = `admin-${run}@e2e-county.cn`;
const adminPassword = `Yunxi county ${run} mediation`;
const countyName = '云溪县';
const countyCode = '500235';
const townName = '城关区';
const townCode = '500235101000';
const townAdminPhone = `137${String(Date.now()).slice(-8)}`;
const townAdminPassword = `Chengguan street ${run}`;

const files = mkdtempSync(path.join(tmpdir(), 'concord-onboarding-'));

/**
 * With the tiers 市/区/街道/社区 the town is a 区: 50 街道 (12-digit codes under the town's) with
 * 9 社区 each (15 digits).
 */
async function writeUnitsWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('组织单位');
  sheet.addRow(['区划代码', '名称', '上级代码', '层级', '人口', '户数']);
  for (let village = 1; village <= 50; village++) {
    const villageCode = `${townCode.slice(0, 9)}${String(village).padStart(3, '0')}`;
    sheet.addRow([villageCode, `第${village}街道`, townCode, 3, 3000 + village, 1000 + village]);
    for (let unit = 1; unit <= 9; unit++)
      sheet.addRow([
        `${villageCode}${String(unit).padStart(3, '0')}`,
        `第${unit}社区`,
        villageCode,
        4,
        null,
        null,
      ]);
  }
  // Codes as text, as the template writes them.
  for (const column of [1, 3]) sheet.getColumn(column).numFmt = '@';
  const file = path.join(files, '城关区村居.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** One good row and four faulty ones, as CSV. */
function writeFaultyCsv(): string {
  const file = path.join(files, 'faulty.csv');
  writeFileSync(
    file,
    [
      '区划代码,名称,上级代码,层级,人口,户数',
      `500235101051,新建社区,${townCode},3,100,40`,
      `50023510105,位数不对,${townCode},3,,`,
      '500235101060001,找不到上级,500235101060,4,,',
      `500235101052,层级不对,${townCode},x,,`,
      `500235101053,人口不对,${townCode},3,很多,`,
    ].join('\n'),
  );
  return file;
}

async function shot(page: Page, name: string) {
  // From the top, so the sticky header is not painted over the middle of a full-page image.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/onboarding-${name}.png`, fullPage: true });
}

test('a new county signs up, configures, onboards a town with 500 units and its administrator', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  // No script errors (hydration mismatches included); refused posts (4xx) are expected.
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  page.on('console', (entry) => {
    if (entry.type() === 'error' && !entry.text().startsWith('Failed to load resource'))
      scriptErrors.push(entry.text());
  });

  // — Sign-up, from the sign-in page —
  await page.goto('/sign-in');
  await page.getByRole('link', { name: '注册开通' }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  await page.getByLabel('县（区）名称').fill(countyName);
  await page.getByLabel('行政区划代码').fill('5002');
  await page.getByLabel('网址标识').fill(countySlug);
  await expect(page.getByTestId('slug-preview')).toHaveText(`/t/${countySlug}`);
  await page.getByLabel('手机号或电子邮箱').fill(adminLogin);
  await page.getByLabel('姓名').fill('县政法委 王主任');
  await page.getByLabel('设置密码').fill(adminPassword);
  await page.getByLabel('再次输入密码').fill(`${adminPassword}!`);
  await page.getByRole('button', { name: '注册', exact: true }).click();
  await expect(page.getByText('两次输入的密码不一致。')).toBeVisible();
  await expect(page.getByLabel('网址标识')).toHaveValue(countySlug);

  await page.getByLabel('设置密码').fill(adminPassword);
  await page.getByLabel('再次输入密码').fill(adminPassword);
  await page.getByRole('button', { name: '注册', exact: true }).click();
  // The server's refusal, beside the field, in Chinese; what was typed stays.
  await expect(page.getByText('区划代码的位数或格式不正确。')).toBeVisible();
  await expect(page.getByLabel('行政区划代码')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('县（区）名称')).toHaveValue(countyName);
  await shot(page, 'sign-up-error');

  await page.getByLabel('行政区划代码').fill(countyCode);
  await page.getByLabel('设置密码').fill(adminPassword);
  await page.getByLabel('再次输入密码').fill(adminPassword);
  await page.getByRole('button', { name: '注册', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=county-signed-up&login=/);
  await expect(page.getByRole('status')).toContainText('注册成功');
  await expect(page.getByLabel('手机号或电子邮箱')).toHaveValue(adminLogin);
  await shot(page, 'signed-up');

  // — First sign-in: two-factor set-up is required of a county administrator —
  await page.getByLabel('密码', { exact: true }).fill(adminPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/account\/two-factor\?redirectTo=/);
  await page.getByTestId('two-factor-start').click();
  const keyText = (await page.getByTestId('totp-manual-key').textContent()) ?? '';
  await page.getByLabel('验证码').fill(totpCode(decodeBase32(keyText), totpStep()));
  await page.getByRole('button', { name: '确认开启' }).click();
  await expect(page.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
  await page.getByRole('link', { name: '我已保存，继续' }).click();
  // A new county lands on its onboarding checklist.
  await expect(page).toHaveURL(new RegExp(`/t/${countySlug}/onboarding$`));
  await expect(page.getByRole('heading', { level: 1, name: '入驻进度' })).toBeVisible();

  // — Tiers: 市/区/街道/社区 —
  await page.getByTestId('side-nav').getByRole('link', { name: '设置', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${countySlug}/settings/tiers$`));
  await expect(page.getByTestId('tier-structure')).toContainText('县');
  await page
    .getByTestId('tier-presets')
    .getByRole('link', { name: '市 / 区 / 街道 / 社区' })
    .click();
  await expect(page.getByLabel('第 3 级名称')).toHaveValue('街道');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存为第 2 版。');
  await expect(page.getByTestId('tier-structure')).toContainText('市');
  await expect(page.getByTestId('tier-structure')).toContainText('社区');
  await expect(page.getByTestId('version-in-force')).toContainText('第 2 版');
  await expect(page.getByTestId('setting-history').getByRole('row').first()).toContainText(
    '县 / 乡镇 / 村(社区) / 村民小组 → 市 / 区 / 街道 / 社区',
  );
  await shot(page, 'settings-tiers');

  // The other settings pages, each with its version and history.
  await page.getByTestId('settings-tabs').getByRole('link', { name: '纠纷类型' }).click();
  await expect(page.getByTestId('categories-table')).toContainText('婚姻家庭纠纷');
  // Default tiers are named with the configured names.
  await expect(page.getByTestId('categories-table')).toContainText('街道');
  await page.getByLabel('本地类型名称').fill('赡养纠纷');
  await page.getByLabel('所属全国类型').selectOption({ label: '婚姻家庭纠纷' });
  await page.getByRole('button', { name: '增设', exact: true }).first().click();
  await expect(page.getByText('已增设本地纠纷类型。')).toBeVisible();
  await expect(page.getByTestId('categories-table')).toContainText('本地类型，属“婚姻家庭纠纷”');
  await page.getByRole('button', { name: '标记为已审阅' }).click();
  await expect(page.getByText('已记录：纠纷类型清单已审阅。')).toBeVisible();
  await expect(page.getByTestId('change-log')).toContainText('审阅了纠纷类型清单');
  await shot(page, 'settings-categories');

  await page.getByTestId('settings-tabs').getByRole('link', { name: '受理渠道' }).click();
  await expect(page.getByTestId('channels').getByRole('checkbox')).toHaveCount(10);
  await shot(page, 'settings-channels');
  await page.getByTestId('settings-tabs').getByRole('link', { name: '办理时限' }).click();
  await expect(page.getByTestId('stage-deadlines')).toContainText('调解终结');
  await shot(page, 'settings-deadlines');
  await page.getByTestId('settings-tabs').getByRole('link', { name: '节假日' }).click();
  await expect(page.getByTestId('calendar-years')).toContainText('2004');
  await shot(page, 'settings-calendar');
  // Next year, as the State Council would publish it; a weekday among the make-up days is refused.
  const nextYear =
    Number(new Date().toLocaleString('en', { timeZone: 'Asia/Shanghai', year: 'numeric' })) + 1;
  await page.goto(`/t/${countySlug}/settings/calendar?year=${nextYear}`);
  const firstOfMarch = new Date(Date.UTC(nextYear, 2, 1));
  const dayOf = (weekday: number) =>
    new Date(firstOfMarch.getTime() + ((weekday - firstOfMarch.getUTCDay() + 7) % 7) * 86_400_000)
      .toISOString()
      .slice(0, 10);
  await page.getByLabel('放假日期').fill(`${nextYear}-01-01\n${nextYear}-02-01~${nextYear}-02-05`);
  await page.getByLabel('调休上班日期').fill(dayOf(1));
  await page.getByRole('button', { name: new RegExp(`${nextYear} 年安排`) }).click();
  await expect(page.getByText(`${dayOf(1)} 不是周六或周日`)).toBeVisible();
  await expect(page.getByLabel('放假日期')).toHaveValue(new RegExp(`${nextYear}-02-01~`));
  await page.getByLabel('调休上班日期').fill(dayOf(6));
  await page.getByRole('button', { name: new RegExp(`${nextYear} 年安排`) }).click();
  await expect(page.getByText(`已保存 ${nextYear} 年的节假日安排。`)).toBeVisible();
  await expect(
    page.getByTestId('calendar-years').getByRole('row', { name: new RegExp(`^${nextYear}`) }),
  ).toContainText('本县录入');
  await expect(page.getByTestId('change-log')).toContainText(`${nextYear} 年：放假日期 +6`);
  await shot(page, 'settings-calendar-entered');
  await page.getByTestId('settings-tabs').getByRole('link', { name: '编号' }).click();
  await expect(page.getByLabel('案件编号字号')).toHaveValue('云溪调');
  await shot(page, 'settings-numbering');

  // — A town —
  await page.getByTestId('side-nav').getByRole('link', { name: '乡镇（街道）' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '乡镇（街道）' })).toBeVisible();
  await page.getByLabel('名称').fill(townName);
  await page.getByLabel('行政区划代码').fill('500236101');
  await page.getByLabel('网址标识').fill(townSlug);
  await page.getByRole('button', { name: '设立', exact: true }).click();
  await expect(page.getByText('代码的前 6 位须与本县（区）相同。')).toBeVisible();
  await expect(page.getByLabel('网址标识')).toHaveValue(townSlug);
  await page.getByLabel('行政区划代码').fill(townCode.slice(0, 9));
  await page.getByRole('button', { name: '设立', exact: true }).click();
  await expect(page.getByText(`已设立${townName}。下一步：邀请其管理员。`)).toBeVisible();
  await expect(page.getByTestId('towns-table')).toContainText(townCode);
  await shot(page, 'towns');

  // — 500 units from an XLSX file, with upload progress —
  await page.goto(`/t/${townSlug}/units/import`);
  await expect(page.getByRole('heading', { level: 1, name: '导入村居与网格' })).toBeVisible();
  await expect(page.getByTestId('import-rules')).toContainText('层级填 3 表示街道');
  await expect(page.getByTestId('import-rules')).toContainText('层级填 4 表示社区');
  const template = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载模板（中文）' }).click();
  expect((await template).suggestedFilename()).toBe('组织单位导入模板.xlsx');

  await page.getByLabel('选择文件').setInputFiles(await writeUnitsWorkbook());
  // A slow uplink, so the progress bar can be seen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 8 * 1024,
  });
  await page.getByRole('button', { name: '上传并导入' }).click();
  await expect(page.getByTestId('import-progress')).toHaveAttribute('data-state', 'uploading');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /\d+/);
  await expect
    .poll(async () => (await page.getByRole('progressbar').locator('div').boundingBox())?.width)
    .toBeGreaterThan(20);
  await shot(page, 'import-uploading');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-created')).toHaveText('500');
  await expect(page.getByTestId('import-updated')).toHaveText('0');
  await expect(page.getByTestId('import-unchanged')).toHaveText('0');
  await expect(page.getByTestId('tier-counts')).toContainText('街道 50 个 · 社区 450 个');
  await shot(page, 'import-done');

  // — A faulty file: exactly its errors, and nothing written —
  await page.getByLabel('选择文件').setInputFiles(writeFaultyCsv());
  await page.getByRole('button', { name: '上传并导入' }).click();
  await expect(page.getByTestId('import-refused')).toContainText('有 4 处错误，没有导入任何内容');
  const errors = page.getByTestId('import-errors').getByRole('row');
  await expect(errors).toHaveCount(4);
  await expect(errors.nth(0)).toContainText('3区划代码区划代码的位数或格式与层级不符');
  await expect(errors.nth(1)).toContainText('4上级代码找不到上级单位');
  await expect(errors.nth(2)).toContainText('5层级层级须为 1–4 的整数。x');
  await expect(errors.nth(3)).toContainText('6人口须为不小于 0 的整数。很多');
  await shot(page, 'import-errors');
  await page.getByRole('link', { name: '返回村居与网格' }).click();
  await expect(page.getByTestId('tier-counts')).toHaveText('街道 50 个 · 社区 450 个');
  await page.getByRole('searchbox').fill('500235101051');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page.getByText('没有与“500235101051”匹配的单位。')).toBeVisible();

  // The tree, with the configured names; a community opens to its grids.
  await page.getByRole('searchbox').fill('第7街道');
  await page.getByRole('button', { name: '查找' }).click();
  const tree = page.getByTestId('unit-tree');
  await expect(tree.locator('details')).toHaveCount(1);
  await expect(tree).toContainText('9 个社区');
  await expect(tree.getByText('第9社区')).toBeVisible();
  await shot(page, 'units-tree');
  await page.getByRole('link', { name: '清除' }).click();
  await expect(tree.locator('details')).toHaveCount(50);
  const exported = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 Excel' }).click();
  expect((await exported).suggestedFilename()).toMatch(/^城关区-组织单位-\d{8}\.xlsx$/);

  // — The town administrator: invited from the towns page —
  await page.goto(`/t/${countySlug}/towns`);
  await page.getByRole('link', { name: `邀请${townName}的管理员` }).click();
  await page.getByLabel('手机号或电子邮箱').fill(townAdminPhone);
  await page.getByLabel('姓名', { exact: true }).fill('城关区 李主任');
  await page.getByRole('button', { name: '生成邀请链接' }).click();
  const link = (await page.getByTestId('invitation-link').textContent()) ?? '';
  expect(link).toMatch(/\/invitation\/[\w.-]+$/);
  await shot(page, 'town-admin-invited');

  // … who accepts in a browser of their own, without JavaScript.
  const invitee = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const guest = await invitee.newPage();
  await guest.goto(link);
  await expect(guest.getByTestId('invitation-summary')).toContainText('乡镇管理员');
  await guest.getByLabel('设置密码').fill(townAdminPassword);
  await guest.getByLabel('再次输入密码').fill(townAdminPassword);
  await guest.getByRole('button', { name: '创建账号并加入' }).click();
  await expect(guest).toHaveURL(/\/sign-in\?notice=invitation-accepted/);
  await guest.getByLabel('密码', { exact: true }).fill(townAdminPassword);
  await guest.getByRole('button', { name: '登录' }).click();
  await expect(guest).toHaveURL(new RegExp(`/t/${townSlug}$`));
  await expect(guest.getByRole('heading', { level: 1, name: townName })).toBeVisible();
  // The plain form post imports (and refuses) as well.
  await guest.getByTestId('side-nav').getByRole('link', { name: '村居与网格' }).click();
  await guest.getByRole('link', { name: '导入', exact: true }).click();
  await guest.getByLabel('选择文件').setInputFiles(writeFaultyCsv());
  await guest.getByRole('button', { name: '上传并导入' }).click();
  await expect(guest.getByTestId('import-errors').getByRole('row')).toHaveCount(4);
  await shot(guest, 'import-errors-no-js');
  // Centre set-up: a visiting department and a room.
  await guest.getByTestId('side-nav').getByRole('link', { name: '中心设置' }).click();
  await guest.getByLabel('部门名称').fill('派出所');
  await guest.getByLabel('入驻方式').selectOption({ label: '轮驻' });
  await guest.getByLabel('驻点时间').fill('每周二上午');
  await guest.getByRole('button', { name: '登记' }).first().click();
  await expect(guest.getByTestId('departments-table')).toContainText('派出所轮驻每周二上午');
  await guest.getByLabel('名称', { exact: true }).fill('第一调解室');
  await guest.getByLabel('容纳人数').fill('多');
  await guest.getByRole('button', { name: '登记' }).nth(1).click();
  await expect(guest.getByText('请填写 1 到 500 之间的整数。')).toBeVisible();
  await expect(guest.getByLabel('名称', { exact: true })).toHaveValue('第一调解室');
  await guest.getByLabel('容纳人数').fill('8');
  await guest.getByRole('button', { name: '登记' }).nth(1).click();
  await expect(guest.getByTestId('rooms-table')).toContainText('第一调解室');
  await shot(guest, 'centre');
  // A town sees the county's settings; it may change what the county lets it (numbering).
  await guest.getByTestId('side-nav').getByRole('link', { name: '设置', exact: true }).click();
  await expect(guest.getByTestId('tier-structure')).toContainText('街道');
  await expect(guest.getByRole('button', { name: '保存' })).toHaveCount(0);
  await guest.getByTestId('settings-tabs').getByRole('link', { name: '编号' }).click();
  await guest.getByLabel('案件编号字号').fill('城关调');
  await guest.getByRole('button', { name: '保存' }).click();
  await expect(guest.getByText('已保存为第 2 版。')).toBeVisible();
  await expect(guest.getByTestId('setting-history').getByRole('row').first()).toContainText(
    '案件编号字号：城关区调 → 城关调',
  );
  await shot(guest, 'town-numbering');

  // Keeping the tree by hand: edit, move (with a new code), retire and restore a unit, add one.
  await guest.goto(`/t/${townSlug}/units?q=${encodeURIComponent('第7街道')}`);
  await guest.getByRole('link', { name: '编辑第1社区' }).click();
  await expect(guest.getByRole('heading', { name: '编辑“第1社区”' })).toBeVisible();
  const editPanel = guest.locator('section#edit');
  await editPanel.getByLabel('人口').fill('120');
  await editPanel.getByRole('button', { name: '保存' }).click();
  await expect(guest.getByRole('status')).toHaveText('已保存。');
  await expect(guest.getByTestId('unit-tree')).toContainText('120 人');
  await editPanel.getByLabel('移到另一个街道').selectOption({ label: '第8街道（500235101008）' });
  // Its code still says 第7街道: refused until a code under 第8街道's comes with the move.
  await guest.getByRole('button', { name: '移动' }).click();
  await expect(
    editPanel.getByText('区划代码 500235101007001 不在上级单位之下：应以 500235101008 开头。'),
  ).toBeVisible();
  await expect(editPanel.getByLabel('新的区划代码')).toHaveAttribute('aria-invalid', 'true');
  await editPanel.getByLabel('新的区划代码').fill('500235101008010');
  await guest.getByRole('button', { name: '移动' }).click();
  await expect(guest.getByRole('status')).toHaveText('已移动。');
  await expect(editPanel).toContainText('第1社区（500235101008010）');
  await expect(guest.getByTestId('unit-tree')).toContainText('500235101008010');
  await guest.getByRole('button', { name: '撤销此单位' }).click();
  await expect(guest.getByRole('status')).toHaveText('已撤销。');
  await shot(guest, 'unit-retired');
  await guest.getByRole('button', { name: '恢复此单位' }).click();
  await expect(guest.getByRole('status')).toHaveText('已恢复。');
  // A community with grids below cannot be retired before them.
  await guest.goto(`/t/${townSlug}/units?q=${encodeURIComponent('第8街道')}`);
  await guest.getByRole('link', { name: '编辑第8街道' }).click();
  await guest.getByRole('button', { name: '撤销此单位' }).click();
  await expect(guest.getByRole('alert')).toHaveText('还有未撤销的下级单位，请先撤销它们。');
  await expect(guest.getByTestId('unit-tree')).toContainText('10 个社区');
  // A new community under 第9街道: a code under another 街道 is refused, what was typed stays.
  await guest.goto(`/t/${townSlug}/units`);
  const addPanel = guest.locator('section#add');
  await addPanel.getByLabel('上级单位').selectOption({ label: '第9街道（街道）下设社区' });
  await addPanel.getByLabel('名称').fill('新建第10社区');
  await addPanel.getByLabel('区划代码（选填）').fill('500235101008011');
  await addPanel.getByRole('button', { name: '添加' }).click();
  await expect(
    addPanel.getByText('区划代码 500235101008011 不在上级单位之下：应以 500235101009 开头。'),
  ).toBeVisible();
  await expect(addPanel.getByLabel('名称')).toHaveValue('新建第10社区');
  await addPanel.getByLabel('区划代码（选填）').fill('500235101009010');
  await addPanel.getByRole('button', { name: '添加' }).click();
  await expect(guest.getByRole('status')).toHaveText('已添加“新建第10社区”。');
  await guest.getByRole('searchbox').fill('新建第10社区');
  await guest.getByRole('button', { name: '查找' }).click();
  const grownTree = guest.getByTestId('unit-tree');
  await expect(grownTree.locator('details')).toHaveCount(1);
  await expect(grownTree).toContainText('第9街道');
  await expect(grownTree).toContainText('10 个社区');
  await expect(grownTree.getByText('新建第10社区')).toBeVisible();
  await expect(grownTree).toContainText('500235101009010');
  await shot(guest, 'unit-added');
  await invitee.close();

  // — The onboarding board —
  await page.goto(`/t/${countySlug}`);
  await expect(page.getByRole('link', { name: '查看入驻进度' })).toHaveAttribute(
    'href',
    `/t/${countySlug}/onboarding`,
  );
  await page.goto(`/t/${countySlug}/onboarding`);
  const row = page.getByTestId('onboarding-table').getByRole('row', { name: new RegExp(townName) });
  await expect(row.getByTestId('admin-accepted')).toHaveText('已接受');
  await expect(row.getByTestId('admin-accepted').locator('[data-done]')).toHaveAttribute(
    'data-done',
    'true',
  );
  // 500 imported and one added by hand.
  await expect(row.getByTestId('units-imported')).toHaveText('501 个');
  await expect(page.getByTestId('county-checklist')).toContainText('确认层级结构');
  await shot(page, 'board');

  // The same board in English.
  await page.getByRole('button', { name: /^(English|中文)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onboarding' })).toBeVisible();
  await expect(row.getByTestId('admin-accepted')).toHaveText('Accepted');
  await shot(page, 'board-en');
  await page.getByRole('button', { name: /^(English|中文)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '入驻进度' })).toBeVisible();

  // The county's view of the units, town by town.
  await page.goto(`/t/${countySlug}/units`);
  await expect(page.getByRole('row', { name: new RegExp(townName) })).toContainText('50501');
  await shot(page, 'units-county');

  // Deactivating a town asks first, and can be undone.
  await page.goto(`/t/${countySlug}/towns`);
  await page.getByRole('link', { name: `停用${townName}` }).click();
  await expect(page.getByRole('heading', { name: `停用${townName}？` })).toBeVisible();
  await shot(page, 'town-deactivate-confirm');
  await page.getByRole('button', { name: `确认停用${townName}` }).click();
  await expect(page.getByText(`已停用${townName}。`)).toBeVisible();
  await expect(page.getByTestId('towns-table')).toContainText('已停用');
  await page.getByRole('button', { name: `重新启用${townName}` }).click();
  await expect(page.getByText(`已重新启用${townName}。`)).toBeVisible();
  await expect(page.getByTestId('towns-table')).toContainText('使用中');

  expect(scriptErrors).toEqual([]);
});
