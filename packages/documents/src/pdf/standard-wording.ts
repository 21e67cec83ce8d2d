// The fixed Chinese wording of the standard documents (Ministry of Justice people's-mediation
// document formats of December 2010, as local templates reproduce them, and the judicial
// confirmation transfer letter). The PDFs are Chinese legal documents, so this wording is not
// translated; it lives here so the renderers hold no prose of their own.

export const agreementWording = {
  title: '人民调解协议书',
  party: '当事人',
  sex: { male: '男', female: '女' },
  sexLabel: '性别',
  ethnicityLabel: '民族',
  birthDateLabel: '出生日期',
  ageLabel: '年龄',
  age: (years: number) => `${years}岁`,
  occupationLabel: '职业或职务',
  idNumberLabel: '身份证号码',
  addressLabel: '住址',
  phoneLabel: '联系电话',
  legalPersonAddressLabel: '住所',
  legalRepresentativeLabel: '法定代表人（主要负责人）',
  legalRepresentativeTitleLabel: '职务',
  factsHeading: '纠纷主要事实、争议事项及各方当事人责任：',
  factsLabel: '纠纷主要事实：',
  issuesLabel: '争议事项：',
  responsibilitiesLabel: '各方当事人责任：',
  termsHeading: '经调解，自愿达成如下协议：',
  termAmount: (amount: string, amountInWords: string) =>
    `涉及金额：人民币${amount}元（大写：${amountInWords}）`,
  byDate: (date: string) => `${date}前`,
  termDetailSeparator: '；',
  performanceHeading: '履行方式、时限：',
  performanceMannerLabel: '履行方式：',
  performanceTimeLabel: '履行期限：',
  performancePlaceLabel: '履行地点：',
  copies: (count: string) => `本协议一式${count}份，当事人、人民调解委员会各持一份。`,
  partySignature: '签名、盖章或按指印',
  mediator: '人民调解员',
  recorder: '记录人',
  signature: '签名',
  sealPlaceholder: '（人民调解委员会印）',
} as const;

export const transferLetterWording = {
  title: '司法确认移送函',
  partyDetailSeparator: '，',
  idNumber: (idNumber: string) => `身份证号码：${idNumber}`,
  legalRepresentative: (name: string) => `法定代表人（主要负责人）：${name}`,
  partyJoin: '、',
  lastPartyJoin: '与',
  body: (input: {
    parties: string;
    disputeType: string;
    committee: string;
    signedOn: string;
    agreementNumber: string;
  }) =>
    `当事人${input.parties}${input.disputeType}一案，经${input.committee}调解，当事人于${input.signedOn}` +
    `自愿达成人民调解协议，协议书编号为${input.agreementNumber}。`,
  law:
    '根据《中华人民共和国人民调解法》第三十三条的规定，经人民调解委员会调解达成调解协议后，' +
    '双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。',
  request: (partyCount: number) =>
    `现${partyCount === 2 ? '双方' : '各方'}当事人共同申请对该调解协议进行司法确认，` +
    '特将有关材料移送你院，请依法审查确认。',
  attachmentsLabel: '附件：',
  attachment: (index: number, title: string, copies: number) => `${index}. ${title}（${copies}份）`,
  agreementAttachment: (agreementNumber: string) => `${agreementNumber}人民调解协议书`,
  identityAttachment: '当事人身份证明材料',
  applicationAttachment: '司法确认申请书',
  contactPersonLabel: '联系人：',
  contactPhoneLabel: '联系电话：',
  sealPlaceholder: '（人民调解委员会印）',
} as const;

export const pageNumberWording = (page: number, total: number) => `第 ${page} 页 共 ${total} 页`;
