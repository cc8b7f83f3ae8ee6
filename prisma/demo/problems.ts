// The demo's enterprise-service problem ledger (对企服务难点堵点台账, DESIGN §8): ~150 problems raised between July
// 2025 and late November 2026 — both demo periods and the running 2026年下半年 — each told as a story of steps
// (accept, progress notes, resolve, the 考核办's return-visit rating, 销号, 转办 and reassignment, 挂牌督办) that
// prisma/demo/problem-history.ts replays through the flow of lib/problems/rules.ts.
//
// Twenty-odd are written by hand (the cases the demo tells about: land approval, 十二事合一 in one day, 泰鸿路's street
// lights, supervised and reopened ones, transfers); the rest are drawn, deterministically (mulberry32), from the
// typical requests of a 高新区 below, each unit working at its own pace so the units' on-time rates differ.
// Enterprises, contacts and phone numbers are fictional.
import type { ProblemCategory, ProblemRating, ProblemSource } from '../../lib/domain/enums';
import { mulberry32 } from '../../lib/domain/prng';
import { creditCodeCheckChar } from '../../lib/problems/rules';
import { district } from './district';

/** One step of a problem's story; `on` is its day (China time), steps of a day keep their order. */
export type DemoStep =
  | { k: 'accept'; on: string; note?: string }
  /** a dated progress note by the lead unit, or by an assisting unit when `assist` names it */
  | { k: 'note'; on: string; note: string; assist?: string }
  | { k: 'resolve'; on: string; resolution: string }
  | { k: 'rate'; on: string; rating: ProblemRating; note?: string }
  | { k: 'close'; on: string; note?: string }
  | { k: 'transfer'; on: string; reason: string }
  | { k: 'reassign'; on: string; lead: string; assist?: string[]; person: string; dueAt: string; note?: string }
  | { k: 'supervise'; on: string; leader: string; note: string }
  | { k: 'unsupervise'; on: string; leader: string; note?: string };

export interface DemoProblem {
  category: ProblemCategory;
  source: ProblemSource;
  enterpriseName: string;
  /** 统一社会信用代码 with its GB 32100 check character */
  creditCode?: string;
  contactName?: string;
  contactPhone?: string;
  title: string;
  description: string;
  /** unit codes when recorded (a reassignment changes them) */
  lead: string;
  assist?: string[];
  responsiblePerson: string;
  raisedAt: string;
  dueAt: string;
  /** 12345 hotline cases are recorded by 考核办 from the hotline platform; the rest by the lead unit's staff */
  recordedBy: 'unit' | 'office';
  steps: DemoStep[];
}

/** The demo's last day of history (the demo's "today" is 2026-12-03). */
export const DEMO_LEDGER_LAST_DAY = '2026-12-02';

// ───────────────────────────── helpers ─────────────────────────────

const DAY = 86_400_000;
export function addDays(day: string, n: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + n * DAY).toISOString().slice(0, 10);
}
function daysBetween(a: string, b: string): number {
  return Math.round((new Date(`${b}T00:00:00Z`).getTime() - new Date(`${a}T00:00:00Z`).getTime()) / DAY);
}
const minDay = (a: string, b: string) => (a < b ? a : b);

/** The deputies who answer for each unit's work (the measures of the demo name them). */
const PEOPLE = new Map<string, string[]>();
for (const u of district.units)
  for (const g of u.gaps)
    for (const m of g.measures) {
      const list = PEOPLE.get(m.responsibleUnit) ?? [];
      if (!list.includes(m.responsiblePerson)) list.push(m.responsiblePerson);
      PEOPLE.set(m.responsibleUnit, list);
    }
