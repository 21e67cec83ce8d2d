// The closed loop at a township centre, in Chinese: the intake window registers a walk-in
// matter with two parties ("one matter, one form"), the centre director triages, accepts and
// assigns it (four fixes), a session is held in a mediation room, a written agreement is
// printed, the court confirms it, the case is closed and the follow-up visit completes the loop.
// A second tab working from an old page is told the case moved on.
import { execFileSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';

const TOWN = '/t/qingxi-chengguan';
const INTAKE_OFFICER = '13800000002';
const TOWN_ADMIN = '13800000001';
const DEMO_PASSWORD = 'Qingxi-demo-2026';

/** A resident ID number with its GB 11643 (ISO 7064 MOD 11-2) check character. */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The same number with a wrong check character. */
function withWrongCheckDigit(idNumber: string): string {
  const last = idNumber.at(-1);
  return idNumber.slice(0, 17) + (last === '0' ? '1' : '0');
}

async function signIn(page: Page, login: string) {
  await page.goto('/sign-in');
  await page.getByLabel('手机号或电子邮箱').fill(login);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/t\/qingxi-chengguan$/);
}

/** Opens a step's card on the case page (a <details>) and returns it. */
async function step(page: Page, name: string) {
  const card = page.getByTestId(`step-${name}`).first();
  if ((await card.getAttribute('open')) === null) await card.locator('summary').click();
  return card;
}

