// The disputes of the demo county: one short story per kind of matter a township centre sees,
// in the words of an intake form and an agreement. `a` is the applicant, `b` the respondent
// (a person's or an organisation's name), `place` the village or community. Some stories bring
// in a third party (第三人) with a stake in the outcome; one is between two pupils, each
// represented by a parent (法定代理人).

export interface StoryPeople {
  a: string;
  b: string;
  place: string;
}

/** Organisations that may take part, and their legal representatives, in the same order. */
interface StoryOrganisations {
  names: readonly string[];
  representatives: readonly string[];
}

export interface DemoStory {
  /** National category code (seed-configuration.ts). */
  category: string;
  /** A respondent that is an organisation, with its legal representative. */
  organisation?: StoryOrganisations;
  /** Who else has a stake in the outcome (第三人): an organisation, or else a person. */
  thirdParty?: { relation: string; organisation?: StoryOrganisations };
  /** The applicant and the respondent are pupils, each represented by a parent. */
  minors?: boolean;
  summary: (p: StoryPeople) => string;
  claims: (p: StoryPeople) => string;
  facts: (p: StoryPeople) => string;
  issues: string;
  /** Terms of the usual agreement; `amount` marks the one that carries the money. */
  terms: (p: StoryPeople) => { text: string; amount?: boolean }[];
  /** Range of the amount at stake, in yuan. */
  amountYuan: readonly [number, number];
}