function personOf(unit: string, pick = 0): string {
  const list = PEOPLE.get(unit);
  if (list?.length) return list[pick % list.length]!;
  const u = district.units.find((x) => x.code === unit);
  if (!u) throw new Error(`demo problems: unknown unit ${unit}`);
  return `${u.head.name}（${u.head.title}）`;
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A fictional 统一社会信用代码 of a company registered in the district: 91 + 360197 + 9 characters + check. */
function creditCodeFrom(rand: () => number): string {
  const newStyle = rand() < 0.7; // registered since 2015: MA…
  let body = '91360197' + (newStyle ? 'MA' : '');
  while (body.length < 17) body += CODE_CHARS[newStyle ? Math.floor(rand() * CODE_CHARS.length) : Math.floor(rand() * 10)]!;
  return body + creditCodeCheckChar(body)!;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const CONTACT_TITLES = ['经理', '总', '女士', '先生', '主任', '部长'];
function contactFrom(rand: () => number, i: number): { contactName: string; contactPhone: string } {
  const name = SURNAMES[Math.floor(rand() * SURNAMES.length)]! + CONTACT_TITLES[Math.floor(rand() * CONTACT_TITLES.length)]!;
  // 138 0000 xxxx: a placeholder block, no real subscriber is meant
  return { contactName: name, contactPhone: `138 0000 ${String(1000 + ((i * 37) % 9000)).padStart(4, '0')}` };
}

/** How fast each unit solves, as a share of the promised time: [fastest, slowest]; above 1 is late. */
const PACE: Record<string, [number, number]> = {
  spj: [0.05, 0.55],
  swj: [0.2, 0.8],
  dbgs: [0.3, 0.9],
  scj: [0.3, 0.95],
  kfj: [0.35, 1.0],
  tcj: [0.3, 1.05],
  jsj: [0.45, 1.25],
  cgj: [0.55, 1.45],
  zrj: [0.7, 1.7],
  ctjt: [0.6, 1.35],
  swgs: [0.5, 1.3],
};
const DEFAULT_PACE: [number, number] = [0.3, 1.05];

/** How the return visits went: chance of 满意 (the rest 基本满意); dissatisfaction is told case by case. */
const SATISFIED: Record<string, number> = { spj: 0.85, swj: 0.85, tcj: 0.7, jsj: 0.6, cgj: 0.5, zrj: 0.5 };

// ───────────────────────────── a story → steps ─────────────────────────────

interface Story {
  cat: ProblemCategory;
  src: ProblemSource;
  ent: string;
  /** false: the enterprise gave none (a hotline caller, a branch) */
  credit?: string | false;
  lead: string;
  assist?: string[];
  person?: string;
  title: string;
  desc: string;
  raised: string;
  due: string;
  resolution: string;
  notes?: string[];
  /** a progress note by the first assisting unit */
  assistNote?: string;
  /** the day it was solved; null = not yet; undefined = from the unit's pace */
  solved?: string | null;
  /** not accepted yet */
  pending?: boolean;
  rating?: ProblemRating;
  ratingNote?: string;
  /** not rated yet / rated but not 销号 yet, even if time allows */
  stopAt?: 'resolved' | 'rated';
  /** rated 不满意 after the first resolution, reworked and solved again (or still being reworked) */
  reopen?: { why: string; rework: string[]; resolution: string; solved?: string | null };
  supervise?: { on: string; leader: string; note: string; lift?: string };
  transfer?: { on: string; reason: string; to?: string; person?: string; due?: string; assist?: string[]; note?: string };
}

function tell(s: Story, rand: () => number, index: number): DemoProblem {
  const p = unsortedTell(s, rand, index);
  // a supervision may come after the solution was rated 不满意; steps of one day keep their order (stable sort)
  p.steps.sort((a, b) => a.on.localeCompare(b.on));
  return p;
}

function unsortedTell(s: Story, rand: () => number, index: number): DemoProblem {
  const LAST = DEMO_LEDGER_LAST_DAY;
  const steps: DemoStep[] = [];
  let lead = s.lead;
  let day = s.raised;
  let due = s.due;
  const credit = s.credit === false ? undefined : (s.credit ?? creditCodeFrom(rand));
  const p: DemoProblem = {
    category: s.cat,
    source: s.src,
    enterpriseName: s.ent,
    ...(credit ? { creditCode: credit } : {}),
    ...contactFrom(rand, index),
    title: s.title,
    description: s.desc,
    lead: s.lead,
    ...(s.assist?.length ? { assist: s.assist } : {}),
    responsiblePerson: s.person ?? personOf(s.lead, index),
    raisedAt: s.raised,
    dueAt: s.due,
    recordedBy: s.src === 'hotline' ? 'office' : 'unit',
    steps,
  };
  const push = (step: DemoStep) => {
    if (step.on > LAST) throw new Error(`demo problem «${s.title}»: ${step.k} on ${step.on} is after ${LAST}`);
    steps.push(step);
  };

  if (s.transfer) {
    const t = s.transfer;
    push({ k: 'transfer', on: t.on, reason: t.reason });
    if (!t.to) return p; // 转办: waiting for 考核办 to reassign it
    day = addDays(t.on, 1);
    due = t.due ?? due;
    lead = t.to;
    push({
      k: 'reassign',
      on: day,
      lead: t.to,
      ...(t.assist ? { assist: t.assist } : {}),
      person: t.person ?? personOf(t.to),
      dueAt: due,
      ...(t.note ? { note: t.note } : {}),
    });
  }
  if (s.pending) return p;

  const acceptOn = addDays(day, rand() < 0.55 ? 0 : rand() < 0.8 ? 1 : 2);
  push({ k: 'accept', on: minDay(acceptOn, LAST), ...(rand() < 0.3 ? { note: '已受理，明确专人对接企业。' } : {}) });

  const span = Math.max(1, daysBetween(s.raised, due));
  let solved = s.solved;
  if (solved === undefined) {
    const [lo, hi] = PACE[lead] ?? DEFAULT_PACE;
    solved = addDays(s.raised, Math.max(1, Math.round(span * (lo + rand() * (hi - lo)))));
    if (solved < acceptOn) solved = acceptOn;
  }
  if (solved !== null && solved > LAST) solved = null;

  // progress notes between acceptance and the solution (or today), the assisting unit's among them
  const noteEnd = solved ?? LAST;
  const notes = [...(s.notes ?? [])];
  const gap = daysBetween(acceptOn, noteEnd);
  const dated: DemoStep[] = notes.map((note, i) => ({ k: 'note', on: addDays(acceptOn, Math.floor((gap * (i + 1)) / (notes.length + 1))), note }));
  if (s.assistNote && s.assist?.[0]) dated.push({ k: 'note', on: addDays(acceptOn, Math.floor(gap / 2)), note: s.assistNote, assist: s.assist[0] });
  if (s.supervise) dated.push({ k: 'supervise', on: s.supervise.on, leader: s.supervise.leader, note: s.supervise.note });
  dated.sort((a, b) => a.on.localeCompare(b.on));
  for (const d of dated) push(d);
  if (solved === null) return p;

  push({ k: 'resolve', on: solved, resolution: s.resolution });
  let lastResolve = solved;
  if (s.reopen) {
    const r = s.reopen;
    const rateOn = addDays(solved, 3 + Math.floor(rand() * 4));
    if (rateOn > LAST) return p;
    push({ k: 'rate', on: rateOn, rating: 'dissatisfied', note: r.why });
    let again = r.solved;
    if (again === undefined) again = addDays(rateOn, Math.max(5, Math.round(span * 0.3)));
    if (again !== null && again > LAST) again = null;
    const reworkEnd = again ?? LAST;
    r.rework.forEach((note, i) =>
      push({ k: 'note', on: addDays(rateOn, Math.floor((daysBetween(rateOn, reworkEnd) * (i + 1)) / (r.rework.length + 1))), note }),
    );
    if (again === null) return p;
    push({ k: 'resolve', on: again, resolution: r.resolution });
    lastResolve = again;
  }
  if (s.stopAt === 'resolved') return p;
  const rateOn = addDays(lastResolve, 2 + Math.floor(rand() * 6));
  if (rateOn > LAST) return p;
  const rating = s.rating ?? (rand() < (SATISFIED[lead] ?? 0.75) ? 'satisfied' : 'basic');
  push({ k: 'rate', on: rateOn, rating, ...(s.ratingNote ? { note: s.ratingNote } : {}) });
  if (s.stopAt === 'rated') return p;
  const closeOn = addDays(rateOn, 1 + Math.floor(rand() * 4));
  if (closeOn > LAST) return p;
  push({ k: 'close', on: closeOn });
  if (s.supervise?.lift && addDays(closeOn, 1) <= LAST) push({ k: 'unsupervise', on: addDays(closeOn, 1), leader: s.supervise.leader, note: s.supervise.lift });
  return p;
}

// ───────────────────────────── the cases written by hand ─────────────────────────────

const HAND: Story[] = [
  {
    cat: 'investment',
    src: 'visit',
    ent: '华芯微电子（泰和）有限公司',
    lead: 'rsj',
    assist: ['czj'],
    person: '魏敏（副局长）',
    title: '引进的高层次人才团队安居补贴迟迟未兑现',
    desc: '企业2025年引进的12英寸功率器件封测研发团队共9人，按政策可享受购房补贴和租房补贴，申报已超过4个月仍未兑现，团队成员有意见。',
    raised: '2026-02-18',
    due: '2026-03-31',
    resolution: '人社局会同财政金融局对积压的人才安居补贴集中审核，9人补贴共计186万元于3月20日全部拨付到位；同步将补贴审核时限压缩为20个工作日。',
    notes: ['已调取9人申报材料，发现积压原因是购房合同备案信息核验未接入，正与住建部门对接。'],
    assistNote: '财金局已将补贴资金列入3月资金调度计划，审核通过后3个工作日内拨付。',
    solved: '2026-03-20',
    rating: 'satisfied',
  },
  {
    cat: 'investment',
    src: 'forum',
    ent: '星航无人机科技有限公司',
    lead: 'tcj',
    assist: ['jfj'],
    person: '徐亮（副局长）',
    title: '总部项目落地需协调低空飞行试验空域',
    desc: '企业拟将研发总部和整机试飞基地落户高新区，总投资12亿元，但试飞需要固定的低空飞行试验空域，企业无法自行协调。',
    raised: '2026-03-09',
    due: '2026-09-30',
    resolution: '',
    notes: [
      '已与市低空经济工作专班对接，提出在泰和湖以北划设试飞空域的初步方案。',
      '空域申请材料已报送民航管理部门，正在开展飞行安全评估。',
      '安全评估提出需避开高铁线路，试飞空域方案调整后重新报送。',
    ],
    assistNote: '经发局已将试飞基地纳入全区低空经济产业规划，配套起降场地预留在智造大道北侧。',
    solved: null,
    supervise: {
      on: '2026-07-14',
      leader: 'leader2',
      note: '低空经济是全区重点培育产业，投促局牵头、经发局配合，9月底前拿出空域协调结果，每月向管委会报告进展。',
    },
  },
  {
    cat: 'investment',
    src: 'visit',
    ent: '博远生物医药科技有限公司',
    lead: 'kfj',
    person: '任志鹏（副局长）',
    title: '外籍研发专家工作许可办理材料反复补正',
    desc: '企业从德国引进的2名外籍研发专家申请工作许可，因学历认证材料要求不清，先后3次补正，入职时间一再推迟。',
    raised: '2026-01-22',
    due: '2026-02-28',
    resolution: '商务和开放合作局协调市外国专家服务窗口开通“绿色通道”，一次性告知材料清单，2名专家工作许可于2月12日办结；已编制外籍人才来泰工作“一次办”指南。',
    solved: '2026-02-12',
    rating: 'satisfied',
  },
  {
    cat: 'investment',
    src: 'forum',
    ent: '中科泰和储能技术有限公司',
    lead: 'cyjt',
    person: '易凡（总经理）',
    title: '二期扩产项目希望区属基金跟投',
    desc: '企业二期扩产项目需资金8亿元，已有社会资本领投5亿元，希望区属产业基金跟投以增强其他投资人信心。',
    raised: '2026-06-15',
    due: '2026-12-31',
    resolution: '',
    notes: ['产投集团已完成立项，委托会计师事务所和律师事务所开展尽职调查。', '尽调报告已提交投决会预审，拟跟投1.5亿元，待投决会审议。'],
    solved: null,
  },
  {
    cat: 'project',
    src: 'visit',
    ent: '泰和新源动力电池有限公司',
    lead: 'zrj',
    assist: ['szj'],
    person: '雷鸣（副局长）',
    title: '二期项目地块征收补偿未结案，无法按期交地',
    desc: '企业二期项目已签订土地出让合同，但地块内2户厂房征收补偿尚未结案，交地时间已推迟3个月，设备订单面临违约。',
    raised: '2026-04-08',
    due: '2026-10-31',
    resolution: '',
    notes: [
      '已重新委托评估机构对2户厂房补偿价值复核评估。',
      '1户已签订补偿协议并完成腾退，另1户对设备搬迁补偿仍有异议。',
      '拟依法启动征收补偿决定程序，同步继续协商。',
    ],
    assistNote: '社会治理局已组织街道、律师参与协商，对未签约户开展政策解释。',
    solved: null,
    supervise: {
      on: '2026-06-02',
      leader: 'leader3',
      note: '交地延误影响百亿级电池项目建设，请自然资源分局会同社会治理局依法依规加快处置，10月底前实现净地交付。',
    },
  },
  {
    cat: 'project',
    src: 'visit',
    ent: '瑞鸿精密机械有限公司',
    lead: 'spj',
    person: '段晓军（副局长）',
    title: '新厂房施工许可办理环节多、时间长',
    desc: '企业新建厂房项目需办理立项备案、工程规划许可、施工图审查、施工许可等多个事项，企业估计需要两周以上，影响开工节点。',
    raised: '2026-03-16',
    due: '2026-03-31',
    resolution: '纳入“十二事合一”集成审批，企业一次提交一套材料，3月18日一天内取得全部许可，当月开工。',
    solved: '2026-03-18',
    rating: 'satisfied',
    ratingNote: '企业表示审批速度超出预期，一天拿齐全部手续。',
  },
  {
    cat: 'project',
    src: 'visit',
    ent: '凯德新材料科技有限公司',
    lead: 'jfj',
    person: '陈国平（副局长）',
    title: '新增产线用电增容受制于变电站建设进度',
    desc: '企业年产2万吨高性能复合材料项目需新增用电负荷1.2万千伏安，片区110千伏变电站尚未建成，投产时间可能推迟半年。',
    raised: '2026-05-11',
    due: '2026-11-30',
    resolution: '',
    notes: ['已协调供电公司将110千伏科苑变电站列为年度重点工程，主变设备已到场。', '过渡方案：从泰和变电站临时架设10千伏专线，先满足6000千伏安负荷。'],
    solved: null,
    supervise: { on: '2026-08-18', leader: 'leader4', note: '用电增容是项目投产的关键，经发局每半月与供电公司会商一次，临时专线9月底前送电。' },
  },
  {
    cat: 'project',
    src: 'visit',
    ent: '泰和光电科技股份有限公司',
    lead: 'swgs',
    assist: ['jsj'],
    person: '莫志勇（副总经理）',
    title: '新厂区污水管网未接驳',
    desc: '企业新厂区已竣工，但厂区外市政污水管网尚有600米未贯通，无法办理排水许可，影响竣工验收。',
    raised: '2026-04-20',
    due: '2026-05-31',
    resolution: '水务公司组织夜间施工，5月26日完成600米污水管网铺设并接驳，同步协助企业办理排水许可。',
    solved: '2026-05-26',
    rating: 'satisfied',
  },
  {
    cat: 'project',
    src: 'visit',
    ent: '鼎盛精工模具有限公司',
    lead: 'cyjt',
    title: '租用的标准厂房交付延期',
    desc: '企业签约租用智造产业园二期标准厂房1.2万平方米，原定6月交付，因厂房设计变更延期，企业设备已到港无处安置。',
    raised: '2026-06-22',
    due: '2026-11-30',
    transfer: {
      on: '2026-06-24',
      reason: '智造产业园二期标准厂房由科创集团建设和运营，交付进度不在产投集团职责范围内，申请转办。',
      to: 'kcjt',
      person: '苏晴（总经理）',
      note: '改由科创集团主办，厂房交付前先协调临时仓储。',
    },
    resolution: '科创集团调剂一期闲置厂房3000平方米作为临时仓储，二期厂房11月20日交付，企业设备已进场安装。',
    notes: ['已安排一期3号厂房作为临时仓储，设备9月初入库。', '二期厂房设计变更完成，主体结构已封顶。'],
    solved: '2026-11-20',
    stopAt: 'rated',
  },
  {
    cat: 'service',
    src: 'online',
    ent: '泰和智联汽车电子有限公司',
    lead: 'swj',
    person: '柳青（副局长）',
    title: '委托研发费用加计扣除口径把握不准',
    desc: '企业委托高校开展的车规级芯片研发项目，对研发费用能否全额加计扣除存在疑问，担心汇算清缴后被调整。',
    raised: '2026-04-02',
    due: '2026-05-31',
    resolution: '税务局组织专员上门辅导，明确委托研发按费用实际发生额的80%计入加计扣除基数，企业在汇算清缴中享受加计扣除1860万元。',
    solved: '2026-04-15',
  },
  {
    cat: 'service',
    src: 'forum',
    ent: '云启数据科技有限公司',
    lead: 'dbgs',
    person: '韦佳（总经理）',
    title: '轻资产科技企业缺少抵押物贷款难',
    desc: '企业订单增长需流动资金800万元，因无厂房等抵押物，银行授信额度不足。',
    raised: '2026-03-03',
    due: '2026-04-15',
    resolution: '融资担保公司以“科技担”产品提供信用担保，担保费率0.5%，合作银行于3月27日放款800万元。',
    solved: '2026-03-27',
  },
  {
    cat: 'service',
    src: 'visit',
    ent: '泰和维康医疗器械有限公司',
    lead: 'scj',
    person: '戴立新（副局长）',
    title: '二类医疗器械注册检验排队时间长',
    desc: '企业新研发的2款二类医疗器械需进行注册检验，省级检验机构排队超过5个月，影响产品上市。',
    raised: '2026-05-06',
    due: '2026-09-30',
    resolution: '市场监管分局协调省医疗器械检验研究院设立高新区服务站，2款产品10月20日取得注册检验报告，已提交注册申请。',
    notes: ['已向省医疗器械检验研究院发函，争取优先排期。', '检验研究院同意在高新区设服务站，首批样品8月送检。'],
    solved: '2026-10-20',
    rating: 'basic',
    ratingNote: '企业认可结果，但认为比承诺时限晚了20天。',
  },
  {
    cat: 'service',
    src: 'visit',
    ent: '润丰冷链物流有限公司',
    lead: 'jjd',
    person: '孔德明（副大队长）',
    title: '冷链配送车辆城区通行证办理难',
    desc: '企业承担全区商超生鲜配送，冷链车辆白天进入城区受限，通行证名额不足，配送时效难以保证。',
    raised: '2026-02-26',
    due: '2026-03-31',
    resolution: '交警大队将冷链配送车辆纳入城市配送车辆便利通行范围，为企业核发通行证18张，实行网上申领、一次办结。',
    solved: '2026-03-24',
  },
  {
    cat: 'service',
    src: 'forum',
    ent: '明德检测认证有限公司',
    lead: 'jyj',
    person: '钟磊（副局长）',
    title: '新引进技术骨干子女入学',
    desc: '企业新引进的5名技术骨干子女需在秋季入学，户籍不在高新区，企业希望协调就近入学。',
    raised: '2026-05-20',
    due: '2026-08-20',
    resolution: '按高层次人才子女“一站式”入学保障政策，5名学生全部安排在科苑小学、泰瑞中学就读。',
    solved: '2026-07-15',
  },
  {
    cat: 'environment',
    src: 'hotline',
    ent: '北辰半导体材料有限公司',
    lead: 'jsj',
    person: '李明（副局长）',
    title: '泰瑞路夜间无路灯，员工下夜班出行不安全',
    desc: '企业三班倒生产，泰瑞路厂区至公交站约1.5公里路段路灯长期不亮，员工下夜班出行存在安全隐患，已发生2起剐蹭事故。',
    raised: '2026-03-25',
    due: '2026-04-30',
    resolution: '纳入4月“亮灯攻坚”，泰瑞路全线路灯于4月18日点亮，同步在公交站增设照明和监控。',
    solved: '2026-04-18',
    rating: 'satisfied',
  },
  {
    cat: 'environment',
    src: 'visit',
    ent: '海纳环保科技有限公司',
    lead: 'jsj',
    assist: ['swgs'],
    person: '朱卫华（总工程师）',
    title: '厂区周边道路汛期积水严重',
    desc: '泰安路与科苑大道交叉口一带每逢强降雨积水深达40厘米，企业货车无法进出，6月份两次停产。',
    raised: '2026-06-28',
    due: '2026-10-31',
    resolution: '建设局对交叉口雨水管道清淤疏通，新增雨水口12个，7月下旬两次降雨未再积水。',
    solved: '2026-08-05',
    reopen: {
      why: '企业反映8月中旬强降雨后交叉口仍积水30厘米，清淤只是治标，要求对排水管道扩径改造。',
      rework: ['已委托设计单位对泰安路排水管道扩径改造出具方案，管径由800毫米扩至1200毫米。', '改造工程已完成招标，因跨越燃气管线需迁改，工期顺延。'],
      resolution: '',
      solved: null,
    },
    supervise: { on: '2026-09-08', leader: 'leader3', note: '企业两次因积水停产，建设局牵头、水务公司配合，年底前完成排水管道扩径改造。' },
  },
  {
    cat: 'environment',
    src: 'forum',
    ent: '泰和融创软件有限公司',
    lead: 'cgj',
    assist: ['jjd'],
    person: '秦海（副局长）',
    title: '软件园周边停车位严重不足',
    desc: '泰和软件园入驻企业员工约6000人，周边公共停车泊位不足800个，员工停车难、违停被罚问题突出。',
    raised: '2026-07-06',
    due: '2026-12-31',
    resolution: '',
    notes: ['已摸排软件园周边可利用空地3处，可新增临时泊位约450个。', '云锦路临时停车场已开工建设。'],
    assistNote: '交警大队在软件园周边道路施划夜间限时停车泊位260个。',
    solved: null,
  },
  {
    cat: 'environment',
    src: 'visit',
    ent: '绿洲食品有限公司',
    lead: 'sthj',
    assist: ['jsj'],
    person: '万琳（副局长）',
    title: '周边工地扬尘影响洁净车间生产',
    desc: '企业毗邻的安置房工地扬尘较大，洁净车间过滤系统负荷加重，产品微生物指标两次接近上限。',
    raised: '2026-04-13',
    due: '2026-05-15',
    resolution: '生态环境分局会同建设局督促工地落实围挡喷淋、裸土覆盖和车辆冲洗，安装扬尘在线监测设备，5月以来周边PM10浓度下降35%。',
    solved: '2026-05-08',
  },
  {
    cat: 'other',
    src: 'online',
    ent: '恒瑞达物流有限公司',
    lead: 'scj',
    person: '戴立新（副局长）',
    title: '已整改的行政处罚信息影响招投标',
    desc: '企业2024年因超限运输受到行政处罚，已按期整改，但公示信息仍在信用平台展示，影响参与国企物流招标。',
    raised: '2026-01-15',
    due: '2026-02-15',
    resolution: '通过信用修复“一件事”办理，5个工作日内完成信用修复并同步推送至各信用平台。',
    solved: '2026-01-22',
  },
  {
    cat: 'other',
    src: 'visit',
    ent: '华茂智能装备有限公司',
    lead: 'gaj',
    person: '崔勇（副局长）',
    title: '涉企合同诈骗案件报案后立案慢',
    desc: '企业被外地客户以虚假订单骗取货物价值约460万元，报案后一个多月未立案，企业资金周转困难。',
    raised: '2026-05-14',
    due: '2026-06-30',
    resolution: '公安分局经侦大队开辟涉企案件快速通道，5月21日立案，6月抓获犯罪嫌疑人2名，追回货款312万元。',
    solved: '2026-06-26',
  },
  // ── 2025年下半年 ──
  {
    cat: 'project',
    src: 'visit',
    ent: '泰和晶研半导体有限公司',
    lead: 'zrj',
    assist: ['tcj'],
    person: '雷鸣（副局长）',
    title: '项目用地报批进度慢，签约半年仍未拿到土地',
    desc: '企业8英寸碳化硅衬底项目总投资35亿元，2025年3月签约，所需186亩用地涉及农用地转用和林地占用，报批半年仍未获批，设备已陆续到港。',
    raised: '2025-09-12',
    due: '2025-12-31',
    resolution: '自然资源分局成立用地报批专班，农用地转用和林地占用手续3月中旬获批，地块3月26日挂牌出让，企业摘牌后当天通过“十二事合一”拿齐开工手续。',
    notes: ['报批材料已报市自然资源局，林地占用需补充生态影响评价。', '农用地转用已报省政府，林地占用审核意见已取得。', '省政府批复已下达，正在编制出让方案。'],
    assistNote: '投促局已协调企业先租用科创集团厂房开展设备调试，保证客户验厂进度。',
    solved: '2026-03-26',
    rating: 'basic',
    ratingNote: '企业认可最终结果，但认为报批耗时比承诺多近三个月。',
    supervise: {
      on: '2025-11-03',
      leader: 'leader2',
      note: '重大产业项目用地是全区头号堵点，自然资源分局每周报告报批进度，年底前取得批复。',
      lift: '问题已销号，解除督办。',
    },
  },
  {
    cat: 'environment',
    src: 'hotline',
    ent: '泰和精密光学有限公司',
    credit: false,
    lead: 'jsj',
    person: '李明（副局长）',
    title: '泰鸿路路灯不亮，夜班员工出行不便',
    desc: '企业通过12345热线反映，泰鸿路智造大道至高新三路约1.8公里路段路灯已连续两周不亮，夜班员工骑车上下班存在安全隐患。',
    raised: '2025-09-03',
    due: '2025-09-15',
    resolution: '建设局组织路灯养护单位排查，系施工挖断供电电缆所致，更换电缆420米、灯具16套，泰鸿路全线于9月10日恢复亮灯。',
    notes: ['现场排查确认为道路施工挖断电缆，已责令施工单位配合抢修。'],
    solved: '2025-09-10',
    rating: 'satisfied',
  },
  {
    cat: 'environment',
    src: 'online',
    ent: '泰和锐驰汽车零部件有限公司',
    lead: 'jsj',
    person: '李明（副局长）',
    title: '泰鸿路东延段没有路灯，新厂区员工夜间出行难',
    desc: '企业新厂区位于泰鸿路东延段，道路已通车但未安装路灯，约2.3公里路段夜间一片漆黑，企业有300多名员工上夜班。',
    raised: '2026-10-09',
    due: '2026-11-30',
    resolution: '',
    notes: ['泰鸿路东延段路灯工程已纳入“亮灯工程”四季度计划，完成设计。', '路灯基础已浇筑完成，灯杆和电缆正在安装，计划12月中旬亮灯。'],
    solved: null,
  },
  {
    cat: 'environment',
    src: 'hotline',
    ent: '泰和众鑫包装材料有限公司',
    credit: false,
    lead: 'cgj',
    person: '白冰（副局长）',
    title: '厂区门口道路雨后积水，货车无法进出',
    desc: '企业通过12345热线反映，兴业路厂区门口路段每逢大雨积水没过车轮，货车无法进出，已影响交货。',
    raised: '2025-08-04',
    due: '2025-08-31',
    transfer: {
      on: '2025-08-05',
      reason: '兴业路排水管网属于市政道路设施，由建设局负责养护，不属于城管执法局职责，申请转办。',
      to: 'jsj',
      person: '朱卫华（总工程师）',
      due: '2025-09-15',
      note: '改由建设局主办，城管执法局不再承担。',
    },
    resolution: '建设局对兴业路排水管道清淤疏通，新增雨水口6个，8月下旬降雨未再积水。',
    solved: '2025-08-22',
    reopen: {
      why: '企业反映9月初强降雨后门口仍积水，只是积水时间变短，要求彻底解决。',
      rework: ['经检测兴业路排水管道存在两处塌陷，已安排非开挖修复。'],
      resolution: '建设局对兴业路两处塌陷管道非开挖修复并改造为1000毫米管径，经10月两次强降雨检验未再积水，企业确认问题解决。',
      solved: '2025-10-24',
    },
    rating: 'satisfied',
  },
  {
    cat: 'environment',
    src: 'hotline',
    ent: '康瑞生物制药有限公司',
    lead: 'sthj',
    person: '万琳（副局长）',
    title: '生物医药产业园夜间异味，员工反映强烈',
    desc: '企业多次通过12345热线反映，生物医药产业园夜间22时后常有刺激性异味，夜班员工出现头晕不适，企业担心影响洁净车间。',
    raised: '2026-08-11',
    due: '2026-09-10',
    resolution: '生态环境分局开展夜间走航监测，锁定2家企业废气处理设施运行不正常并立案查处，责令整改后9月初复测达标。',
    notes: ['夜间走航监测发现园区东片区VOCs浓度异常。'],
    solved: '2026-09-04',
    reopen: {
      why: '企业反映9月中旬以后夜间仍偶有异味，问题没有根本解决。',
      rework: ['已在园区东片区加装4套VOCs在线监测设备，锁定第3家排放异常企业。', '排放异常企业已停产整改，更换RTO焚烧装置。'],
      resolution: '',
      solved: null,
    },
    supervise: { on: '2026-10-12', leader: 'leader5', note: '企业一个月内3次通过12345热线反映同一问题，生态环境分局要举一反三，11月底前彻底解决。' },
  },
  {
    cat: 'investment',
    src: 'visit',
    ent: '泰和智芯科技有限公司',
    lead: 'ctjt',
    assist: ['rsj'],
    person: '尹静（副总经理）',
    title: '新引进研发团队人才公寓房源不足',
    desc: '企业新设芯片设计研发中心，今年引进硕士以上研发人员62人，申请入住人才公寓，可分配房源只有15套，其余人员只能在市区租房，通勤单程超过1小时。',
    raised: '2026-08-20',
    due: '2026-10-31',
    resolution: '',
    notes: ['人才公寓二期300套正在竣工验收，已预留企业30套。', '二期消防验收发现问题正在整改，交付推迟到12月。'],
    assistNote: '人社局已将未入住人员纳入租房补贴范围，每人每月补贴1500元。',
    solved: null,
    supervise: { on: '2026-11-06', leader: 'leader4', note: '人才公寓交付已超期，城投集团倒排工期，12月底前完成二期交付并分配到位。' },
  },
  {
    cat: 'project',
    src: 'visit',
    ent: '泰和恒力新能源科技有限公司',
    lead: 'swgs',
    assist: ['jsj'],
    person: '莫志勇（副总经理）',
    title: '新厂区雨污水管网迟迟未接驳',
    desc: '企业新能源电池结构件项目厂房已竣工，位于光谷路西段，厂区外市政雨污水管网约900米尚未建设，无法办理排水许可和竣工验收。',
    raised: '2026-07-22',
    due: '2026-10-15',
    resolution: '',
    notes: ['光谷路西段管网工程已完成设计，需穿越铁路涵洞，正在办理穿越许可。', '铁路部门穿越许可已取得，顶管施工已进场。'],
    assistNote: '建设局已将光谷路西段道路和管网同步施工，减少二次开挖。',
    solved: null,
    supervise: { on: '2026-10-20', leader: 'leader3', note: '管网接驳已超期，影响企业竣工投产，水务公司11月底前完成接驳。' },
  },
  {
    cat: 'service',
    src: 'forum',
    ent: '泰和嘉诚电子有限公司',
    lead: 'czj',
    assist: ['dbgs'],
    person: '金玲（副局长）',
    title: '流动资金贷款到期续贷困难',
    desc: '企业2000万元流动资金贷款11月底到期，合作银行因行业景气下降收紧授信，要求先还后贷，企业无力筹措过桥资金。',
    raised: '2026-11-12',
    due: '2026-11-28',
    resolution: '',
    notes: ['已协调3家合作银行会商，其中1家同意无还本续贷，需担保公司增信。'],
    assistNote: '融资担保公司已完成尽调，拟提供1000万元担保。',
    solved: null,
    supervise: { on: '2026-11-25', leader: 'leader2', note: '企业资金链紧张，财金局务必在贷款到期前落实续贷或过桥资金，防止企业资金链断裂。' },
  },
  {
    cat: 'investment',
    src: 'visit',
    ent: '泰和瑞博生物技术有限公司',
    lead: 'rsj',
    person: '魏敏（副局长）',
    title: '外籍研发总监工作许可和居留许可办理',
    desc: '企业聘请的美籍研发总监将于12月到岗，企业对外国人工作许可和居留许可的办理顺序和材料不熟悉，担心影响入职。',
    raised: '2026-09-14',
    due: '2026-10-30',
    transfer: {
      on: '2026-09-15',
      reason: '外国人来华工作许可由商务和开放合作局的外籍人才服务窗口受理，申请转办。',
      to: 'kfj',
      person: '任志鹏（副局长）',
      assist: ['gaj'],
      note: '改由商务局主办，公安分局出入境窗口协办。',
    },
    resolution: '商务局外籍人才服务专员上门一次性告知材料，与公安分局出入境窗口并联办理，10月22日取得工作许可，居留许可同步受理。',
    notes: ['已一次性告知材料清单，企业正在办理学历认证。'],
    assistNote: '公安分局出入境窗口已预审居留许可材料。',
    solved: '2026-10-22',
  },
  {
    cat: 'other',
    src: 'other',
    ent: '泰和华宇建筑工程有限公司',
    lead: 'szj',
    person: '顾晓东（副局长）',
    title: '农民工工资代发账户被冻结',
    desc: '企业在建项目的农民工工资专用账户因另一起合同纠纷被法院冻结，12月工资无法按时发放，涉及农民工160余人。',
    raised: '2026-11-24',
    due: '2026-12-10',
    transfer: {
      on: '2026-11-26',
      reason: '账户冻结属于司法程序，农民工工资支付监管由人社局负责，社会治理局无法主办，申请考核办改派人社局。',
    },
    resolution: '',
  },
  {
    cat: 'project',
    src: 'online',
    ent: '泰和云帆智能科技有限公司',
    lead: 'spj',
    person: '沈蕾（副局长）',
    title: '研发中心装修项目希望当天拿到施工许可',
    desc: '企业租用科创园A座整层约4000平方米改造为研发中心，希望在12月中旬进场装修，咨询能否并联办理消防设计审查和施工许可。',
    raised: '2026-12-01',
    due: '2026-12-15',
    resolution: '',
    pending: true,
  },
  {
    cat: 'environment',
    src: 'hotline',
    ent: '泰和德昌机械有限公司',
    credit: false,
    lead: 'jsj',
    person: '李明（副局长）',
    title: '泰鸿路人行道破损，员工上下班通行不便',
    desc: '企业通过12345热线反映，泰鸿路高新三路至云锦路段人行道地砖大面积松动破损，雨天积水，已有员工摔伤。',
    raised: '2026-11-30',
    due: '2026-12-20',
    resolution: '',
    pending: true,
  },
  {
    cat: 'environment',
    src: 'visit',
    ent: '泰和远航物流供应链有限公司',
    lead: 'jsj',
    person: '朱卫华（总工程师）',
    title: '物流园进出道路破损严重，重载货车频繁受损',
    desc: '企业物流园位于湖滨东路，进出道路长约1.2公里，路基沉降、路面大面积破损，日均300车次重载货车通行，轮胎和悬挂频繁受损。',
    raised: '2026-03-30',
    due: '2026-05-31',
    resolution: '建设局对湖滨东路破损路面修补坑槽260平方米，恢复通行。',
    solved: '2026-05-20',
    reopen: {
      why: '企业反映只修补了坑槽，路基沉降没有处理，一个月后再次破损，要求按重载道路标准改造。',
      rework: ['已委托检测单位对路基沉降段钻芯检测，确定按重载道路标准改造。', '改造工程列入四季度市政计划，因资金未落实尚未开工。'],
      resolution: '',
      solved: null,
    },
  },
  {
    cat: 'investment',
    src: 'visit',
    ent: '泰和天际航空科技有限公司',
    lead: 'tcj',
    assist: ['kcjt'],
    person: '吕芳（副局长）',
    title: '招商协议约定的代建厂房未按期交付',
    desc: '企业2025年签约落户，投资协议约定由区属平台代建定制厂房2.6万平方米、当年10月交付，目前仍未完成竣工验收，企业租用的过渡厂房即将到期。',
    raised: '2025-10-16',
    due: '2025-11-30',
    resolution: '投促局协调延长过渡厂房租期6个月，代建厂房主体验收已完成。',
    solved: '2025-11-28',
    reopen: {
      why: '企业反映延长过渡厂房租期只是权宜之计，定制厂房仍无法交付，洁净车间和航空件试验台不满足协议约定的技术要求。',
      rework: [
        '已组织代建单位、设计单位与企业逐项核对协议技术要求，洁净车间需整改。',
        '洁净车间整改完成，航空件试验台基础需重新浇筑。',
        '试验台基础重新浇筑完成，等待第三方检测。',
      ],
      resolution: '',
      solved: null,
    },
  },
];

// ───────────────────────────── typical requests of a 高新区 ─────────────────────────────

interface Ctx {
  e: string;
  ind: string;
  road: string;
  road2: string;
  park: string;
  n: (lo: number, hi: number) => number;
}
interface Kind {
  cat: ProblemCategory;
  lead: string;
  assist?: string[];
  src: ProblemSource[];
  /** promised days */
  days: number;
  /** how many the demo draws */
  count: number;
  ind?: string[];
  title: (c: Ctx) => string;
  desc: (c: Ctx) => string;
  res: (c: Ctx) => string;
  notes?: (c: Ctx) => string[];
  assistNote?: (c: Ctx) => string;
  reopen?: (c: Ctx) => { why: string; rework: string[]; resolution: string };
  /** hotline callers often give no credit code */
  noCode?: boolean;
  /** solved within so many days of raising, whatever the unit's pace (一天办结 reforms) */
  solveIn?: [number, number];
}

const ROADS = ['泰鸿路', '科苑大道', '智造大道', '泰和大道', '创新路', '高新三路', '光谷路', '云锦路', '兴业路', '泰安路', '学府路', '湖滨东路'];
const PARKS = ['智造产业园', '软件园', '生物医药产业园', '光电产业园', '科创园', '新材料产业园', '总部经济区'];
const BRANDS = [
  '瑞丰',
  '恒通',
  '华邦',
  '启明',
  '锐科',
  '中拓',
  '金桥',
  '蓝海',
  '博创',
  '天衡',
  '联捷',
  '宏远',
  '盛达',
  '卓越',
  '创源',
  '伟业',
  '新航',
  '德润',
  '汇智',
  '领航',
  '凯盛',
  '精诚',
  '万象',
  '宇辰',
  '和信',
  '立方',
  '正合',
  '星源',
  '海川',
  '君安',
  '永信',
  '弘毅',
  '泰丰',
  '睿达',
  '明远',
  '嘉禾',
  '铭泰',
  '同创',
  '远景',
  '格林',
  '鼎新',
  '华拓',
  '安捷',
  '至诚',
  '聚能',
  '迈科',
  '诺康',
  '优联',
  '千帆',
  '易达',
  '弘达',
  '崇德',
  '长兴',
  '东升',
  '云图',
  '合力',
  '新辰',
  '科达',
  '润泽',
  '晟泰',
  '恒昌',
  '致远',
  '锦程',
  '翔宇',
  '宏图',
  '光合',
  '昱能',
  '博奥',
];
const INDUSTRIES = [
  '智能装备',
  '新材料',
  '生物医药',
  '光电科技',
  '半导体',
  '电子科技',
  '软件',
  '信息技术',
  '新能源科技',
  '汽车零部件',
  '精密制造',
  '医疗器械',
  '食品',
  '环保科技',
  '检测技术',
  '数据科技',
  '储能科技',
  '电气',
  '智能科技',
  '机器人',
  '航空科技',
  '化工新材料',
  '包装材料',
  '供应链管理',
];

const KINDS: Kind[] = [
  // ── 双招双引 ──
  {
    cat: 'investment',
    lead: 'tcj',
    assist: ['jfj', 'czj'],
    src: ['visit', 'forum'],
    days: 45,
    count: 4,
    title: () => '招商协议约定的设备投资补助兑现慢',
    desc: (c) =>
      `企业按投资协议已完成设备投资${c.n(2, 9)}.${c.n(1, 9)}亿元，协议约定的设备补助申请提交后，涉及投促、经发、财金多个部门审核，企业不清楚办理进度。`,
    res: (c) => `投促局牵头召开兑现协调会，明确各环节审核责任和时限，首批补助${c.n(500, 1800)}万元拨付到位。`,
    notes: () => ['已梳理协议条款和企业投资凭证，提请经发局出具设备投资核查意见。'],
    assistNote: () => '财金局已预留补助资金，审核完成后5个工作日内拨付。',
    reopen: (c) => ({
      why: '企业反映只兑现了首批补助，剩余部分没有明确时间表。',
      rework: ['已与财金局明确剩余资金列入下月资金计划。'],
      resolution: `剩余补助${c.n(300, 900)}万元拨付到位，投促局已向企业书面说明兑现明细和后续政策。`,
    }),
  },
  {
    cat: 'investment',
    lead: 'tcj',
    assist: ['zrj'],
    src: ['visit', 'forum', 'online'],
    days: 30,
    count: 4,
    title: () => '意向项目需要推荐合适的工业用地或厂房',
    desc: (c) => `企业拟投资${c.n(2, 15)}亿元建设${c.ind}生产基地，需要工业用地${c.n(40, 120)}亩或现成厂房${c.n(1, 3)}万平方米，希望尽快推荐可选地块。`,
    res: (c) => `投促局会同自然资源分局推荐${c.park}${c.n(2, 3)}个备选地块并组织现场踏勘，企业已确定选址并签订投资协议。`,
    notes: (c) => [`已组织企业踏勘${c.park}两处地块，企业对交通条件提出补充要求。`],
  },
  {
    cat: 'investment',
    lead: 'tcj',
    src: ['forum', 'visit', 'other'],
    days: 60,
    count: 3,
    ind: ['半导体', '生物医药', '新能源科技', '智能装备'],
    title: () => '希望对接上下游配套企业落户',
    desc: (c) => `企业主营${c.ind}，本地配套率不足${c.n(15, 30)}%，关键零部件需从长三角采购，物流成本高，希望招引上下游配套企业落户。`,
    res: (c) => `投促局将企业配套需求纳入产业链招商图谱，已促成${c.n(2, 4)}家配套企业签约落户${c.park}。`,
    notes: () => ['已梳理企业配套需求清单，列出目标企业12家。'],
  },
  {
    cat: 'investment',
    lead: 'rsj',
    assist: ['czj'],
    src: ['visit', 'online'],
    days: 30,
    count: 3,
    title: () => '高层次人才奖励资金申报后迟迟未到账',
    desc: (c) => `企业${c.n(2, 6)}名认定的高层次人才按政策可享受安家补贴，申报已${c.n(2, 4)}个月仍在审核中，人才有意见。`,
    res: (c) => `人社局会同财金局加快审核，补贴共计${c.n(40, 160)}万元拨付到位，并开通审核进度网上查询。`,
  },
  {
    cat: 'investment',
    lead: 'rsj',
    src: ['visit', 'forum', 'other'],
    days: 45,
    count: 4,
    title: () => '新生产线投产前用工缺口大',
    desc: (c) => `企业新生产线预计${c.n(1, 3)}个月后投产，需招聘操作工${c.n(150, 400)}人、技术员${c.n(20, 60)}人，目前到岗不足三成。`,
    res: (c) => `人社局为企业举办专场招聘会${c.n(2, 4)}场，联合职业院校开展订单式培训，累计输送员工${c.n(120, 320)}人，用工缺口基本补齐。`,
    notes: () => ['已在“泰和就业”平台发布岗位，并对接3所职业院校。'],
  },
  {
    cat: 'investment',
    lead: 'kfj',
    assist: ['gaj'],
    src: ['visit', 'online'],
    days: 30,
    count: 2,
    ind: ['生物医药', '半导体', '机器人'],
    title: () => '外籍工程师工作许可和居留许可办理咨询',
    desc: (c) => `企业拟聘用${c.n(2, 4)}名外籍工程师负责${c.ind}产线调试，对工作许可和居留许可的办理顺序、材料要求不清楚，担心影响项目进度。`,
    res: (c) => `商务局外籍人才服务专员一次性告知材料，协调公安分局出入境窗口并联办理，${c.n(10, 15)}个工作日内全部取得工作许可和居留许可。`,
    assistNote: () => '出入境窗口已开通预约通道，材料齐全当场受理。',
  },
  {
    cat: 'investment',
    lead: 'cyjt',
    src: ['forum', 'visit'],
    days: 90,
    count: 2,
    ind: ['智能科技', '新材料', '医疗器械', '机器人'],
    title: () => '希望区产业基金参与新一轮融资',
    desc: (c) => `企业是${c.ind}领域的成长型企业，正在进行${c.n(1, 3) === 1 ? 'A' : 'B'}轮融资${c.n(1, 5)}亿元，希望区产业基金参与投资。`,
    res: (c) => `产投集团完成尽职调查和投决，区产业基金出资${c.n(2000, 6000)}万元参与本轮融资。`,
    notes: () => ['已完成立项并启动尽职调查。'],
  },
  // ── 项目落地 ──
  {
    cat: 'project',
    lead: 'zrj',
    src: ['visit', 'forum'],
    days: 90,
    count: 4,
    title: () => '项目用地报批进度慢，迟迟拿不到土地',
    desc: (c) => `企业${c.ind}项目已签约${c.n(5, 10)}个月，所需${c.n(50, 150)}亩用地尚在农用地转用报批阶段，企业担心错过设备交付窗口。`,
    res: () => '自然资源分局建立报批专班，农用地转用和征收批复已取得，地块挂牌出让，企业摘牌并签订出让合同。',
    notes: () => ['报批材料已报市自然资源局审核。', '农用地转用已报省政府审批。'],
  },
  {
    cat: 'project',
    lead: 'zrj',
    src: ['visit', 'online'],
    days: 30,
    count: 3,
    title: () => '厂区扩建规划调整审批',
    desc: (c) => `企业在${c.park}的厂区拟利用空地扩建厂房${c.n(1, 3)}万平方米，需调整总平面规划并提高容积率，企业不清楚审批要求。`,
    res: () => '自然资源分局指导企业按工业用地提容增效政策办理，规划调整方案经论证批复，不再增收土地价款。',
  },
  {
    cat: 'project',
    lead: 'spj',
    src: ['visit', 'online', 'forum'],
    days: 15,
    count: 6,
    title: () => '新建厂房项目希望尽快拿齐开工手续',
    desc: (c) => `企业${c.ind}新建厂房项目已取得土地，希望一个月内开工，需办理立项备案、工程规划许可、施工图审查、施工许可等手续。`,
    res: () => '纳入“十二事合一”集成审批，企业一次提交一套材料，一天内取得全部许可。',
    solveIn: [1, 2],
  },
  {
    cat: 'project',
    lead: 'spj',
    assist: ['jsj', 'xfd'],
    src: ['visit', 'online'],
    days: 20,
    count: 4,
    title: () => '厂房竣工验收涉及多个部门，希望合并办理',
    desc: () => '企业新厂房已完工，规划、消防、人防、质量等验收需分别预约，企业预计耗时一个月以上，影响投产。',
    res: (c) => `行政审批局组织联合验收，一次现场查验、一份验收意见，${c.n(3, 5)}个工作日完成全部验收。`,
    assistNote: () => '消防救援大队已提前对消防设施开展预查验。',
  },
  {
    cat: 'project',
    lead: 'spj',
    src: ['online', 'visit'],
    days: 15,
    count: 3,
    title: () => '施工图审查意见反复，项目开工推迟',
    desc: (c) => `企业厂房项目施工图审查先后退回${c.n(2, 3)}次，每次都提出新的修改意见，开工时间一再推迟。`,
    res: (c) => `行政审批局组织审图机构一次性出具全部审查意见并面对面答疑，修改后${c.n(2, 4)}天审图合格。`,
    reopen: () => ({
      why: '企业反映审图合格后施工许可环节又要求补充材料，问题没有一次解决。',
      rework: ['已核查补充材料要求，属于窗口告知不一致。'],
      resolution: '行政审批局统一审图和施工许可材料清单，当天为企业核发施工许可，并对窗口人员开展告知一致性培训。',
    }),
  },
  {
    cat: 'project',
    lead: 'jfj',
    src: ['visit', 'forum'],
    days: 45,
    count: 4,
    title: () => '新增产线用电增容报装周期长',
    desc: (c) => `企业新增${c.n(2, 6)}条产线需增容${c.n(20, 80) * 100}千伏安，供电方案答复后外线工程迟迟未排期。`,
    res: (c) => `经发局协调供电公司开辟重点项目绿色通道，外线工程${c.n(20, 35)}天完成并送电。`,
    notes: () => ['已与供电公司会商，外线工程纳入本月施工计划。'],
  },
  {
    cat: 'project',
    lead: 'swgs',
    assist: ['jsj'],
    src: ['visit', 'online'],
    days: 45,
    count: 3,
    title: () => '厂区雨污水管网接驳市政管网',
    desc: (c) => `企业新厂区位于${c.road}，厂区外市政雨污水管网约${c.n(200, 800)}米未贯通，无法办理排水许可。`,
    res: (c) => `水务公司完成${c.road}段管网铺设和接驳，并协助企业办理排水许可。`,
    notes: () => ['管网工程已完成设计并进场施工。'],
  },
  {
    cat: 'project',
    lead: 'jsj',
    src: ['visit', 'forum'],
    days: 60,
    count: 3,
    title: (c) => `${c.road}未打通，大件设备运输困难`,
    desc: (c) => `企业新厂区位于${c.road}东段，道路尚未打通，大型设备运输需绕行${c.n(5, 12)}公里且沿途有限高。`,
    res: (c) => `建设局加快${c.road}东段施工，临时道路已开通，满足大件设备运输需要。`,
    notes: () => ['已协调施工单位优先完成路基和临时路面。'],
  },
  {
    cat: 'project',
    lead: 'ctjt',
    src: ['visit'],
    days: 60,
    count: 2,
    title: () => '生产线天然气管道接入',
    desc: (c) => `企业热处理车间需接入天然气，日用气量约${c.n(3000, 8000)}立方米，周边中压管网尚未覆盖。`,
    res: (c) => `城投集团燃气公司完成${c.n(600, 1500)}米中压管道敷设并通气。`,
  },
  {
    cat: 'project',
    lead: 'kcjt',
    src: ['visit', 'online'],
    days: 30,
    count: 2,
    title: () => '园区租赁厂房装修方案审核时间长',
    desc: (c) => `企业租用${c.park}标准厂房${c.n(3000, 9000)}平方米，洁净车间装修方案审核时间长，影响设备进场。`,
    res: (c) => `科创集团指定专人对接，装修方案${c.n(5, 7)}个工作日审核完毕，并协调办理消防设计审查。`,
  },
  {
    cat: 'project',
    lead: 'sthj',
    src: ['visit', 'online'],
    days: 30,
    count: 2,
    title: () => '建设项目环评审批咨询',
    desc: (c) => `企业${c.ind}扩产项目需编制环境影响报告书，对区域污染物排放总量指标来源不清楚，担心环评拖慢开工。`,
    res: (c) => `生态环境分局提前介入指导，协调排放总量指标，环评报告书${c.n(8, 15)}个工作日批复。`,
  },
  // ── 对企服务 ──
  {
    cat: 'service',
    lead: 'swj',
    src: ['online', 'visit', 'forum'],
    days: 30,
    count: 3,
    title: () => '研发费用加计扣除政策适用咨询',
    desc: (c) => `企业对${c.ind}研发项目中人员人工和试制材料费用能否计入加计扣除范围把握不准，担心汇算清缴后被调整。`,
    res: (c) => `税务局专员上门辅导，逐项梳理研发费用归集口径，企业享受加计扣除${c.n(300, 2000)}万元。`,
  },
  {
    cat: 'service',
    lead: 'swj',
    src: ['online', 'hotline'],
    days: 20,
    count: 2,
    title: () => '增值税留抵退税办理咨询',
    desc: (c) => `企业因设备采购形成增值税留抵税额约${c.n(200, 900)}万元，希望了解退税条件和办理时间。`,
    res: (c) => `税务局一对一辅导申报，留抵退税${c.n(200, 900)}万元${c.n(3, 6)}个工作日到账。`,
  },
  {
    cat: 'service',
    lead: 'czj',
    assist: ['dbgs'],
    src: ['forum', 'visit'],
    days: 20,
    count: 3,
    title: () => '流动资金贷款到期续贷困难',
    desc: (c) => `企业${c.n(800, 3000)}万元流动资金贷款下月到期，银行要求先还后贷，企业无力筹措过桥资金。`,
    res: () => '财金局协调合作银行办理无还本续贷，由区应急转贷资金提供过桥，续贷在到期前完成。',
    assistNote: () => '担保公司已出具续贷担保意向函。',
  },
  {
    cat: 'service',
    lead: 'dbgs',
    src: ['forum', 'visit', 'online'],
    days: 30,
    count: 3,
    title: () => '知识产权质押融资额度偏低',
    desc: (c) => `企业以${c.n(8, 30)}项发明专利申请质押贷款，评估值偏低，银行授信只有${c.n(200, 500)}万元，难以满足研发投入需要。`,
    res: (c) => `融资担保公司引入知识产权评估机构复评，以“科技担”产品增信，授信额度提高到${c.n(800, 2000)}万元。`,
  },
  {
    cat: 'service',
    lead: 'czj',
    assist: ['scj', 'sthj'],
    src: ['visit', 'forum'],
    days: 20,
    count: 2,
    title: () => '拟上市企业需要集中出具合规证明',
    desc: (c) => `企业已进入上市辅导期，需要税务、市场监管、生态环境、应急管理等${c.n(8, 12)}个部门出具无违法违规证明，逐个跑耗时长。`,
    res: (c) => `财金局启用上市合规证明“一窗通办”，${c.n(5, 8)}个工作日内集中出具全部证明。`,
  },
  {
    cat: 'service',
    lead: 'jfj',
    src: ['forum', 'online', 'other'],
    days: 45,
    count: 2,
    title: () => '申报专精特新中小企业需要指导',
    desc: (c) => `企业主营${c.ind}产品，细分市场占有率较高，但对专精特新认定条件和申报材料不熟悉。`,
    res: () => '经发局组织申报辅导，帮助企业梳理知识产权和主导产品材料，企业已通过认定公示。',
  },
  {
    cat: 'service',
    lead: 'kcj',
    assist: ['czj'],
    src: ['online', 'visit'],
    days: 30,
    count: 4,
    title: () => '科技计划项目后补助资金迟迟未拨付',
    desc: (c) => `企业承担的市级科技计划项目已通过验收，后补助资金${c.n(50, 300)}万元尚未拨付。`,
    res: () => '科创局会同财金局完成资金审核和拨付，并在平台公开拨付进度。',
  },
  {
    cat: 'service',
    lead: 'scj',
    src: ['visit', 'online'],
    days: 30,
    count: 2,
    title: () => '产品检验检测周期长，影响订单交付',
    desc: (c) => `企业${c.ind}产品出口订单需要第三方检测报告，送检排队约${c.n(30, 60)}天。`,
    res: (c) => `市场监管分局协调区检验检测中心开辟绿色通道，${c.n(7, 12)}天出具检测报告。`,
  },
  {
    cat: 'service',
    lead: 'spj',
    src: ['online', 'hotline'],
    days: 10,
    count: 3,
    title: (c) => `企业迁入${c.park}后证照变更登记`,
    desc: (c) => `企业从市区迁入${c.park}，营业执照、税务、社保、公积金等${c.n(6, 9)}项变更登记需分别办理。`,
    res: () => '通过企业迁移登记“一件事”集成办理，一个工作日内全部办结。',
    solveIn: [1, 2],
  },
  {
    cat: 'service',
    lead: 'kfj',
    src: ['forum', 'visit'],
    days: 60,
    count: 2,
    title: () => '出口订单下降，希望开拓新市场',
    desc: (c) => `企业${c.ind}产品对美出口订单下降${c.n(20, 40)}%，希望参加境外展会开拓东盟、中东市场。`,
    res: (c) => `商务局将企业纳入境外重点展会支持名单，组织参加${c.n(2, 3)}场境外展会，落实展位费补贴。`,
  },
  {
    cat: 'service',
    lead: 'xfd',
    src: ['visit', 'online'],
    days: 20,
    count: 1,
    title: () => '新建高架仓库消防设计审查咨询',
    desc: () => '企业新建高架仓库，对丙类仓库自动喷水灭火系统设置要求把握不准，设计方案多次修改。',
    res: () => '消防救援大队提前介入指导，设计方案一次通过审查。',
  },
  {
    cat: 'service',
    lead: 'ajj',
    src: ['visit'],
    days: 45,
    count: 1,
    title: () => '危险化学品储存许可办理指导',
    desc: () => '企业扩产后需新增危险化学品储存，不清楚安全评价和许可办理流程。',
    res: () => '应急局组织专家上门指导，帮助企业完成安全评价并取得许可。',
  },
  {
    cat: 'service',
    lead: 'sjj',
    src: ['online', 'forum'],
    days: 30,
    count: 2,
    ind: ['软件', '信息技术', '数据科技', '智能科技'],
    title: () => '申请使用区算力中心资源',
    desc: (c) => `企业开发${c.ind}大模型应用，需要算力约${c.n(100, 400)}P，市场租赁价格高，希望使用区算力中心资源。`,
    res: (c) => `数据局将企业纳入算力券支持名单，协调算力中心提供${c.n(50, 200)}P算力。`,
  },
  {
    cat: 'service',
    lead: 'jyj',
    src: ['forum', 'visit'],
    days: 60,
    count: 1,
    title: () => '外地骨干员工子女入学',
    desc: (c) => `企业${c.n(5, 15)}名骨干员工子女需在秋季入学，户籍不在高新区，希望统筹安排学位。`,
    res: () => '教育局按人才子女入学政策统筹安排学位，学生全部就近入学。',
  },
  {
    cat: 'service',
    lead: 'jjd',
    src: ['hotline', 'visit'],
    days: 20,
    count: 2,
    title: (c) => `${c.road}路口货车通行不畅`,
    desc: (c) => `企业每日进出货车约${c.n(60, 150)}车次，${c.road}与${c.road2}交叉口左转信号时长不足，高峰期排队严重。`,
    res: () => '交警大队优化路口信号配时并增设左转待转区，高峰期排队长度明显缩短。',
  },
  // ── 环境改善 ──
  {
    cat: 'environment',
    lead: 'jsj',
    src: ['hotline', 'online'],
    days: 10,
    count: 4,
    noCode: true,
    title: (c) => `${c.road}路灯不亮，员工夜间出行不便`,
    desc: (c) => `企业通过12345热线反映，${c.road}约${c.n(1, 2)}公里路段路灯已连续${c.n(7, 20)}天不亮，员工下夜班存在安全隐患。`,
    res: (c) => `建设局组织路灯养护单位更换损坏电缆和灯具，${c.road}全线恢复亮灯。`,
  },
  {
    cat: 'environment',
    lead: 'jsj',
    src: ['hotline', 'visit'],
    days: 15,
    count: 3,
    noCode: true,
    title: (c) => `${c.road}路面坑洼破损，货车通行颠簸`,
    desc: (c) => `企业反映${c.road}${c.park}段路面坑槽多，货车通行颠簸，精密设备运输多次受损。`,
    res: (c) => `建设局完成${c.road}${c.n(800, 2000)}平方米路面铣刨重铺。`,
  },
  {
    cat: 'environment',
    lead: 'jsj',
    assist: ['jjd'],
    src: ['forum', 'online'],
    days: 45,
    count: 2,
    title: (c) => `${c.park}公交线路少，员工通勤难`,
    desc: (c) => `${c.park}员工约${c.n(2000, 5000)}人，早晚高峰只有${c.n(1, 2)}条公交线路，候车时间超过30分钟。`,
    res: (c) => `建设局协调公交公司新开通园区通勤专线${c.n(1, 2)}条，高峰发车间隔缩短到10分钟。`,
  },
  {
    cat: 'environment',
    lead: 'jsj',
    src: ['hotline', 'visit'],
    days: 30,
    count: 2,
    title: (c) => `${c.road}雨后积水，影响企业进出`,
    desc: (c) => `企业反映${c.road}厂区门口路段每逢大雨积水深达${c.n(20, 40)}厘米，员工和货车进出困难。`,
    res: (c) => `建设局对${c.road}排水管网清淤，新增雨水口${c.n(4, 10)}个。`,
    reopen: (c) => ({
      why: '企业反映新一轮强降雨后仍有积水，要求彻底改造。',
      rework: [`已对${c.road}排水管道开展检测，确定扩径改造方案。`],
      resolution: `建设局对${c.road}段排水管道扩径改造，经强降雨检验不再积水。`,
    }),
  },
  {
    cat: 'environment',
    lead: 'cgj',
    src: ['hotline', 'online'],
    days: 15,
    count: 3,
    noCode: true,
    title: () => '厂区门口占道经营影响货车进出',
    desc: (c) => `企业反映${c.road}厂区大门两侧长期有流动摊贩占道经营，早晚高峰货车进出困难。`,
    res: () => '城管执法局设置临时疏导点，对占道经营开展常态化巡查，厂区门口通道恢复畅通。',
    reopen: () => ({
      why: '企业反映巡查减少后摊贩又回来了。',
      rework: ['已将该路段纳入城管网格重点点位，每日早晚两次巡查。'],
      resolution: '城管执法局在附近设置规范便民疏导区，落实网格员每日巡查，摊贩占道问题未再反弹。',
    }),
  },
  {
    cat: 'environment',
    lead: 'cgj',
    src: ['hotline', 'visit'],
    days: 15,
    count: 2,
    title: (c) => `${c.park}周边建筑垃圾乱堆乱放`,
    desc: (c) => `企业反映${c.park}周边空地长期堆放建筑垃圾约${c.n(200, 800)}吨，扬尘和蚊蝇影响厂区环境。`,
    res: (c) => `城管执法局组织清运建筑垃圾${c.n(200, 800)}吨，设置围挡和监控，查处偷倒车辆${c.n(2, 5)}台。`,
  },
  {
    cat: 'environment',
    lead: 'sthj',
    src: ['hotline', 'visit'],
    days: 20,
    count: 2,
    title: (c) => `${c.park}夜间异味影响员工`,
    desc: (c) => `企业反映${c.park}夜间有刺激性异味，员工反映强烈，担心影响产品质量。`,
    res: (c) => `生态环境分局开展夜间走航监测，锁定${c.n(1, 2)}家排放异常企业并督促整改，异味问题解决。`,
  },
  {
    cat: 'environment',
    lead: 'sjj',
    src: ['online', 'visit'],
    days: 45,
    count: 1,
    title: () => '厂区5G信号覆盖差，设备频繁掉线',
    desc: () => '企业智能工厂车间5G信号弱，AGV小车和联网设备频繁掉线，影响生产节拍。',
    res: (c) => `数据局协调通信运营商新建5G基站${c.n(2, 4)}座并开通工业专网。`,
  },
  {
    cat: 'environment',
    lead: 'kcjt',
    src: ['forum', 'visit'],
    days: 60,
    count: 1,
    title: (c) => `${c.park}缺少员工食堂和便利店`,
    desc: (c) => `${c.park}入驻企业${c.n(30, 60)}家、员工约${c.n(2000, 4000)}人，园区内没有食堂和便利店，员工就餐不便。`,
    res: () => '科创集团在园区引入员工食堂和便利店，已开业运营。',
  },
  {
    cat: 'environment',
    lead: 'sbj',
    src: ['forum', 'other'],
    days: 45,
    count: 1,
    title: (c) => `${c.park}员工就医不便`,
    desc: (c) => `${c.park}距最近的社区卫生服务中心约${c.n(4, 8)}公里，员工看小病、做体检不便。`,
    res: () => '社会事业局协调社区卫生服务中心在园区设置服务点，每周三天坐诊并提供体检预约。',
  },
  // ── 其他 ──
  {
    cat: 'other',
    lead: 'szj',
    src: ['visit', 'other'],
    days: 15,
    count: 2,
    title: () => '项目施工遭周边村民阻工',
    desc: (c) => `企业${c.ind}项目施工中，周边${c.n(3, 8)}户村民以施工噪音和扬尘为由阻工，已停工${c.n(3, 10)}天。`,
    res: () => '社会治理局会同街道组织调解，落实降噪抑尘措施，施工恢复。',
  },
  {
    cat: 'other',
    lead: 'szj',
    src: ['other', 'online'],
    days: 30,
    count: 1,
    title: () => '与供应商货款纠纷希望调解',
    desc: (c) => `企业与外地供应商存在货款纠纷约${c.n(80, 400)}万元，诉讼周期长，希望通过调解解决。`,
    res: () => '社会治理局商事调解中心组织调解，双方达成分期付款协议并经司法确认。',
  },
  {
    cat: 'other',
    lead: 'gaj',
    src: ['visit', 'hotline'],
    days: 30,
    count: 1,
    title: () => '厂区周边电缆频繁被盗',
    desc: (c) => `企业反映${c.road}厂区外围一个月内${c.n(2, 4)}次发生电缆被盗，造成停产。`,
    res: () => '公安分局加强夜间巡逻并增设视频监控，破获盗窃案件，抓获犯罪嫌疑人。',
  },
  {
    cat: 'other',
    lead: 'scj',
    src: ['online'],
    days: 15,
    count: 1,
    title: () => '行政处罚信息信用修复',
    desc: () => '企业因环保问题受到的行政处罚已整改完毕，但信用记录仍在公示，影响申报政府项目。',
    res: () => '市场监管分局指导企业通过信用修复“一件事”办理，5个工作日内完成修复。',
  },
  {
    cat: 'other',
    lead: 'wljt',
    src: ['forum', 'other'],
    days: 20,
    count: 1,
    title: () => '新品发布活动需要会展场地',
    desc: (c) => `企业拟举办${c.ind}新品发布会，规模约${c.n(300, 800)}人，希望使用区会展中心。`,
    res: () => '文旅集团提供会展中心场地并给予场租优惠，活动顺利举办。',
  },
];

function pickStop(rand: () => number): Pick<Story, 'stopAt'> {
  const r = rand();
  return r < 0.3 ? { stopAt: 'resolved' } : r < 0.5 ? { stopAt: 'rated' } : {};
}

/** Draw the typical requests: each kind `count` times, raised on days spread over July 2025 – November 2026. */
function drawn(): Story[] {
  const rand = mulberry32(20_251_203);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const n = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const slots = KINDS.flatMap((k) => Array.from({ length: k.count }, () => k));
  // a deterministic shuffle, then the i-th slot is raised on the i-th day of an even spread
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  const first = '2025-07-02';
  const spread = daysBetween(first, '2026-11-27');
  const used = new Set<string>();
  return slots.map((k, i) => {
    const raised = addDays(first, Math.round((spread * i) / (slots.length - 1)));
    let ind = pick(k.ind ?? INDUSTRIES);
    let e = '';
    for (let tries = 0; !e || used.has(e); tries++) {
      if (tries > 0) ind = pick(INDUSTRIES);
      e = `泰和${pick(BRANDS)}${ind}${rand() < 0.15 ? '股份' : ''}有限公司`;
    }
    used.add(e);
    const road = pick(ROADS);
    const c: Ctx = { e, ind, road, road2: pick(ROADS.filter((r) => r !== road)), park: pick(PARKS), n };
    const reopen = k.reopen && rand() < 0.3 ? { ...k.reopen(c) } : undefined;
    const src = pick(k.src);
    const story: Story = {
      cat: k.cat,
      src,
      ent: e,
      ...(k.noCode && src === 'hotline' ? { credit: false as const } : rand() < 0.08 ? { credit: false as const } : {}),
      lead: k.lead,
      ...(k.assist ? { assist: k.assist } : {}),
      title: k.title(c),
      desc: k.desc(c),
      raised,
      due: addDays(raised, k.days),
      resolution: k.res(c),
      ...(k.notes ? { notes: k.notes(c) } : {}),
      ...(k.assistNote ? { assistNote: k.assistNote(c) } : {}),
      ...(reopen ? { reopen } : {}),
      ...(k.solveIn ? { solved: addDays(raised, n(...k.solveIn)) } : {}),
      // the last few days' requests are not accepted yet
      ...(raised >= '2026-11-25' && rand() < 0.6 ? { pending: true } : {}),
      // the autumn's solutions partly wait for the 考核办's return visit or for 销号
      ...(raised >= '2026-09-20' ? pickStop(rand) : {}),
    };
    return story;
  });
}

/** Every demo problem, in the order it was raised (numbers follow it). */
export const demoProblems: DemoProblem[] = (() => {
  const stories = [...HAND, ...drawn()].sort((a, b) => a.raised.localeCompare(b.raised) || a.ent.localeCompare(b.ent));
  const rand = mulberry32(31_100_2026);
  return stories.map((s, i) => tell(s, rand, i));
})();