/** A full-page screenshot from the top (the sticky header would otherwise sit mid-page). */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** A day in China as the date inputs take it, `offset` days from today. */
function chinaDay(offset = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

test('a walk-in matter goes round the closed loop', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  // A fresh pair of residents per run: reruns against the same database stay independent.
  const serial = String(Date.now()).slice(-3);
  const applicantId = residentId(`33019919780512${serial}`);
  const respondentId = residentId(`33019919820923${serial}`);
  const applicant = `张建${serial}`;
  const respondent = `李秀英${serial}`;

  // 1. The intake window registers the matter.
  await signIn(page, INTAKE_OFFICER);
  await expect(page.getByTestId('side-nav').getByRole('link')).toContainText([
    '案件',
    '我的案件',
    '受理登记',
  ]);
  await page.getByTestId('side-nav').getByRole('link', { name: '受理登记' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '受理登记' })).toBeVisible();
  const form = page.getByTestId('intake-form');
  await expect(form.getByLabel('受理渠道')).toHaveValue('window');
  // The referral fields only concern referrals.
  await expect(page.getByTestId('referral-fields')).toBeHidden();
  await form.getByLabel('纠纷类型').selectOption({ label: '邻里纠纷' });
  await form.getByLabel(/^发生地/).selectOption({ label: '柳湾村 · 第一村民小组' });
  await form
    .getByLabel('纠纷简要情况')
    .fill('李秀英翻建院墙时填平两户之间的排水沟，雨水倒灌张建国院内，稻谷受淹。');
  await form.getByLabel('当事人请求').fill('恢复排水沟原状，赔偿稻谷受淹损失。');
  const first = page.getByTestId('party-0');
  await first.getByLabel('姓名或名称').fill(applicant);
  await first.getByLabel('身份证号').fill(withWrongCheckDigit(applicantId));
  await first.getByLabel('手机号').fill(`139${serial}00001`.slice(0, 11));
  await first.getByLabel('住址或单位地址').fill('柳湾村一组12号');
  const second = page.getByTestId('party-1');
  await second.getByLabel('姓名或名称').fill(respondent);
  await second.getByLabel('身份证号').fill(respondentId);
  await second.getByLabel('住址或单位地址').fill('柳湾村一组14号');
  await page.getByRole('button', { name: '保存登记' }).click();

  // The wrong check digit comes back beside its field, in Chinese, with everything kept.
  await expect(first.getByText('身份证号校验位不对，请核对是否输错。')).toBeVisible();
  await expect(first.getByLabel('身份证号')).toHaveAttribute('aria-invalid', 'true');
  await expect(first.getByLabel('姓名或名称')).toHaveValue(applicant);
  await expect(second.getByLabel('身份证号')).toHaveValue(respondentId);
  await expect(form.getByLabel('纠纷类型')).toHaveValue(/.+/);
  await shot(page, 'case-intake-error');
  await first.screenshot({ path: 'test-results/case-intake-error-party.png' });

  // "Add another party" keeps what was typed: a third party, then removed again.
  await page.getByRole('button', { name: '＋ 再添加一位当事人' }).click();
  await expect(page.getByTestId('party-2')).toBeVisible();
  await expect(first.getByLabel('姓名或名称')).toHaveValue(applicant);
  await page.getByRole('button', { name: '删除当事人 3' }).click();
  await expect(page.getByTestId('party-2')).toHaveCount(0);
  await expect(second.getByLabel('姓名或名称')).toHaveValue(respondent);

  await first.getByLabel('身份证号').fill(applicantId);
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\?registered=1$/);
  const caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';
  expect(caseNumber).toMatch(/^（\d{4}）城关调字第\d{4}号$/);
  await expect(page.getByRole('status').first()).toContainText(`已登记，案件编号 ${caseNumber}`);
  await expect(page.getByTestId('case-status')).toHaveText('已登记');
  // ID numbers are masked on the page.
  await expect(page.getByTestId('party-table')).toContainText(`${applicantId.slice(0, 3)}*`);
  await expect(page.getByTestId('party-table')).not.toContainText(applicantId);
  const caseUrl = new URL(page.url()).pathname;
  await shot(page, 'case-registered');

  // The same resident again: the open case is shown before anything is saved.
  await page.goto(`${TOWN}/cases/new`);
  await page.getByTestId('intake-form').getByLabel('纠纷类型').selectOption({ label: '邻里纠纷' });
  await page
    .getByTestId('intake-form')
    .getByLabel(/^发生地/)
    .selectOption({ label: '柳湾村 · 第一村民小组' });
  await page.getByTestId('intake-form').getByLabel('纠纷简要情况').fill('排水沟再次被堵。');
  await page.getByTestId('party-0').getByLabel('姓名或名称').fill(applicant);
  await page.getByTestId('party-0').getByLabel('身份证号').fill(applicantId);
  await page.getByTestId('party-1').getByLabel('姓名或名称').fill('王五');
  await page.getByRole('button', { name: '保存登记' }).click();
  const duplicates = page.getByTestId('possible-duplicates');
  await expect(duplicates).toContainText('发现 1 个可能重复的在办案件');
  await expect(page.getByRole('link', { name: caseNumber })).toBeVisible();
  await expect(page.getByRole('button', { name: '核对无误，仍然登记为新案件' })).toBeVisible();
  // The ID number was posted, never put in the address.
  expect(page.url()).not.toContain(applicantId);
  await shot(page, 'case-intake-duplicates');

  // 2. The centre director takes over in a browser of their own.
  const director = await browser.newContext({ baseURL });
  const admin = await director.newPage();
  await signIn(admin, TOWN_ADMIN);
  // Found by the applicant's ID number: posted, answered, and never put in the address.
  await admin.goto(`${TOWN}/cases`);
  await admin.getByLabel('搜索案件').fill(applicantId);
  await admin.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(admin.getByText('按身份证号或手机号精确查找的结果。')).toBeVisible();
  await expect(admin.getByTestId('case-table').getByRole('row')).toHaveCount(1);
  expect(new URL(admin.url()).pathname + new URL(admin.url()).search).toBe(`${TOWN}/cases`);
  await admin.getByRole('link', { name: caseNumber }).click();
  await expect(admin).toHaveURL(new RegExp(`${caseUrl}$`));

  // Reveal one party's numbers: said to be recorded, and it is.
  await expect(admin.getByText('查看完整号码会记入审计日志和办理过程。')).toBeVisible();
  await admin.getByRole('button', { name: `查看${applicant}的完整身份证号和手机号` }).click();
  await expect(admin.getByTestId('party-table')).toContainText(applicantId);
  await expect(admin.getByTestId('party-table')).toContainText('已记录查看');

  // Triage to the category's default (the village), then accept.
  let card = await step(admin, 'route');
  await card.getByRole('button', { name: '分流' }).click();
  await expect(admin.getByTestId('case-status')).toHaveText('已分流');
  card = await step(admin, 'accept');
  await card.getByRole('button', { name: '签收' }).click();
  await expect(admin.getByTestId('case-status')).toHaveText('已签收');

  // Four fixes.
  card = await step(admin, 'assign');
  await card.getByLabel('牵头领导').fill('赵卫东');
  await card.getByLabel('责任部门').fill('城关镇司法所');
  await card.getByLabel('责任人员').selectOption({ label: '周志强（城关镇调解员）' });
  await card.getByRole('button', { name: '交办（四定三包）' }).click();
  await expect(admin.getByTestId('case-status')).toHaveText('已交办');
  await expect(admin.getByTestId('four-fixes')).toContainText('城关镇司法所');
  await expect(admin.getByTestId('four-fixes')).toContainText('周志强');

  // A second tab opened now will be working from this version.
  const stale = await director.newPage();
  await stale.goto(caseUrl);
  await expect(stale.getByTestId('case-status')).toHaveText('已交办');

  // A mediation room: the centre registers one when it has none.
  const rooms = (await step(admin, 'schedule')).getByLabel('预约调解室');
  if ((await rooms.locator('option').count()) <= 1) {
    await admin.goto(`${TOWN}/centre`);
    const roomForm = admin.locator('form', {
      has: admin.locator('input[name="intent"][value="createRoom"]'),
    });
    await roomForm.getByLabel('名称', { exact: true }).fill('第一调解室');
    await roomForm.getByRole('button').last().click();
    await expect(admin.getByText('第一调解室').first()).toBeVisible();
    await admin.goto(caseUrl);
  }
  // A day of its own per run, so reruns on one database do not meet their own bookings.
  const sessionDay = chinaDay(1 + (Number(serial) % 300));
  card = await step(admin, 'schedule');
  await card.getByLabel('预约调解室').selectOption({ index: 1 });
  await card.getByLabel('日期').fill(sessionDay);
  await card.getByLabel('开始').fill('08:00');
  await card.getByLabel('结束').fill('09:30');
  await card.getByRole('button', { name: '安排调解' }).click();
  await expect(admin.getByTestId('case-status')).toHaveText('调解中');
  await expect(admin.getByTestId('session-list')).toContainText('已安排');

  // The room cannot be booked twice for the same time.
  card = await step(admin, 'schedule');
  await card.getByLabel('预约调解室').selectOption({ index: 1 });
  await card.getByLabel('日期').fill(sessionDay);
  await card.getByLabel('开始').fill('09:00');
  await card.getByLabel('结束').fill('10:00');
  await card.getByRole('button', { name: '安排调解' }).click();
  await expect(card.getByText(/该调解室在.+已有安排，请换一个时间或调解室。/)).toBeVisible();
  await shot(admin, 'case-room-booked');

  // The old tab: its version is gone, and it says so.
  const supervise = await step(stale, 'supervise');
  await supervise.getByLabel('督办意见').fill('请抓紧调处。');
  await supervise.getByRole('button', { name: '督办' }).click();
  await expect(stale.getByTestId('stale-version')).toContainText(
    '此案件已被他人更新，请刷新后重试。',
  );
  await expect(
    stale.getByTestId('stale-version').getByRole('link', { name: '刷新页面' }),
  ).toBeVisible();
  await shot(stale, 'case-stale-version');
  await stale.close();

  // The session is held: both parties came, they agreed.
  card = await step(admin, 'recordSession');
  await card.getByLabel('调解笔录').fill('经耐心疏导，双方同意协商解决。');
  await card.getByLabel('调解结果').selectOption({ label: '达成协议' });
  await card.getByRole('button', { name: '记录调解结果' }).click();
  await expect(admin.getByTestId('case-status')).toHaveText('达成协议');

  // A written agreement with two terms.
  card = await step(admin, 'agreement');
  await card.getByLabel('争议事项').fill('排水沟是否恢复原状，稻谷受淹损失如何承担。');
  await card.getByLabel('各方责任').fill('被申请人未经协商填平共用排水沟，负主要责任。');
  await card.getByLabel('第 1 条', { exact: true }).fill('被申请人自费恢复排水沟原状。');
  await card.getByLabel('第 2 条', { exact: true }).fill('被申请人赔偿申请人稻谷受淹损失。');
  await card.getByTestId('term-1').getByLabel('金额（元）').fill('350');
  await card.getByLabel('履行方式').fill('当面现金支付，申请人出具收条。');
  await card.getByLabel('履行期限').fill(chinaDay());
  await card.getByRole('button', { name: '录入调解协议' }).click();
  await expect(admin.getByText('已录入调解协议。')).toBeVisible();
  await expect(admin.getByTestId('agreement')).toContainText('城关调协字第');

  const agreementDownload = admin.waitForEvent('download');
  await admin.getByTestId('agreement-pdf').click();
  const agreementPdf = await agreementDownload;
  expect(agreementPdf.suggestedFilename()).toMatch(/城关调协字第\d{4}号\.pdf$/);
  await agreementPdf.saveAs('test-results/case-agreement.pdf');
  const agreementText = pdfText('test-results/case-agreement.pdf').replace(/[ \t]+/g, '');
  expect(agreementText).toContain('人民调解协议书');
  expect(agreementText).toContain(applicant);
  expect(agreementText).toContain(respondent);
  expect(agreementText).toContain('经调解，自愿达成如下协议');
  expect(agreementText).toContain('被申请人自费恢复排水沟原状');
  expect(agreementText).toContain('被申请人赔偿申请人稻谷受淹损失');
  expect(agreementText).not.toContain(applicantId);

  // Judicial confirmation: filed with the transfer letter, then confirmed by the court.
  card = await step(admin, 'fileConfirmation');
  await card.getByLabel('受理法院').fill('清溪县人民法院');
  await card.getByLabel('联系电话').fill('0571-88001234');
  await card.getByRole('button', { name: '申请司法确认' }).click();
  await expect(admin.getByTestId('case-status')).toHaveText('司法确认中');
  const letterDownload = admin.waitForEvent('download');
  await admin.getByTestId('letter-pdf').click();
  const letter = await letterDownload;
  await letter.saveAs('test-results/case-transfer-letter.pdf');
  const letterText = pdfText('test-results/case-transfer-letter.pdf').replace(/[ \t]+/g, '');
  expect(letterText).toContain('司法确认');
  expect(letterText).toContain('清溪县人民法院');

  card = await step(admin, 'confirmationOutcome');
  await card.getByLabel('裁定书编号').fill('（2026）浙0199民特12号');
  await card.getByRole('button', { name: '记录法院决定' }).click();
  await expect(admin.getByTestId('case-status')).toHaveText('已司法确认');
  await expect(admin.getByTestId('confirmation')).toContainText('（2026）浙0199民特12号');

  // A photo of the restored ditch goes with the file.
  card = await step(admin, 'upload');
  await card.locator('input[type="file"]').setInputFiles({
    name: '排水沟恢复.png',
    mimeType: 'image/png',
    buffer: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    ),
  });
  await card.getByRole('button', { name: '上传附件' }).click();
  await expect(admin.getByTestId('attachment-list')).toContainText('排水沟恢复.png');

  // Closed, then the follow-up visit completes the loop.
  card = await step(admin, 'close');
  await expect(card.getByLabel('办结结果')).toHaveValue('resolved');
  await card.getByRole('button', { name: '办结' }).click();
  await expect(admin.getByTestId('case-status')).toHaveText('已办结');
  // A first visit finds nobody: recorded with its reason, and the loop stays open.
  card = await step(admin, 'followUp');
  await card.getByRole('radio', { name: '未能回访' }).check();
  await expect(card.getByLabel('协议履行情况')).toBeHidden();
  await card.getByLabel('未能回访的原因').selectOption({ label: '联系不上当事人' });
  await card.getByLabel('回访记录').fill('电话无人接听，上门不遇。');
  await card.getByRole('button', { name: '记录回访' }).click();
  await expect(admin.getByTestId('case-status')).toHaveText('已办结');
  await expect(admin.getByTestId('case-timeline')).toContainText('回访未成功');
  card = await step(admin, 'followUp');
  await expect(card.getByRole('radio', { name: '已完成回访' })).toBeChecked();
  await card.getByLabel('回访记录').fill('排水沟已恢复，赔偿款已当面付清。');
  await card.getByRole('button', { name: '记录回访' }).click();
  await expect(admin.getByTestId('case-status')).toHaveText('闭环完成');
  await expect(admin.getByTestId('case-steps')).toContainText('已回访，闭环完成。');

  // Every step is on the timeline, in order.
  const kinds = await admin
    .getByTestId('case-timeline')
    .locator('li[data-kind]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
  expect(kinds).toEqual([
    'registered',
    'pii_revealed',
    'route',
    'accept',
    'assign',
    'startMediation',
    'reachAgreement',
    'agreement_recorded',
    'fileConfirmation',
    'recordConfirmation',
    'attachment_added',
    'close',
    'follow_up_not_carried_out',
    'recordFollowUp',
  ]);
  const timeline = admin.getByTestId('case-timeline');
  for (const label of [
    '受理登记',
    '查看完整号码',
    '分流',
    '签收',
    '交办（四定三包）',
    '安排调解，开始调解',
    '制作调解协议书',
    '申请司法确认',
    '法院确认协议有效',
    '上传附件',
    '办结',
    '回访',
  ])
    await expect(timeline).toContainText(label);
  await expect(timeline.locator('li[data-kind="assign"]')).toContainText(
    '责任人员：未定 → 周志强（城关镇调解员）',
  );
  await expect(timeline).toContainText('孙丽（城关镇受理窗口）');
  await expect(timeline).toContainText('赵卫东（城关镇中心主任）');
  await shot(admin, 'case-loop-complete');

  // The attachment downloads, for this signed-in person only.
  const fileDownload = admin.waitForEvent('download');
  await admin.getByRole('link', { name: '排水沟恢复.png' }).click();
  expect((await fileDownload).suggestedFilename()).toBe('排水沟恢复.png');
  const href =
    (await admin.getByRole('link', { name: '排水沟恢复.png' }).getAttribute('href')) ?? '';
  const anonymous = await browser.newContext({ baseURL });
  const outsider = await anonymous.newPage();
  const response = await outsider.goto(href);
  expect(new URL(outsider.url()).pathname).toBe('/sign-in');
  expect(response?.headers()['content-disposition']).toBeUndefined();
  await anonymous.close();

  // The dashboard counts it among the cases followed up.
  await admin.goto(TOWN);
  await expect(admin.getByTestId('figure-open')).toBeVisible();
  await expect(admin.getByTestId('status-counts')).toContainText('闭环完成');
  await shot(admin, 'case-dashboard');
  await director.close();
});
