// The demo county: a fictional county with real-shaped GB/T 2260 codes (12 digits: province,
// city, county, town, village). Resident units extend their village's code by 3 digits.
import type { Role } from '@concord/db/schema';

export interface DemoVillage {
  code: string;
  name: string;
  population: number;
  households: number;
  units: number;
}

export interface DemoTown {
  slug: string;
  code: string;
  name: string;
  villages: DemoVillage[];
}

export const demoCounty = {
  slug: 'qingxi',
  code: '330199000000',
  name: '清溪县',
};

const village = (code: string, name: string, population: number, units: number): DemoVillage => ({
  code,
  name,
  population,
  households: Math.round(population / 3.1),
  units,
});

export const demoTowns: DemoTown[] = [
  {
    slug: 'qingxi-chengguan',
    code: '330199100000',
    name: '城关镇',
    villages: [
      village('330199100001', '东街社区', 4820, 4),
      village('330199100002', '西街社区', 3960, 3),
      village('330199100003', '南门社区', 2750, 3),
      village('330199100201', '柳湾村', 1630, 3),
      village('330199100202', '杨家村', 980, 2),
      village('330199100203', '新塘村', 2210, 3),
      village('330199100204', '李家坝村', 1450, 2),
    ],
  },
  {
    slug: 'qingxi-qiaotou',
    code: '330199101000',
    name: '桥头镇',
    villages: [
      village('330199101001', '桥头社区', 3310, 3),
      village('330199101201', '前进村', 1270, 2),
      village('330199101202', '河口村', 1890, 3),
      village('330199101203', '红星村', 860, 2),
      village('330199101204', '大坪村', 1120, 2),
      village('330199101205', '高桥村', 2040, 3),
      village('330199101206', '松林村', 760, 2),
    ],
  },
  {
    slug: 'qingxi-shimen',
    code: '330199200000',
    name: '石门乡',
    villages: [
      village('330199200001', '石门社区', 2380, 3),
      village('330199200201', '龙潭村', 1340, 2),
      village('330199200202', '黄泥村', 920, 2),
      village('330199200203', '青岗村', 1560, 2),
      village('330199200204', '白岩村', 1080, 2),
      village('330199200205', '竹园村', 690, 2),
    ],
  },
];

const unitNumerals = ['一', '二', '三', '四', '五', '六'];

/** 第一村民小组… for villages, 第一网格… for communities (codes ending 001–199). */
export function residentUnitName(villageCode: string, index: number): string {
  const isCommunity = Number(villageCode.slice(9)) < 200;
  return `第${unitNumerals[index]}${isCommunity ? '网格' : '村民小组'}`;
}

export interface DemoAccount {
  login: string;
  displayName: string;
  role: Role;
  /** The county's slug or one of the towns'. */
  tenantSlug: string;
}

/** Every role, so a person can try each; all share DEMO_PASSWORD. */
export const DEMO_PASSWORD = 'Qingxi-demo-2026';

export const demoAccounts: DemoAccount[] = [
  {
    login: 'admin@qingxi.demo',
    displayName: '王建国（县政法委）',
    role: 'county_admin',
    tenantSlug: 'qingxi',
  },
  {
    login: 'leader@qingxi.demo',
    displayName: '刘明（县司法局）',
    role: 'viewer',
    tenantSlug: 'qingxi',
  },
  {
    login: 'finance@qingxi.demo',
    displayName: '陈静（县财政）',
    role: 'finance_officer',
    tenantSlug: 'qingxi',
  },
  {
    login: '13800000001',
    displayName: '赵卫东（城关镇中心主任）',
    role: 'town_admin',
    tenantSlug: 'qingxi-chengguan',
  },
  {
    login: '13800000002',
    displayName: '孙丽（城关镇受理窗口）',
    role: 'intake_officer',
    tenantSlug: 'qingxi-chengguan',
  },
  {
    login: '13800000003',
    displayName: '周志强（城关镇调解员）',
    role: 'mediator',
    tenantSlug: 'qingxi-chengguan',
  },
  {
    login: '13800000011',
    displayName: '吴海燕（桥头镇中心主任）',
    role: 'town_admin',
    tenantSlug: 'qingxi-qiaotou',
  },
  {
    login: '13800000021',
    displayName: '郑国强（石门乡中心主任）',
    role: 'town_admin',
    tenantSlug: 'qingxi-shimen',
  },
];