export const demoStories: readonly DemoStory[] = [
  {
    category: 'neighbour',
    summary: (p) =>
      `${p.b}翻建院墙时将与${p.a}家之间的排水沟填平约六米，下雨时雨水倒灌${p.a}家院内，双方多次争吵。`,
    claims: () => '恢复排水沟原状，赔偿受淹粮食损失。',
    facts: (p) =>
      `双方系${p.place}相邻住户。${p.b}翻建院墙时未与${p.a}协商即填平两户之间的排水沟，致雨水倒灌，${p.a}存放的稻谷受淹。`,
    issues: '排水沟是否恢复原状，受淹损失如何承担。',
    terms: (p) => [
      { text: `${p.b}于十日内自费将填平的排水沟恢复原状，沟宽不小于四十厘米。` },
      { text: `${p.b}一次性赔偿${p.a}稻谷受淹损失。`, amount: true },
      { text: '排水沟恢复后由双方共同维护，每年汛期前共同清淤一次。' },
    ],
    amountYuan: [200, 800],
  },
  {
    category: 'neighbour',
    summary: (p) =>
      `${p.a}反映楼上${p.b}家卫生间长期渗水，致其卧室天花板霉变脱落，找${p.b}协商维修未果。`,
    claims: () => '维修防水层，赔偿房屋修复费用。',
    facts: (p) =>
      `${p.a}与${p.b}系${p.place}同一单元上下层住户。${p.b}家卫生间防水层老化渗漏，致${p.a}家卧室天花板受损。`,
    issues: '渗漏原因及维修责任，房屋修复费用的承担。',
    terms: (p) => [
      { text: `${p.b}于十五日内请专业人员重做卫生间防水层，${p.a}予以配合。` },
      { text: `${p.b}赔偿${p.a}天花板修复费用。`, amount: true },
    ],
    amountYuan: [500, 3000],
  },
  {
    category: 'housing_homestead',
    summary: (p) =>
      `${p.a}与${p.b}因宅基地界址发生争议，${p.b}新建猪圈越过原界桩约半米，双方争执不下。`,
    claims: () => '拆除越界部分，恢复原界址。',
    facts: (p) =>
      `${p.a}与${p.b}系${p.place}相邻户。${p.b}新建猪圈时越过双方原有界桩约0.5米，${p.a}要求拆除，双方发生争执。`,
    issues: '双方宅基地界址的确认，越界建筑是否拆除。',
    terms: (p) => [
      { text: `以村委会留存的宅基地使用证附图为准，重新埋设界桩，双方签字确认。` },
      { text: `${p.b}于二十日内拆除越界部分，恢复原状。` },
      { text: `${p.b}补偿${p.a}因此受损的菜地青苗。`, amount: true },
    ],
    amountYuan: [100, 500],
  },
  {
    category: 'marriage_family',
    thirdParty: { relation: '老人之女，与被申请人共同负有赡养义务' },
    summary: (p) =>
      `${p.a}年逾七旬，反映其子${p.b}等子女互相推诿，不支付赡养费，也不照料其日常生活。`,
    claims: () => '子女按月支付赡养费，轮流照料生活。',
    facts: (p) =>
      `${p.a}现年七十余岁，患有高血压，独居于${p.place}。其子女${p.b}等人因老人赡养问题互相推诿，老人生活困难。`,
    issues: '赡养费数额及支付方式，日常照料的安排。',
    terms: (p) => [
      { text: `${p.b}自本月起每月五日前向${p.a}支付赡养费。`, amount: true },
      { text: '老人医疗费用凭票据由子女平均分担。' },
      { text: '子女每周轮流看望老人，节假日共同陪伴。' },
    ],
    amountYuan: [300, 800],
  },
  {
    category: 'marriage_family',
    summary: (p) =>
      `${p.a}与${p.b}系夫妻，因家庭琐事长期争吵，${p.a}搬回娘家居住，双方就子女抚养发生纠纷。`,
    claims: () => '明确子女抚养和探望安排。',
    facts: (p) =>
      `${p.a}与${p.b}婚后育有一子，近年因家庭开支、照顾老人等琐事矛盾加深，${p.a}于两个月前回娘家居住。`,
    issues: '婚姻关系是否维持，子女的抚养与探望。',
    terms: (p) => [
      { text: `双方同意和好，${p.b}承诺不再酗酒，家庭收支由双方共同商量。` },
      { text: `${p.a}于本周内返回家中居住，共同抚养孩子。` },
    ],
    amountYuan: [0, 0],
  },
  {
    category: 'labour',
    organisation: {
      names: ['清溪县宏达建筑劳务有限公司', '清溪县鑫源建设工程有限公司', '城关镇顺发装饰工程队'],
      representatives: ['周宏达', '吴鑫源', '刘顺发'],
    },
    thirdParty: {
      relation: '工程发包方，未足额拨付工程款',
      organisation: {
        names: ['清溪县城市建设投资集团有限公司', '清溪县安居房开发有限公司'],
        representatives: ['杨立新', '林国华'],
      },
    },
    summary: (p) =>
      `${p.a}等五名农民工在${p.b}承包的工地务工四个月，工程完工后被拖欠工资，多次讨要未果。`,
    claims: () => '一次性支付拖欠的工资。',
    facts: (p) =>
      `${p.a}等五人于今年三月至六月在${p.b}承建的${p.place}安置房项目务工，双方约定按月结算工资，工程完工后${p.b}以工程款未到位为由拖欠工资。`,
    issues: '拖欠工资的数额及支付期限。',
    terms: (p) => [
      { text: `${p.b}确认拖欠${p.a}等五人工资，并于十日内一次性支付。`, amount: true },
      { text: `${p.a}等人收到工资后不再就此事向${p.b}主张其他权利。` },
    ],
    amountYuan: [12000, 60000],
  },
  {
    category: 'traffic_accident',
    thirdParty: {
      relation: '肇事货车的保险人',
      organisation: {
        names: ['中国人民财产保险股份有限公司清溪支公司', '中国平安财产保险股份有限公司清溪支公司'],
        representatives: ['何文华', '曾长青'],
      },
    },
    summary: (p) =>
      `${p.a}骑电动车途经${p.place}路口时与${p.b}驾驶的小型货车发生碰撞，${p.a}左腿骨折，双方就赔偿协商不成。`,
    claims: () => '赔偿医疗费、误工费、护理费等损失。',
    facts: (p) =>
      `${p.b}驾驶小型货车在${p.place}路口右转时与直行的${p.a}电动车相撞，经交警认定${p.b}负主要责任，${p.a}负次要责任。`,
    issues: '各项损失的数额，保险理赔之外的差额如何承担。',
    terms: (p) => [
      {
        text: `${p.b}除保险公司理赔外，另行赔偿${p.a}医疗费、误工费、护理费等各项损失。`,
        amount: true,
      },
      { text: `${p.b}协助${p.a}办理保险理赔手续。` },
      { text: '本协议履行完毕后，双方就本次事故再无其他争议。' },
    ],
    amountYuan: [5000, 40000],
  },
  {
    category: 'property_management',
    organisation: {
      names: ['清溪县安居物业服务有限公司', '清溪县锦华物业管理有限公司'],
      representatives: ['陈安居', '李锦华'],
    },
    summary: (p) =>
      `${p.b}反映${p.a}所住小区电梯经常停运、公共区域无人清扫，${p.a}等业主以此为由拒交物业费，双方发生纠纷。`,
    claims: () => '改善物业服务，合理确定欠缴物业费。',
    facts: (p) =>
      `${p.a}系${p.place}某小区业主，因不满电梯维修不及时、保洁不到位，自去年起拒交物业费。${p.b}多次催缴未果。`,
    issues: '物业服务质量的整改，欠缴物业费的数额与减免。',
    terms: (p) => [
      { text: `${p.b}于一个月内完成电梯维修并公示保洁安排，接受业主监督。` },
      { text: `${p.a}按八折补缴欠缴的物业费。`, amount: true },
    ],
    amountYuan: [800, 3600],
  },
  {
    category: 'contract',
    thirdParty: { relation: '租赁合同的保证人' },
    summary: (p) =>
      `${p.a}将自家房屋租给${p.b}开设小卖部，租期未满${p.b}提前搬离并拖欠三个月租金。`,
    claims: () => '支付拖欠租金，承担违约责任。',
    facts: (p) =>
      `${p.a}与${p.b}签订房屋租赁合同，约定租期两年、按季度付租。${p.b}经营不善，于租期内提前搬离，欠付租金三个月。`,
    issues: '拖欠租金及违约金的数额。',
    terms: (p) => [
      { text: `${p.b}于十五日内支付拖欠的租金。`, amount: true },
      { text: `${p.a}退还押金，双方解除租赁合同。` },
    ],
    amountYuan: [3000, 9000],
  },
  {
    category: 'business_operation',
    summary: (p) =>
      `${p.a}在${p.place}承包鱼塘，${p.b}经营的养猪场排出的废水流入鱼塘，致鱼苗大量死亡。`,
    claims: () => '赔偿鱼苗损失，整改排污设施。',
    facts: (p) =>
      `${p.b}在${p.place}经营养猪场，其沉淀池容量不足，雨季废水溢流进入${p.a}承包的鱼塘，致鱼苗死亡约两千尾。`,
    issues: '损失数额，排污设施的整改。',
    terms: (p) => [
      { text: `${p.b}赔偿${p.a}鱼苗损失。`, amount: true },
      { text: `${p.b}于一个月内扩建沉淀池，确保废水不再外溢。` },
    ],
    amountYuan: [2000, 8000],
  },
  {
    category: 'damages',
    summary: (p) =>
      `${p.b}家饲养的狗咬伤${p.a}的小孩，${p.a}要求赔偿医疗费，${p.b}认为孩子逗狗在先。`,
    claims: () => '赔偿医疗费、疫苗费及交通费。',
    facts: (p) =>
      `${p.b}在${p.place}家中饲养的犬只未拴养，将路过的${p.a}之子咬伤，${p.a}带孩子注射狂犬疫苗并就医。`,
    issues: '责任的承担，赔偿数额。',
    terms: (p) => [
      { text: `${p.b}赔偿${p.a}医疗费、疫苗费及交通费。`, amount: true },
      { text: `${p.b}今后将犬只拴养，按规定办理犬只登记和免疫。` },
    ],
    amountYuan: [600, 2500],
  },
  {
    category: 'forest_land',
    summary: (p) =>
      `${p.a}与${p.b}因山林承包界线不清，${p.b}砍伐了${p.a}认为属于自己承包范围内的杉木。`,
    claims: () => '确认山林界线，赔偿被砍林木损失。',
    facts: (p) =>
      `${p.a}与${p.b}分别承包${p.place}后山相邻山林，林权证附图界线模糊。${p.b}今春间伐时砍伐杉木十余株，${p.a}认为在其承包范围内。`,
    issues: '山林承包界线，被砍林木的归属与赔偿。',
    terms: (p) => [
      { text: '由村委会会同双方现场勘界，以山脊分水线为界，埋设界桩并绘图存档。' },
      { text: `${p.b}按市场价补偿${p.a}被砍林木。`, amount: true },
    ],
    amountYuan: [1500, 6000],
  },
  {
    category: 'land_requisition',
    thirdParty: {
      relation: '县道改建工程建设单位',
      organisation: { names: ['清溪县交通运输局'], representatives: ['潘永福'] },
    },
    summary: (p) =>
      `${p.a}家承包地被征用修建县道，${p.a}认为青苗和附着物补偿计算有误，与${p.b}发生争议。`,
    claims: () => '重新核定青苗及附着物补偿。',
    facts: (p) =>
      `县道改建工程征用${p.place}土地，${p.a}家承包地约一亩二分在征用范围内。${p.a}认为其种植的果树数量未被完整登记。`,
    issues: '附着物清点结果及补偿标准的适用。',
    terms: (p) => [
      { text: `由${p.b}会同村委会重新清点${p.a}承包地上的果树并公示。` },
      { text: '按公示的补偿标准补发差额补偿款。', amount: true },
    ],
    amountYuan: [3000, 15000],
  },
  {
    category: 'environmental_pollution',
    organisation: {
      names: ['清溪县永固石材加工厂', '清溪县鸿运砖瓦厂'],
      representatives: ['赵永固', '孙鸿运'],
    },
    summary: (p) => `${p.a}等村民反映${p.b}夜间生产噪声扰民、粉尘污染，影响休息和庄稼生长。`,
    claims: () => '停止夜间生产，治理粉尘。',
    facts: (p) =>
      `${p.b}位于${p.place}村口，近期加班生产至深夜，切割噪声和粉尘影响周边二十余户村民。`,
    issues: '生产时间的限制，粉尘治理措施及对村民的补偿。',
    terms: (p) => [
      { text: `${p.b}每日二十二时至次日六时停止生产。` },
      { text: `${p.b}于一个月内加装喷淋降尘设施。` },
      { text: `${p.b}补偿受影响农户的庄稼损失。`, amount: true },
    ],
    amountYuan: [2000, 10000],
  },
  {
    category: 'consumer',
    organisation: {
      names: ['城关镇佳美家电商行', '清溪县惠民农资店'],
      representatives: ['钱佳美', '郑惠民'],
    },
    summary: (p) =>
      `${p.a}在${p.b}购买的农资化肥使用后秧苗发黄，怀疑化肥质量有问题，要求退货赔偿。`,
    claims: () => '退还货款，赔偿减产损失。',
    facts: (p) =>
      `${p.a}于今年四月在${p.b}购买复合肥二十袋，施用后部分秧苗发黄，经农技站查看，系施用方法不当与肥料含量偏低共同所致。`,
    issues: '损失原因及责任比例。',
    terms: (p) => [{ text: `${p.b}退还${p.a}剩余化肥货款并补偿部分减产损失。`, amount: true }],
    amountYuan: [500, 3000],
  },
  {
    category: 'medical',
    organisation: { names: ['清溪县城关镇卫生院'], representatives: ['黄医生'] },
    summary: (p) =>
      `${p.a}之母在${p.b}输液后出现过敏反应，经转院治疗好转，${p.a}认为卫生院处置不当。`,
    claims: () => '赔偿医疗费、护理费，说明处置经过。',
    facts: (p) =>
      `${p.a}之母因感冒在${p.b}输液，出现皮疹、胸闷，经处置后转县人民医院治疗，住院五天。`,
    issues: '诊疗过程有无过错，费用的承担。',
    terms: (p) => [
      { text: `${p.b}本着人道主义补偿${p.a}之母医疗费、护理费。`, amount: true },
      { text: '双方就本次诊疗再无其他争议。' },
    ],
    amountYuan: [3000, 12000],
  },
  {
    category: 'other',
    summary: (p) => `${p.a}与${p.b}因共用的入户道路被${p.b}堆放建材阻断，${p.a}家农用车无法通行。`,
    claims: () => '清除堆放物，保持道路通畅。',
    facts: (p) =>
      `${p.a}与${p.b}共用${p.place}一条入户道路，${p.b}建房期间将砖块、沙石堆放于路面，阻断通行近一个月。`,
    issues: '道路的通行与建材堆放。',
    terms: (p) => [
      { text: `${p.b}于三日内清理路面建材，留出不少于三米的通道。` },
      { text: `建房期间${p.b}在自家院内堆放建材，不再占用共用道路。` },
    ],
    amountYuan: [0, 0],
  },
  {
    category: 'damages',
    minors: true,
    thirdParty: {
      relation: '事发学校，负有教育管理职责',
      organisation: {
        names: ['清溪县第二中学', '清溪县实验中学'],
        representatives: ['蒋文华', '魏立新'],
      },
    },
    summary: (p) =>
      `${p.a}与${p.b}系同班同学，课间在走廊追逐打闹时${p.b}推倒${p.a}，致${p.a}门牙折断，双方家长就医疗费协商不成。`,
    claims: () => '赔偿医疗费、牙齿修复费及交通费。',
    facts: (p) =>
      `${p.a}与${p.b}均为未成年学生，家住${p.place}。课间二人在教室走廊追逐打闹，${p.b}推搡${p.a}致其摔倒，门牙折断两颗，经县人民医院治疗。`,
    issues: '双方监护人及学校责任的分担，医疗费和后续修复费用的数额。',
    terms: (p) => [
      { text: `${p.b}的法定代理人赔偿${p.a}医疗费、牙齿修复费及交通费。`, amount: true },
      { text: `${p.a}成年后如需再次修复牙齿，费用由双方监护人另行协商。` },
      { text: '双方家长各自加强对孩子的教育，学校加强课间安全管理。' },
    ],
    amountYuan: [2000, 8000],
  },
];

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤';
const givenNames = [
  '建国',
  '秀英',
  '桂英',
  '志强',
  '丽',
  '海燕',
  '国强',
  '玉兰',
  '德明',
  '红梅',
  '小军',
  '春花',
  '卫东',
  '淑珍',
  '明',
  '伟',
  '芳',
  '军',
  '敏',
  '静',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '超',
  '霞',
  '平',
  '刚',
  '桂兰',
  '文华',
  '永福',
  '金凤',
  '长青',
  '宝山',
  '凤英',
  '立新',
  '国华',
  '美华',
];

/** A Chinese name from the seeded random source. */
export function demoName(random: () => number): string {
  const surname = surnames[Math.floor(random() * surnames.length)] ?? '王';
  return surname + demoGivenName(random);
}

/** A given name alone: for a child's father, who shares the child's surname. */
export function demoGivenName(random: () => number): string {
  return givenNames[Math.floor(random() * givenNames.length)] ?? '明';
}

export const occupations = ['农民', '个体工商户', '务工人员', '退休职工', '教师', '司机', '无业'];
