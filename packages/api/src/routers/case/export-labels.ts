// Column headers and value labels of the case-list export, in the two languages of the app
// (zh-CN default). The export is a file that leaves the system, so its words are fixed here.
import type { IntakeChannel } from '@concord/db/schema';
import type { CaseStatus } from '@concord/domain/case/state-machine';
import type { DeadlineState } from '@concord/domain/deadline/stage-deadlines';
import type { CaseResult } from './case-result.ts';

export interface ExportLabels {
  sheetName: string;
  headers: Record<
    | 'caseNumber'
    | 'registeredAt'
    | 'status'
    | 'town'
    | 'category'
    | 'place'
    | 'source'
    | 'applicants'
    | 'respondents'
    | 'tier'
    | 'responsible'
    | 'dueDate'
    | 'deadlineState'
    | 'riskColour'
    | 'result'
    | 'amount',
    string
  >;
  status: Record<CaseStatus, string>;
  source: Record<IntakeChannel, string>;
  tier: Record<1 | 2 | 3, string>;
  deadlineState: Record<DeadlineState, string>;
  riskColour: Record<'red' | 'yellow' | 'blue', string>;
  result: Record<CaseResult, string>;
}

const zh: ExportLabels = {
  sheetName: '案件列表',
  headers: {
    caseNumber: '案件编号',
    registeredAt: '登记日期',
    status: '状态',
    town: '乡镇（街道）',
    category: '纠纷类型',
    place: '发生地',
    source: '来源',
    applicants: '申请人',
    respondents: '被申请人',
    tier: '办理层级',
    responsible: '责任人',
    dueDate: '当前期限',
    deadlineState: '期限状态',
    riskColour: '风险等级',
    result: '办结结果',
    amount: '涉及金额（元）',
  },
  status: {
    registered: '已登记',
    routed: '已分流',
    accepted: '已签收',
    assigned: '已交办',
    in_mediation: '调解中',
    agreement_reached: '达成协议',
    failed: '调解不成',
    withdrawn: '终止调解',
    diverted: '已转办',
    awaiting_confirmation: '司法确认中',
    confirmed: '已司法确认',
    confirmation_rejected: '确认被驳回',
    closed: '已办结',
    follow_up_done: '已回访',
  },
  source: {
    window: '窗口受理',
    patrol: '网格排查',
    screening_meeting: '排查例会',
    hotline: '热线',
    online: '线上扫码',
    police_referral: '警调移送',
    court_referral: '诉调委派',
    procuratorate_referral: '检调移送',
    letters_and_visits: '信访',
    leader_reception: '领导接访',
  },
  tier: { 1: '县级', 2: '乡镇级', 3: '村级' },
  deadlineState: { on_track: '正常', due_soon: '临期', overdue: '超期' },
  riskColour: { red: '红色', yellow: '黄色', blue: '蓝色' },
  result: {
    resolved: '调解成功',
    partially_resolved: '部分成功',
    unresolved: '调解不成',
    withdrawn: '终止',
  },
};

const en: ExportLabels = {
  sheetName: 'Cases',
  headers: {
    caseNumber: 'Case number',
    registeredAt: 'Registered',
    status: 'Status',
    town: 'Town',
    category: 'Category',
    place: 'Place',
    source: 'Source',
    applicants: 'Applicants',
    respondents: 'Respondents',
    tier: 'Handling tier',
    responsible: 'Responsible',
    dueDate: 'Due',
    deadlineState: 'Deadline',
    riskColour: 'Risk',
    result: 'Result',
    amount: 'Amount (CNY)',
  },
  status: {
    registered: 'Registered',
    routed: 'Routed',
    accepted: 'Accepted',
    assigned: 'Assigned',
    in_mediation: 'In mediation',
    agreement_reached: 'Agreement reached',
    failed: 'Failed',
    withdrawn: 'Withdrawn',
    diverted: 'Diverted',
    awaiting_confirmation: 'Awaiting confirmation',
    confirmed: 'Confirmed',
    confirmation_rejected: 'Confirmation rejected',
    closed: 'Closed',
    follow_up_done: 'Follow-up done',
  },
  source: {
    window: 'Walk-in window',
    patrol: 'Grid patrol',
    screening_meeting: 'Screening meeting',
    hotline: 'Hotline',
    online: 'Online (QR code)',
    police_referral: 'Police referral',
    court_referral: 'Court referral',
    procuratorate_referral: 'Procuratorate referral',
    letters_and_visits: 'Letters and visits',
    leader_reception: 'Leader reception',
  },
  tier: { 1: 'County', 2: 'Town', 3: 'Village' },
  deadlineState: { on_track: 'On track', due_soon: 'Due soon', overdue: 'Overdue' },
  riskColour: { red: 'Red', yellow: 'Yellow', blue: 'Blue' },
  result: {
    resolved: 'Resolved',
    partially_resolved: 'Partly resolved',
    unresolved: 'Not resolved',
    withdrawn: 'Withdrawn',
  },
};

export function exportLabels(locale: string): ExportLabels {
  return locale === 'en' ? en : zh;
}
