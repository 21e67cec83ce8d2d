// Realistic inputs for the renderer tests: a neighbour dispute over a drainage ditch between two
// villagers, mediated by a town committee.
import type {
  AgreementDocument,
  AgreementTerm,
  TransferLetterDocument,
} from '../pdf/document-types.ts';

export const drainageDitchAgreement: AgreementDocument = {
  number: '（2026）城关调字第0001号',
  parties: [
    {
      kind: 'naturalPerson',
      designation: '甲方',
      name: '张建国',
      sex: 'male',
      ethnicity: '汉族',
      birthDate: '1968-03-12',
      occupation: '农民',
      idNumber: '330199196803121234',
      address: '清溪县城关镇东街社区三组12号',
      phone: '13905710001',
    },
    {
      kind: 'naturalPerson',
      designation: '乙方',
      name: '李秀英',
      sex: 'female',
      ethnicity: '汉族',
      age: 54,
      occupation: '个体工商户',
      idNumber: '3301**********2028',
      address: '清溪县城关镇东街社区三组14号',
      phone: '139****0002',
    },
  ],
  facts:
    '甲乙双方系东街社区三组相邻住户。2026年10月，乙方翻建院墙时将两户之间的排水沟填平约六米，' +
    '致使雨水倒灌甲方院内，淹没甲方存放的稻谷约三百斤，双方多次协商未果，甲方向城关镇人民调解委员会申请调解。',
  issues: '乙方是否应恢复排水沟原状，以及甲方稻谷受淹的损失如何承担。',
  responsibilities:
    '乙方翻建院墙未与甲方协商即填平共用排水沟，对损失的发生负主要责任；甲方未及时转移受淹稻谷，负次要责任。',
  terms: [
    {
      text: '乙方于2026年12月10日前自费将填平的排水沟恢复原状，沟宽不小于四十厘米，深度与原沟一致。',
      amountYuan: '1800',
      performBy: '2026-12-10',
    },
    {
      text: '乙方一次性赔偿甲方稻谷受淹损失人民币叁佰伍拾元整。',
      amountYuan: '350.00',
      performBy: '2026-11-30',
    },
    {
      text: '排水沟恢复后由甲乙双方共同维护，每年汛期前共同清淤一次，所需费用各半承担。',
      amountYuan: '200.50',
      performBy: '2027-05-31',
    },
  ],
  performance: {
    manner:
      '第一项由乙方自行组织施工，甲方予以配合；第二项以现金或转账方式当面支付，甲方出具收条。',
    deadline: '2026-12-10',
    place: '清溪县城关镇东街社区三组',
  },
  mediators: ['王德明', '陈丽华'],
  recorder: '赵小军',
  committee: '清溪县城关镇人民调解委员会',
  signedOn: '2026-11-25',
};

export function longAgreement(termCount: number): AgreementDocument {
  const terms: AgreementTerm[] = Array.from({ length: termCount }, (_, index) => ({
    text: `第${index + 1}项约定：乙方按照双方确认的清单返还甲方物品，并在交接时由双方签字确认，交接清单作为本协议附件。`,
    ...(index % 3 === 0 ? { amountYuan: String(100 * (index + 1)) } : {}),
    ...(index % 4 === 0 ? { performBy: '2026-12-31' } : {}),
  }));
  return { ...drainageDitchAgreement, number: '（2026）城关调字第0040号', terms };
}

export const drainageDitchTransferLetter: TransferLetterDocument = {
  number: '（2026）城关调移字第0001号',
  court: '清溪县人民法院',
  committee: '清溪县城关镇人民调解委员会',
  parties: drainageDitchAgreement.parties,
  disputeType: '邻里纠纷',
  agreementNumber: '（2026）城关调字第0001号',
  agreementSignedOn: '2026-11-25',
  contactPerson: '王德明',
  contactPhone: '0571-88001234',
  issuedOn: '2026-11-26',
};
