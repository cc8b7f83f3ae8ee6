// 泰和高新技术产业开发区 — fictional demo district for the 部长擂台 review.
// Hand-written data; prisma/seed.ts turns it into rows. Shapes: ./types.ts.
// Time frame: 2025H2 (prev) and 2026H1 (current); the demo "today" is late November 2026.
import type { DemoDistrict } from './types';
import type { DemoIndicator, DemoUnit, Method } from './types';

// ---------------------------------------------------------------------------
// Small builders so that every indicator is written on a few lines and shared
// indicators are guaranteed identical (name, unit, direction, method) across units.
// ---------------------------------------------------------------------------

interface MainSpec {
  key: string;
  name: string;
  unit: string;
  dir?: 'higher' | 'lower';
  /** 2026 annual target */
  annual: number;
  /** explicit 2026H1 target; omitted → annual × 0.5 (序时进度) */
  half?: number;
  w: number;
  method?: Method;
  cap?: number;
  p: string[];
  src: string;
  /** 2025H2: [half target, actual] */
  prev: [number, number];
  act: number | null;
  ev?: string;
  /** a 重点工作 measured by a quantity rather than by percent done */
  task?: boolean;
}

/** 主要指标 (or a quantitative 重点工作 when task: true) */
function main(s: MainSpec): DemoIndicator {
  const ind: DemoIndicator = {
    key: s.key,
    name: s.name,
    category: s.task ? 'task' : 'main',
    measureUnit: s.unit,
    direction: s.dir ?? 'higher',
    annualTarget: s.annual,
    halfTarget: s.half ?? null,
    weight: s.w,
    method: s.method ?? 'ratio',
    pillars: s.p,
    dataSource: s.src,
    prev: { halfTarget: s.prev[0], actual: s.prev[1] },
    actual: s.act,
  };
  if (s.cap !== undefined) ind.cap = s.cap;
  if (s.ev) ind.evidence = s.ev;
  return ind;
}

interface TaskSpec {
  key: string;
  name: string;
  /** percent planned to be done by 2026-06-30 */
  plan: number;
  w: number;
  p: string[];
  src: string;
  /** 2025H2: [planned %, percent done] */
  prev: [number, number];
  act: number | null;
  ev?: string;
}

/** 重点工作 measured as a milestone: actual = percent done */
function task(s: TaskSpec): DemoIndicator {
  const ind: DemoIndicator = {
    key: s.key,
    name: s.name,
    category: 'task',
    measureUnit: '%',
    direction: 'milestone',
    annualTarget: null,
    halfTarget: null,
    plannedPercent: s.plan,
    weight: s.w,
    method: 'ratio',
    pillars: s.p,
    dataSource: s.src,
    prev: { halfTarget: s.prev[0], actual: s.prev[1] },
    actual: s.act,
  };
  if (s.ev) ind.evidence = s.ev;
  return ind;
}

// --- shared indicators (same key → compared across units) -------------------

/** 对企服务问题办结率 — held by almost every unit, 功效系数法 */
function esc(w: number, prevActual: number, act: number | null, ev?: string): DemoIndicator {
  return main({
    key: 'enterprise_service_closure', name: '对企服务问题办结率', unit: '%', annual: 95, half: 95,
    w, method: 'efficacy', p: ['P5'], src: '区对企服务难点堵点台账', prev: [90, prevActual], act, ev,
  });
}

/** 招商引资到位资金 — economic units and the industrial-investment SOE, 排名赋分 */
function invest(w: number, annual: number, prev: [number, number], act: number | null, ev?: string): DemoIndicator {
  return main({
    key: 'investment_funds', name: '招商引资到位资金', unit: '亿元', annual, w, method: 'rank',
    p: ['P3'], src: '区投资促进局招商项目库（经财政金融局核验）', prev, act, ev,
  });
}

/** 固定资产投资完成额 */
function fai(w: number, annual: number, prev: [number, number], act: number | null, ev?: string): DemoIndicator {
  return main({
    key: 'fixed_asset_investment', name: '固定资产投资完成额', unit: '亿元', annual, w,
    p: ['P4'], src: '区统计局固定资产投资统计月报', prev, act, ev,
  });
}

/** 生产安全事故起数 — lower is better; 0 counts as the cap */
function safety(w: number, annual: number, half: number, prev: [number, number], act: number | null, ev?: string): DemoIndicator {
  return main({
    key: 'safety_accidents', name: '生产安全事故起数', unit: '起', dir: 'lower', annual, half, w,
    p: ['P8'], src: '区应急管理局生产安全事故统计', prev, act, ev,
  });
}

/** 12345热线诉求满意率 — public-facing units, 功效系数法 */
function hotline(w: number, prevActual: number, act: number | null): DemoIndicator {
  return main({
    key: 'hotline_satisfaction', name: '12345热线诉求满意率', unit: '%', annual: 95, half: 95,
    w, method: 'efficacy', p: ['P6'], src: '泰和市12345政务服务便民热线平台', prev: [93, prevActual], act,
  });
}

/** 国有企业：营业收入 */
function soeRevenue(w: number, annual: number, prev: [number, number], act: number | null): DemoIndicator {
  return main({
    key: 'soe_revenue', name: '营业收入', unit: '亿元', annual, w,
    p: ['P2'], src: '企业财务快报（经区国资监管办审核）', prev, act,
  });
}

/** 国有企业：利润总额, 功效系数法 */
function soeProfit(w: number, annual: number, prev: [number, number], act: number | null): DemoIndicator {
  return main({
    key: 'soe_profit', name: '利润总额', unit: '亿元', annual, w, method: 'efficacy',
    p: ['P2'], src: '企业财务快报（经区国资监管办审核）', prev, act,
  });
}

/** 国有企业：资产负债率 — lower is better, 排名赋分 */
function soeDebt(w: number, target: number, prev: [number, number], act: number | null): DemoIndicator {
  return main({
    key: 'soe_debt_ratio', name: '资产负债率', unit: '%', dir: 'lower', annual: target, half: target,
    w, method: 'rank', p: ['P7'], src: '企业资产负债表（半年报）', prev, act,
  });
}

// ---------------------------------------------------------------------------
// Groups and the "1264" strategy pillars
// ---------------------------------------------------------------------------

const groups: DemoDistrict['groups'] = [
  { id: 'econ', name: '经济发展类部门', description: '承担经济运行、科技创新、招商引资、城市建设、财政金融、开放合作等职能的管委会工作部门' },
  { id: 'social', name: '社会管理服务类部门', description: '承担政务服务、教育卫健、就业社保、城市管理、应急管理、基层治理等职能的管委会工作部门' },
  { id: 'agency', name: '派驻机构', description: '市级部门派驻高新区的分局、大队等机构，实行属地考核' },
  { id: 'soe', name: '区属国有企业', description: '区国资监管办履行出资人职责的一级国有企业' },
];

const pillars: DemoDistrict['pillars'] = [
  {
    code: 'P1',
    name: '创新策源提能行动',
    description: '“1264”战略·6大行动之一（科技创新引擎）：建设泰和实验室等高能级平台，培育高新技术企业和科技型中小企业，打通成果转化“最后一公里”。',
  },
  {
    code: 'P2',
    name: '产业集群倍增行动',
    description: '“1264”战略·6大行动之二（产业升级引擎）：做强新能源汽车零部件、新材料、光电信息三大主导产业，推动规上工业企业数字化改造全覆盖。',
  },
  {
    code: 'P3',
    name: '双招双引攻坚行动',
    description: '“1264”战略·6大行动之三：招大引强、以商招商、基金招商，引进高层次人才团队，确保招商引资到位资金年均增长15%以上。',
  },
  {
    code: 'P4',
    name: '重大项目攻坚行动',
    description: '“1264”战略·6大行动之四：亿元以上项目“一项目一专班”，签约即开工、开工即投产，固定资产投资保持两位数增长。',
  },
  {
    code: 'P5',
    name: '营商环境提升行动',
    description: '“1264”战略·6大行动之五：深化“十二事合一”等集成改革，对企服务难点堵点台账化管理、销号式办结，打造“泰好办”服务品牌。',
  },
  {
    code: 'P6',
    name: '城市品质与民生改善行动',
    description: '“1264”战略·6大行动之六：补齐道路、照明、管网、学校、医院等短板，提升城市颜值和群众获得感。',
  },
  {
    code: 'P7',
    name: '要素保障',
    description: '“1264”战略·4项保障之一：土地、资金、人才、数据、能耗等要素精准配置，国有企业市场化转型、防范化解债务风险。',
  },
  {
    code: 'P8',
    name: '安全稳定与作风保障',
    description: '“1264”战略·4项保障之二：统筹发展和安全，压紧压实安全生产和社会稳定责任；以“竞速争先”的作风保障“奋战五年，重回全国高新区前十”目标落地。',
  },
];

// ---------------------------------------------------------------------------
// 经济发展类部门
// ---------------------------------------------------------------------------

const econUnits: DemoUnit[] = [
  {
    code: 'jfj',
    name: '泰和高新区经济发展局',
    shortName: '经发局',
    kind: 'department',
    group: 'econ',
    head: { name: '周立军', title: '局长' },
    staff: { name: '陈思雨', title: '综合科科长' },
    indicators: [
      main({ key: 'jfj_gdp_growth', name: '地区生产总值增速', unit: '%', annual: 7, half: 6.5, w: 12, p: ['P2'], src: '泰和市统计局季度地区生产总值核算', prev: [6.5, 6.2], act: 6.9 }),
      main({ key: 'jfj_industry_growth', name: '规上工业增加值增速', unit: '%', annual: 9, half: 9, w: 10, p: ['P2'], src: '区统计局规上工业统计月报', prev: [8.5, 8.9], act: 10.2 }),
      fai(10, 420, [200, 208.6], 196.3, '1—6月全区固定资产投资196.3亿元，其中工业投资58.4亿元、同比下降4.1%'),
      invest(8, 120, [55, 58.2], 63.5),
      main({ key: 'jfj_new_above_scale', name: '新增规上工业企业', unit: '家', annual: 45, half: 20, w: 8, p: ['P2'], src: '区统计局企业名录库', prev: [22, 25], act: 21 }),
      main({ key: 'jfj_digital_transform', name: '规上工业企业数字化改造覆盖率', unit: '%', annual: 80, half: 70, w: 6, p: ['P2'], src: '省工业企业数字化转型监测平台', prev: [65, 66.3], act: 72.4 }),
      main({ key: 'jfj_energy_intensity', name: '单位地区生产总值能耗下降率', unit: '%', annual: 3, half: 1.5, w: 6, p: ['P2', 'P7'], src: '区统计局能源统计快报', prev: [1.5, 1.6], act: 1.1 }),
      esc(8, 93.5, 96.8),
      task({ key: 'jfj_task_cluster', name: '新能源汽车零部件产业集群培育', plan: 55, w: 10, p: ['P2'], src: '区产业链链长办工作台账', prev: [100, 92], act: 60, ev: '集群规上企业达68家，上半年产值183.6亿元；引进电驱总成、热管理系统配套项目4个' }),
      task({ key: 'jfj_task_park', name: '泰和智造产业园二期建设', plan: 60, w: 10, p: ['P4'], src: '区重点项目调度平台', prev: [100, 100], act: 58, ev: '12栋标准厂房主体结构封顶，配套道路和变电站尚在施工' }),
      task({ key: 'jfj_task_platform', name: '争创国家级中小企业特色产业集群', plan: 50, w: 12, p: ['P1', 'P2'], src: '区经济发展局工作台账', prev: [100, 100], act: 40 }),
    ],
    submission: 'approved',
    highlights: '上半年全区地区生产总值增长6.9%，高于全市平均1.2个百分点；规上工业增加值增长10.2%，增速居全市第2位。新增规上工业企业21家，规上工业企业数字化改造覆盖率达72.4%。新能源汽车零部件产业集群上半年产值183.6亿元，同比增长16.8%；泰和智造产业园二期12栋标准厂房主体封顶。',
    h2Goals: '全年地区生产总值增长7.2%以上、规上工业增加值增长10%以上；固定资产投资完成420亿元，新增规上工业企业45家；10月底前完成国家级中小企业特色产业集群申报。',
    pillarMeasures: [
      { pillar: 'P2', content: '实行新能源汽车零部件产业集群“链长+链主+专班”推进机制，全年培育产值超10亿元企业5家、新增配套企业15家。' },
      { pillar: 'P4', content: '亿元以上项目推行“周调度、月拉练、季比武”，确保泰和智造产业园二期年底前竣工交付。' },
    ],
    gaps: [
      {
        description: '固定资产投资完成196.3亿元，仅为序时进度的93.5%，其中工业投资同比下降4.1%；新开工亿元以上工业项目比去年同期少6个。',
        rootCause: '对项目“开工前最后一公里”盯得不紧，13个签约项目卡在能评、用地、施工图审查等前期环节；局里习惯按月汇总报表、被动等数，没有形成专班推进、周调度的闭环。',
        measures: [
          {
            content: '对13个未开工亿元以上项目建立“一项目一专班”周调度，逐项倒排能评、用地、施工许可节点，挂图作战。',
            responsibleUnit: 'jfj', responsiblePerson: '陈国平（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P4',
            progress: [
              { date: '2026-08-14', note: '已召开周调度会6次，5个项目取得节能审查意见。' },
              { date: '2026-09-28', note: '13个项目中11个已开工，2个因企业融资原因暂缓，转入重点帮扶清单。' },
            ],
          },
          {
            content: '对卡在用地环节的4个项目实行用地预审与规划许可并联办理，9月底前完成供地。',
            responsibleUnit: 'zrj', responsiblePerson: '雷鸣（副局长）', deadline: '2026-10-31', status: 'in_progress', pillar: 'P7',
            progress: [{ date: '2026-10-20', note: '3个项目已完成供地，泰和新源电池二期因征收补偿未结案仍在推进。' }],
          },
        ],
      },
      {
        description: '单位地区生产总值能耗下降1.1%，只完成半年目标的73%；2家年综合能耗5万吨标准煤以上企业扩产，新增能耗约4.2万吨标准煤。',
        rootCause: '项目准入阶段能耗把关不前置，能评审查与招商、产业部门衔接松散；对36家重点用能企业的节能改造只发通知、不跟踪验收，存在“重增量、轻存量”的思想。',
        measures: [
          {
            content: '对36家重点用能企业开展节能诊断，年内完成15项节能技改、腾出用能空间2万吨标准煤以上。',
            responsibleUnit: 'jfj', responsiblePerson: '李文静（副局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P7',
            progress: [{ date: '2026-10-10', note: '已完成诊断28家，签订节能技改承诺书11份。' }],
          },
        ],
      },
      {
        description: '国家级中小企业特色产业集群申报进度仅40%，集群内专精特新“小巨人”企业9家，低于申报门槛12家。',
        rootCause: '对国家级集群评价指标研究不深、动手晚，把企业梯度培育当成科创局一家的事，后备企业库没有实行动态管理，错过了上半年省级专精特新认定批次。',
        measures: [
          {
            content: '联合科技创新局建立专精特新后备企业库，“一企一策”辅导不少于20家企业申报国家级“小巨人”。',
            responsibleUnit: 'kcj', responsiblePerson: '胡斌（副局长）', deadline: '2026-11-15', status: 'done', pillar: 'P1',
            progress: [{ date: '2026-11-10', note: '后备企业库入库43家，已辅导21家企业完成国家级“小巨人”申报。' }],
          },
        ],
      },
    ],
    panel2025H2: 86,
  },
  {
    code: 'kcj',
    name: '泰和高新区科技创新局',
    shortName: '科创局',
    kind: 'department',
    group: 'econ',
    head: { name: '林海涛', title: '局长' },
    staff: { name: '郭晓婷', title: '高新技术科科长' },
    indicators: [
      main({ key: 'kcj_hte_apply', name: '高新技术企业申报数', unit: '家', annual: 380, half: 300, w: 8, p: ['P1'], src: '全国高新技术企业认定管理工作网', prev: [80, 86], act: 316 }),
      main({ key: 'kcj_rd_ratio', name: '全社会研发经费投入强度', unit: '%', annual: 5.2, half: 5.2, w: 10, p: ['P1'], src: '区统计局研发统计快报', prev: [5, 4.86], act: 4.95 }),
      main({ key: 'kcj_tech_sme', name: '入库科技型中小企业', unit: '家', annual: 1600, half: 1500, w: 8, p: ['P1'], src: '科技型中小企业服务平台', prev: [1200, 1264], act: 1532 }),
      main({ key: 'kcj_tech_contract', name: '技术合同成交额', unit: '亿元', annual: 150, w: 10, p: ['P1'], src: '泰和市技术市场登记系统', prev: [65, 71.3], act: 68.2 }),
      main({ key: 'kcj_new_platform', name: '新增省级以上研发平台', unit: '个', annual: 20, half: 8, w: 8, p: ['P1'], src: '区科技创新局平台备案台账', prev: [10, 12], act: 9 }),
      main({ key: 'kcj_patents', name: '每万人口高价值发明专利拥有量', unit: '件', annual: 68, half: 64, w: 8, p: ['P1'], src: '泰和市知识产权局统计', prev: [58, 59.7], act: 63.1 }),
      main({ key: 'kcj_incubator', name: '孵化器和众创空间新增在孵企业', unit: '家', annual: 220, w: 6, p: ['P1'], src: '区孵化载体绩效监测系统', prev: [100, 118], act: 126 }),
      invest(6, 30, [12, 13.6], 11.2),
      esc(8, 96, 97.5),
      task({ key: 'kcj_task_lab', name: '泰和实验室（新材料）建设', plan: 60, w: 12, p: ['P1'], src: '泰和实验室建设专班周报', prev: [100, 95], act: 65, ev: '实验室一期3.2万平方米投入使用，引进首席科学家团队4个、科研人员186名' }),
      task({ key: 'kcj_task_transfer', name: '科技成果转化“先用后转”改革', plan: 50, w: 10, p: ['P1', 'P5'], src: '区科技创新局改革台账', prev: [100, 100], act: 45 }),
      task({ key: 'kcj_task_gradient', name: '科技企业梯度培育“登峰计划”', plan: 50, w: 6, p: ['P1'], src: '区科技创新局工作台账', prev: [100, 100], act: 55 }),
    ],
    submission: 'submitted',
    highlights: '上半年组织316家企业申报国家高新技术企业，同比增长21.5%；入库科技型中小企业1532家，提前完成半年目标。泰和实验室（新材料）一期投入使用，引进首席科学家团队4个。新增省级以上研发平台9个，其中国家级企业技术中心1个。',
    h2Goals: '全年高新技术企业净增200家、总数突破1350家；技术合同成交额150亿元；泰和实验室二期开工，新增省级以上研发平台20个；“先用后转”改革完成首批30项成果转化。',
    pillarMeasures: [
      { pillar: 'P1', content: '实施“登峰计划”，对高新技术企业、专精特新企业分层建库、分类扶持，全年兑现研发后补助1.8亿元。' },
      { pillar: 'P3', content: '依托泰和实验室开展“科学家+企业家”联合招商，全年引进科技成果转化项目30个。' },
    ],
    gaps: [
      {
        description: '技术合同成交额68.2亿元，仅完成序时进度的90.9%；高校院所技术输出合同只占12%，本地企业吸纳技术占比偏低。',
        rootCause: '技术经纪人队伍只有17人且多为兼职，对企业技术需求“挖不深、对不准”；对技术合同登记的政策宣传停留在发文件，大量已发生的技术交易未登记。',
        measures: [
          {
            content: '培育专职技术经纪人50名，建立“企业出题、院所答题”需求清单，每月组织1场供需对接会。',
            responsibleUnit: 'kcj', responsiblePerson: '宋佳（副局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P1',
            progress: [{ date: '2026-09-30', note: '已认定技术经纪人31名，组织对接会4场，促成合同27项。' }],
          },
        ],
      },
      {
        description: '全社会研发投入强度4.95%，低于目标0.25个百分点；规上工业企业有研发活动的比例为58%，比先进高新区低约20个百分点。',
        rootCause: '研发费用归集辅导覆盖面窄，很多中小企业“有研发无统计”；研发后补助兑现周期长达9个月，对企业加大投入的激励作用打了折扣。',
        measures: [
          {
            content: '会同税务局对规上工业企业开展研发费用归集“上门辅导”全覆盖。',
            responsibleUnit: 'swj', responsiblePerson: '柳青（副局长）', deadline: '2026-10-31', status: 'done', pillar: 'P1',
            progress: [{ date: '2026-10-25', note: '完成上门辅导412家，新增有研发活动企业63家。' }],
          },
          {
            content: '研发后补助改为“免申即享”，兑现周期压缩到3个月以内。',
            responsibleUnit: 'czj', responsiblePerson: '金玲（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P5',
            progress: [{ date: '2026-09-22', note: '“免申即享”系统上线，首批后补助6200万元直达312家企业，平均兑现周期58天。' }],
          },
        ],
      },
      {
        description: '“先用后转”改革完成45%，低于计划5个百分点；首批签约的18项成果中仅6项落地转化。',
        rootCause: '与高校院所的利益分配、国有资产处置规则没有提前谈透，局里对改革难度估计不足，推进中多次反复。',
        measures: [
          {
            content: '出台《科技成果“先用后转”实施细则》，明确收益分配和尽职免责条款。',
            responsibleUnit: 'kcj', responsiblePerson: '胡斌（副局长）', deadline: '2026-08-31', status: 'done', pillar: 'P1',
          },
        ],
      },
    ],
    adjustments: [
      { period: '2025H2', points: 2, reason: '泰和创新港获批国家级科技企业孵化器', evidence: '科技部火炬中心公示文件' },
    ],
    panel2025H2: 90,
  },
  {
    code: 'tcj',
    name: '泰和高新区投资促进局',
    shortName: '投促局',
    kind: 'department',
    group: 'econ',
    head: { name: '赵鹏飞', title: '局长' },
    staff: { name: '孙嘉怡', title: '综合科科长' },
    indicators: [
      invest(15, 200, [90, 96.5], 108.7, '到位资金108.7亿元，其中产业项目到位86.2亿元、基金招商到位14.5亿元'),
      main({ key: 'tcj_signed_projects', name: '新签约亿元以上项目', unit: '个', annual: 60, half: 30, w: 12, p: ['P3'], src: '区投资促进局招商项目库', prev: [28, 31], act: 34 }),
      main({ key: 'tcj_big_projects', name: '新签约10亿元以上重大项目', unit: '个', annual: 12, half: 6, w: 12, p: ['P3'], src: '区投资促进局招商项目库', prev: [5, 4], act: 4 }),
      main({ key: 'tcj_foreign_capital', name: '实际使用外资', unit: '亿美元', annual: 3.2, w: 10, p: ['P3'], src: '商务部外资统计系统', prev: [1.5, 1.38], act: 1.41 }),
      main({ key: 'tcj_start_rate', name: '签约项目开工率', unit: '%', annual: 65, half: 60, w: 10, p: ['P4'], src: '区重点项目调度平台', prev: [60, 57.6], act: 62.5 }),
      main({ key: 'tcj_talent_teams', name: '引进高层次人才创新创业团队', unit: '个', annual: 40, half: 18, w: 8, p: ['P3'], src: '区人才工作领导小组办公室', prev: [20, 22], act: 19 }),
      main({ key: 'tcj_leading_firms', name: '引进世界500强、中国500强及行业龙头企业项目', unit: '个', annual: 6, half: 3, w: 8, p: ['P3'], src: '区投资促进局招商项目库', prev: [3, 2], act: 3 }),
      esc(8, 92, 94.1),
      task({ key: 'tcj_task_chain_map', name: '“6+N”产业链招商图谱绘制及应用', plan: 70, w: 9, p: ['P3'], src: '区投资促进局工作台账', prev: [100, 100], act: 80 }),
      task({ key: 'tcj_task_outposts', name: '粤港澳大湾区、长三角驻点招商', plan: 60, w: 8, p: ['P3'], src: '驻点招商组月报', prev: [100, 90], act: 60 }),
    ],
    submission: 'approved',
    highlights: '上半年招商引资到位资金108.7亿元，同比增长18.4%，完成序时进度的108.7%。新签约亿元以上项目34个，其中华芯微电子12英寸功率器件封测基地总投资45亿元。签约项目开工率62.5%，较去年同期提高4.9个百分点；深圳、上海两个驻点招商组上半年储备在谈项目57个。',
    h2Goals: '全年招商引资到位资金200亿元以上，新签约亿元以上项目60个、10亿元以上重大项目12个；实际使用外资3.2亿美元；签约项目开工率达到65%。',
    pillarMeasures: [
      { pillar: 'P3', content: '按“6+N”产业链图谱开展精准招商，每条产业链明确1名区领导挂帅、1个招商小分队，全年外出招商不少于120批次。' },
      { pillar: 'P4', content: '建立“签约—注册—供地—开工”全流程跟踪台账，签约后90天未开工项目一律列入督办。' },
    ],
    gaps: [
      {
        description: '10亿元以上重大项目只签约4个，完成半年目标的66.7%；在谈的3个百亿级项目均停留在意向阶段。',
        rootCause: '招商力量过多投入到中小项目“铺摊子”，对龙头企业决策链条研究不透；重大项目的要素保障、政策兑现方案拿不出“一企一策”，谈判中议价能力弱。',
        measures: [
          {
            content: '组建重大项目攻坚专班，由管委会主要领导挂帅，对3个百亿级在谈项目“一企一策”制定要素保障方案。',
            responsibleUnit: 'tcj', responsiblePerson: '徐亮（副局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P3',
            progress: [{ date: '2026-09-18', note: '已赴企业总部对接5轮，1个项目进入投资协议条款磋商。' }],
          },
        ],
      },
      {
        description: '实际使用外资1.41亿美元，仅完成序时进度的88.1%；新设外资企业12家，同比减少5家。',
        rootCause: '外资招商过度依赖港资“返程投资”，对欧美日韩产业资本渠道开拓不够；熟悉外资政策、能用外语谈判的招商人员只有3人。',
        measures: [
          {
            content: '与商务和开放合作局联合举办日韩、德国专场投资推介会各1场，争取新设外资企业10家以上。',
            responsibleUnit: 'kfj', responsiblePerson: '任志鹏（副局长）', deadline: '2026-11-30', status: 'in_progress', pillar: 'P3',
          },
          {
            content: '面向社会公开选聘专业化招商人员5名，实行年薪制、按业绩考核。',
            responsibleUnit: 'tcj', responsiblePerson: '吕芳（副局长）', deadline: '2026-09-30', status: 'not_started', pillar: 'P3',
          },
        ],
      },
    ],
    panel2025H2: 88,
  },
  {
    code: 'jsj',
    name: '泰和高新区建设局',
    shortName: '建设局',
    kind: 'department',
    group: 'econ',
    head: { name: '王建国', title: '局长' },
    staff: { name: '刘静', title: '综合科科长' },
    indicators: [
      fai(10, 120, [55, 57.1], 62.8),
      main({
        key: 'jsj_streetlights', name: '道路照明“亮灯工程”新增亮灯', unit: '盏', annual: 2000, half: 1200, w: 12, p: ['P6'],
        src: '区建设局市政设施管理台账', prev: [600, 512], act: 1363, task: true,
        ev: '2026年4月集中攻坚一个月，在泰鸿路、泰瑞路、泰康路、泰安路、科苑大道等25条道路新点亮路灯1363盏，辖区主次干道亮灯率由71%提高到98.6%，附亮灯前后对比照片和验收单',
      }),
      main({ key: 'jsj_road_km', name: '新建及改造市政道路', unit: '公里', annual: 28, half: 12, w: 10, p: ['P6'], src: '区建设局市政工程台账', prev: [14, 15.2], act: 11.6 }),
      main({ key: 'jsj_resettlement', name: '安置房交付', unit: '套', annual: 3200, half: 1500, w: 10, p: ['P6'], src: '区建设局安置房建设台账', prev: [1800, 1650], act: 1580 }),
      main({ key: 'jsj_old_community', name: '城镇老旧小区改造开工', unit: '个', annual: 18, half: 10, w: 8, p: ['P6'], src: '省城镇老旧小区改造信息系统', prev: [8, 8], act: 10 }),
      safety(8, 2, 1, [1, 0], 0),
      main({ key: 'jsj_quality_pass', name: '在建工程质量监督抽检合格率', unit: '%', annual: 98, half: 98, w: 6, p: ['P8'], src: '区建设工程质量安全监督站', prev: [98, 98.4], act: 99.1 }),
      main({ key: 'jsj_wage_arrears', name: '工程建设领域欠薪投诉办结率', unit: '%', annual: 100, half: 100, w: 6, p: ['P8'], src: '区根治欠薪工作专班台账', prev: [100, 97.2], act: 100 }),
      esc(6, 90.5, 93.2),
      task({ key: 'jsj_task_utility_tunnel', name: '泰和大道综合管廊一期工程', plan: 60, w: 12, p: ['P4', 'P6'], src: '区重点项目调度平台', prev: [100, 85], act: 52 }),
      task({ key: 'jsj_task_sponge', name: '海绵城市建设示范片区', plan: 50, w: 12, p: ['P6'], src: '区海绵城市建设专班台账', prev: [100, 100], act: 55 }),
    ],
    submission: 'approved',
    highlights: '4月份打响“亮灯攻坚战”，一个月内在泰鸿路、泰瑞路等25条道路点亮路灯1363盏，主次干道亮灯率由71%提高到98.6%，群众“夜路难走”的投诉清零。上半年完成市政基础设施投资62.8亿元，老旧小区改造开工10个、惠及居民4120户。安置房交付1580套，在建工程质量抽检合格率99.1%，未发生生产安全事故。',
    h2Goals: '全年新增亮灯2000盏、实现建成区道路照明全覆盖；新建改造市政道路28公里，安置房交付3200套；泰和大道综合管廊一期主体完工；海绵城市示范片区通过省级验收。',
    pillarMeasures: [
      { pillar: 'P6', content: '把“亮灯工程”的打法推广到“畅通工程”，对12条断头路实行“一路一专班”，年底前全部打通。' },
      { pillar: 'P4', content: '综合管廊一期实行“白加黑、五加二”作业，每周向管委会报送形象进度。' },
      { pillar: 'P8', content: '在建工地全面推行智慧工地监管，深基坑、高支模等危大工程视频监控全覆盖。' },
    ],
    gaps: [
      {
        description: '泰和大道综合管廊一期完成52%，比计划滞后8个百分点；新建改造市政道路11.6公里，未完成半年12公里的目标。',
        rootCause: '管线迁改涉及电力、通信、燃气等7家产权单位，我局协调停留在“开会、发函”，没有压实到具体节点和责任人；对汛期施工影响预判不足，5—6月停工累计18天。',
        measures: [
          {
            content: '建立管线迁改“一张图、一张表”，与7家产权单位签订节点责任书，逾期按日通报。',
            responsibleUnit: 'jsj', responsiblePerson: '李明（副局长）', deadline: '2026-08-31', status: 'done', pillar: 'P4',
            progress: [{ date: '2026-08-28', note: '7家产权单位责任书全部签订，电力、通信管线迁改完成。' }],
          },
          {
            content: '优化管廊施工组织，增开2个作业面，10月底前追回滞后工期。',
            responsibleUnit: 'ctjt', responsiblePerson: '尹静（副总经理）', deadline: '2026-10-31', status: 'in_progress', pillar: 'P4',
            progress: [{ date: '2026-10-15', note: '已增开作业面1个，形象进度达到71%，仍滞后约4个百分点。' }],
          },
        ],
      },
      {
        description: '安置房在建项目中3个存在不同程度延期，涉及1200余户群众；上半年收到安置进度类信访23件。',
        rootCause: '前期对施工单位资金实力审查不严，个别总包单位垫资能力不足导致断续施工；局里对进度款拨付与节点考核挂钩执行不到位。',
        measures: [
          {
            content: '对3个延期安置房项目实行驻场督办，进度款拨付与节点完成情况严格挂钩。',
            responsibleUnit: 'jsj', responsiblePerson: '朱卫华（总工程师）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P6',
          },
        ],
      },
      {
        description: '路灯亮灯后日常维护跟不上，7月份巡查发现故障灯46盏，平均修复时间5天，高于承诺的48小时。',
        rootCause: '路灯养护仍按“坏了再修”的老办法，养护合同没有约定修复时限和扣罚条款，智慧照明监控只覆盖了新装的路灯。',
        measures: [
          {
            content: '修订路灯养护合同，明确48小时修复时限；年内完成存量路灯单灯控制器改造，实现故障自动报警。',
            responsibleUnit: 'jsj', responsiblePerson: '李明（副局长）', deadline: '2026-11-30', status: 'in_progress', pillar: 'P6',
          },
        ],
      },
    ],
    adjustments: [
      { period: '2025H2', points: -1, reason: '泰瑞路在建工地扬尘管控不到位，被省生态环境厅督查通报', evidence: '省生态环境厅督查通报（2025年第9期）' },
      { period: '2026H1', points: 1, reason: '“亮灯工程”一个月点亮1363盏路灯，获市委主要领导批示肯定' },
    ],
    panel2025H2: 82,
  },
  {
    code: 'czj',
    name: '泰和高新区财政金融局',
    shortName: '财金局',
    kind: 'department',
    group: 'econ',
    head: { name: '吴晓燕', title: '局长' },
    staff: { name: '黄伟', title: '预算科科长' },
    indicators: [
      main({ key: 'czj_budget_revenue', name: '一般公共预算收入', unit: '亿元', annual: 86, half: 46, w: 15, p: ['P7'], src: '区财政决算月报', prev: [40, 41.3], act: 44.8 }),
      main({ key: 'czj_tax_share', name: '税收收入占一般公共预算收入比重', unit: '%', annual: 80, half: 80, w: 10, p: ['P7'], src: '区财政决算月报', prev: [78, 79.2], act: 81.6 }),
      main({ key: 'czj_listed', name: '新增上市（过会）企业', unit: '家', annual: 4, half: 2, w: 10, p: ['P7'], src: '区企业上市工作领导小组办公室', prev: [2, 1], act: 1 }),
      main({ key: 'czj_fund_leverage', name: '政府引导基金撬动社会资本', unit: '亿元', annual: 60, w: 10, p: ['P3', 'P7'], src: '区政府引导基金管理台账', prev: [25, 27.8], act: 33.5 }),
      main({ key: 'czj_special_bonds', name: '争取新增专项债券额度', unit: '亿元', annual: 35, half: 25, w: 10, p: ['P7'], src: '省财政厅债券额度下达文件', prev: [12, 14], act: 26.4 }),
      main({ key: 'czj_tech_loans', name: '科技型企业贷款余额增速', unit: '%', annual: 18, half: 18, w: 8, p: ['P1', 'P7'], src: '人民银行泰和市分行金融统计', prev: [16, 17.2], act: 19.5 }),
      invest(6, 20, [8, 9.1], 10.6),
      esc(8, 95, 98.2),
      task({ key: 'czj_task_zero_base', name: '零基预算改革', plan: 60, w: 10, p: ['P7'], src: '区财政金融局改革台账', prev: [100, 100], act: 65 }),
      task({ key: 'czj_task_debt', name: '隐性债务风险化解', plan: 50, w: 13, p: ['P7', 'P8'], src: '财政部地方政府债务监测平台', prev: [100, 100], act: 50 }),
    ],
    submission: 'approved',
    highlights: '上半年一般公共预算收入44.8亿元，同比增长8.6%，税收占比81.6%，收入质量居全市前列。争取新增专项债券额度26.4亿元，超额完成半年目标。政府引导基金撬动社会资本33.5亿元，科技型企业贷款余额增长19.5%；零基预算改革压减一般性支出1.2亿元。',
    h2Goals: '全年一般公共预算收入86亿元；新增上市（过会）企业4家；政府引导基金撬动社会资本60亿元；完成年度隐性债务化解任务，守住不发生系统性风险的底线。',
    pillarMeasures: [
      { pillar: 'P7', content: '设立20亿元科创天使母基金，对种子期、初创期科技企业实行“投早、投小、投硬科技”。' },
      { pillar: 'P1', content: '推出“科创积分贷”，按企业创新积分给予贴息，全年放贷50亿元。' },
    ],
    gaps: [
      {
        description: '新增上市（过会）企业只有1家，完成半年目标的50%；上市后备库中股改企业22家，进入辅导期的仅5家。',
        rootCause: '对拟上市企业“扶上马”后“送一程”不够，企业在规范运作、历史沿革、合规证明等方面的问题长期没有专人盯办；上市奖补政策与周边高新区相比已无优势。',
        measures: [
          {
            content: '对22家股改企业实行“一企一专员”，联合市场监管、税务、社保等部门半月内出具合规证明。',
            responsibleUnit: 'czj', responsiblePerson: '邵建新（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P7',
            progress: [{ date: '2026-09-26', note: '已出具合规证明86份，新增进入辅导期企业3家。' }],
          },
          {
            content: '修订企业上市奖补办法，分阶段兑现奖励，最高奖励提高到1000万元。',
            responsibleUnit: 'czj', responsiblePerson: '金玲（副局长）', deadline: '2026-10-31', status: 'done', pillar: 'P5',
          },
        ],
      },
      {
        description: '一般公共预算收入44.8亿元，低于半年目标1.2亿元；土地出让收入同比下降31%，财政收支平衡压力加大。',
        rootCause: '收入预测对房地产市场下行估计偏乐观，过度依赖土地收入的结构没有根本改变；对重点税源企业的跟踪分析频次低，税源变化没有提前预警。',
        measures: [
          {
            content: '建立重点税源企业月度监测预警机制，对前100名纳税企业逐户跟踪。',
            responsibleUnit: 'swj', responsiblePerson: '柳青（副局长）', deadline: '2026-08-31', status: 'done', pillar: 'P7',
          },
        ],
      },
    ],
    panel2025H2: 84,
  },
  {
    code: 'kfj',
    name: '泰和高新区商务和开放合作局',
    shortName: '商务局',
    kind: 'department',
    group: 'econ',
    head: { name: '郑丽', title: '局长' },
    staff: { name: '马骁', title: '外贸科科长' },
    indicators: [
      main({ key: 'kfj_trade', name: '进出口总额', unit: '亿元', annual: 460, w: 15, p: ['P2'], src: '泰和海关统计', prev: [215, 221.4], act: 219.6 }),
      main({ key: 'kfj_retail_growth', name: '社会消费品零售总额增速', unit: '%', annual: 6, half: 6, w: 10, p: ['P6'], src: '区统计局社零统计月报', prev: [5.5, 5.1], act: 5.4 }),
      main({ key: 'kfj_crossborder', name: '跨境电商交易额', unit: '亿元', annual: 80, w: 10, p: ['P2'], src: '泰和跨境电商综试区公共服务平台', prev: [30, 33.2], act: 45.3 }),
      main({ key: 'kfj_new_traders', name: '新增有进出口实绩企业', unit: '家', annual: 90, half: 45, w: 8, p: ['P2'], src: '泰和海关统计', prev: [40, 44], act: 52 }),
      main({ key: 'kfj_service_trade', name: '服务贸易进出口额', unit: '亿美元', annual: 12, w: 8, p: ['P2'], src: '商务部服务贸易统计监测系统', prev: [5.5, 5.8], act: 6.3 }),
      invest(8, 25, [11, 12.4], 13.1),
      esc(8, 94, 96.1),
      task({ key: 'kfj_task_bonded', name: '泰和综合保税区申建', plan: 50, w: 13, p: ['P2', 'P3'], src: '综保区申建工作专班台账', prev: [100, 80], act: 35 }),
      task({ key: 'kfj_task_expo', name: '第三届泰和国际新材料博览会', plan: 70, w: 10, p: ['P3'], src: '博览会组委会办公室', prev: [100, 100], act: 75 }),
      task({ key: 'kfj_task_consumption', name: '泰和里商圈消费提振行动', plan: 60, w: 10, p: ['P6'], src: '区商务和开放合作局工作台账', prev: [100, 95], act: 62 }),
    ],
    submission: 'submitted',
    highlights: '上半年跨境电商交易额45.3亿元，同比增长52.6%，完成全年目标的56.6%。新增有进出口实绩企业52家，服务贸易额6.3亿美元。第三届泰和国际新材料博览会已签约参展企业410家，泰和里商圈“夜泰和”系列活动带动消费3.6亿元。',
    h2Goals: '全年进出口总额460亿元、跨境电商交易额80亿元；综合保税区申建材料上报省政府；办好第三届泰和国际新材料博览会，现场签约项目不少于30个。',
    pillarMeasures: [
      { pillar: 'P2', content: '实施外贸主体“破零倍增”计划，全年新增有进出口实绩企业90家。' },
      { pillar: 'P3', content: '以新材料博览会为平台开展展会招商，储备外资项目20个以上。' },
    ],
    gaps: [
      {
        description: '综合保税区申建完成35%，计划50%；围网规划、海关监管设施方案两次被省商务厅退回修改。',
        rootCause: '对综保区设立的规划、用地、监管要求研究不透，前期请的咨询机构没有同类项目经验；局内专班人员全部兼职，材料质量把关不严。',
        measures: [
          {
            content: '更换具有综保区申建经验的咨询机构，专班人员脱产集中办公，10月底前完成材料修改上报。',
            responsibleUnit: 'kfj', responsiblePerson: '任志鹏（副局长）', deadline: '2026-10-31', status: 'in_progress', pillar: 'P2',
            progress: [{ date: '2026-09-12', note: '新咨询机构已进场，围网规划方案完成修改并通过省商务厅预审。' }],
          },
          {
            content: '按海关要求落实综保区围网范围内用地指标和规划调整。',
            responsibleUnit: 'zrj', responsiblePerson: '雷鸣（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P7',
          },
        ],
      },
      {
        description: '进出口总额219.6亿元，完成序时进度的95.5%；前十大外贸企业占全区进出口总额的64%，2家龙头企业订单外移导致出口下降。',
        rootCause: '外贸主体过于集中，对中小外贸企业的培育只停留在政策宣讲；对重点企业订单变化监测不及时，未能提前协调帮扶。',
        measures: [
          {
            content: '建立前50名外贸企业订单“月监测、季走访”机制，对订单下降企业“一企一策”帮扶。',
            responsibleUnit: 'kfj', responsiblePerson: '郑丽（局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P2',
          },
        ],
      },
    ],
    panel2025H2: 79,
  },
  {
    code: 'sjj',
    name: '泰和高新区数据资源局',
    shortName: '数据局',
    kind: 'department',
    group: 'econ',
    head: { name: '何志远', title: '局长' },
    staff: { name: '许诺', title: '数字经济科科长' },
    indicators: [
      main({ key: 'sjj_digital_core', name: '数字经济核心产业营业收入', unit: '亿元', annual: 520, w: 15, p: ['P2'], src: '区统计局数字经济统计快报', prev: [240, 246.5], act: 251.8 }),
      main({ key: 'sjj_5g', name: '新建5G基站', unit: '个', annual: 600, half: 300, w: 10, p: ['P6'], src: '泰和市通信发展管理办公室', prev: [300, 318], act: null }),
      main({ key: 'sjj_data_sharing', name: '政务数据共享交换调用量', unit: '万次', annual: 1200, w: 8, p: ['P5'], src: '区政务数据共享交换平台', prev: [520, 568], act: 640 }),
      main({ key: 'sjj_computing', name: '智算中心算力规模', unit: 'PFlops', annual: 800, half: 500, w: 10, p: ['P1'], src: '泰和智算中心运营报告', prev: [300, 320], act: 480 }),
      main({ key: 'sjj_data_trade', name: '数据产品挂牌交易额', unit: '亿元', annual: 3, w: 8, p: ['P2'], src: '泰和数据交易中心', prev: [1, 0.82], act: 0.9 }),
      main({ key: 'sjj_scenarios', name: '发布数字化应用场景', unit: '个', annual: 50, half: 25, w: 8, p: ['P2'], src: '区数据资源局场景清单', prev: [20, 24], act: null }),
      invest(6, 15, [6, 6.8], 7.9),
      esc(8, 91, 92.4),
      task({ key: 'sjj_task_city_brain', name: '城市大脑二期建设', plan: 60, w: 15, p: ['P6'], src: '城市大脑二期项目周报', prev: [100, 88], act: 55 }),
      task({ key: 'sjj_task_cloud_security', name: '政务云网络安全等级保护测评整改', plan: 50, w: 12, p: ['P8'], src: '区网络安全和信息化工作台账', prev: [100, 100], act: 60 }),
    ],
    submission: 'draft',
    highlights: '上半年数字经济核心产业营业收入251.8亿元，同比增长14.2%。泰和智算中心二期上线，算力规模达到480PFlops。政务数据共享交换调用640万次，支撑“十二事合一”等改革事项数据共享率达到92%。',
    h2Goals: '全年数字经济核心产业营业收入520亿元；智算中心算力规模800PFlops；城市大脑二期年底前上线运行；数据产品挂牌交易额3亿元。',
    pillarMeasures: [
      { pillar: 'P2', content: '开放城市治理、智能制造等50个数字化应用场景，以场景换市场、以市场引企业。' },
    ],
    gaps: [
      {
        description: '数据产品挂牌交易额0.9亿元，仅完成序时进度的60%；挂牌数据产品42个，有实际成交的不足三分之一。',
        rootCause: '对数据要素市场化的规律把握不准，重挂牌数量、轻供需撮合；公共数据授权运营机制迟迟没有落地，优质数据源供给不足。',
        measures: [
          {
            content: '出台公共数据授权运营管理办法，首批授权交通、能源、医疗3个领域数据运营。',
            responsibleUnit: 'sjj', responsiblePerson: '夏天（副局长）', deadline: '2026-12-31', status: 'not_started', pillar: 'P7',
          },
        ],
      },
      {
        description: '城市大脑二期完成55%，比计划滞后5个百分点；已接入的23个部门系统中有9个数据更新不及时。',
        rootCause: '各部门业务系统标准不一，数据治理工作量估计不足；项目建设中需求反复变更，我局统筹协调力度不够，没有及时提请管委会决策。',
        measures: [
          {
            content: '建立城市大脑二期需求冻结和变更审批制度，每两周向分管领导报告进度。',
            responsibleUnit: 'sjj', responsiblePerson: '何志远（局长）', deadline: '2026-09-30', status: 'done', pillar: 'P6',
          },
        ],
      },
    ],
    panel2025H2: 76,
  },
];

// ---------------------------------------------------------------------------
// 社会管理服务类部门
// ---------------------------------------------------------------------------

const socialUnits: DemoUnit[] = [
  {
    code: 'spj',
    name: '泰和高新区行政审批局',
    shortName: '行政审批局',
    kind: 'department',
    group: 'social',
    head: { name: '张慧敏', title: '局长' },
    staff: { name: '李晓峰', title: '综合科科长' },
    indicators: [
      main({
        key: 'spj_twelve_in_one_days', name: '工业项目“十二事合一”审批时限', unit: '天', dir: 'lower', annual: 3, half: 3, w: 15,
        p: ['P5'], src: '泰和高新区政务服务一体化平台办件数据', prev: [10, 14], act: 1,
        ev: '2026年3月起将立项备案、用地规划许可、工程规划许可、施工许可等12个事项整合为“一表申请、一窗受理、并联审批、一次发证”，泰和光电等23个工业项目平均1天拿齐全部手续，改革前约需14天',
      }),
      main({ key: 'spj_online_rate', name: '政务服务事项全程网办率', unit: '%', annual: 92, half: 90, w: 10, p: ['P5'], src: '省一体化政务服务平台', prev: [88, 89.4], act: 93.6 }),
      main({ key: 'spj_one_thing', name: '高效办成“一件事”上线', unit: '件', annual: 30, half: 15, w: 10, p: ['P5'], src: '省一体化政务服务平台', prev: [10, 12], act: 18 }),
      main({ key: 'spj_good_review', name: '政务服务“好差评”好评率', unit: '%', annual: 99.5, half: 99.5, w: 8, p: ['P5'], src: '政务服务“好差评”系统', prev: [99.5, 99.71], act: 99.86 }),
      main({ key: 'spj_cross_region', name: '跨区域通办事项', unit: '项', annual: 200, half: 150, w: 6, p: ['P5'], src: '区行政审批局事项清单', prev: [100, 126], act: 138 }),
      main({ key: 'spj_startup_days', name: '企业开办时间', unit: '天', dir: 'lower', annual: 1, half: 1, w: 8, p: ['P5'], src: '企业开办“一网通办”平台', prev: [1, 1], act: 0.5 }),
      main({ key: 'spj_proxy_coverage', name: '重点项目帮办代办服务覆盖率', unit: '%', annual: 100, half: 100, w: 8, p: ['P4', 'P5'], src: '区项目帮办代办服务台账', prev: [90, 92.5], act: 100 }),
      esc(8, 97, 99.1),
      hotline(7, 93.8, 95.6),
      task({ key: 'spj_task_twelve_in_one', name: '“十二事合一”集成审批改革', plan: 60, w: 12, p: ['P5'], src: '区行政审批局改革台账', prev: [100, 70], act: 100, ev: '改革方案3月印发实施，配套“一张表单”“一套材料清单”和联合审图、联合验收规则全部出台' }),
      task({ key: 'spj_task_no_proof', name: '“无证明城市”建设', plan: 50, w: 8, p: ['P5'], src: '区行政审批局改革台账', prev: [100, 90], act: 40 }),
    ],
    submission: 'approved',
    highlights: '3月推出工业项目“十二事合一”集成审批改革，把原来约14天的审批压缩到1天，23个工业项目实现“拿地即开工”。上线高效办成“一件事”18件，政务服务事项全程网办率93.6%。企业开办实现“半日办结”，“好差评”好评率99.86%。',
    h2Goals: '“十二事合一”改革扩大到全部社会投资项目；全年上线高效办成“一件事”30件、跨区域通办事项200项；“无证明城市”建设完成年度任务。',
    pillarMeasures: [
      { pillar: 'P5', content: '把“十二事合一”从工业项目推广到社会投资项目，全年服务项目不少于120个，审批时限稳定在1天。' },
      { pillar: 'P4', content: '对亿元以上项目实行“首席帮办代办员”制度，从签约到开工全程代办。' },
    ],
    gaps: [
      {
        description: '“无证明城市”建设完成40%，低于计划10个百分点；梳理出的326项证明材料中，仅有121项实现数据共享替代。',
        rootCause: '我局对证明事项“谁出证、谁共享”的协调依赖部门自觉，缺乏刚性约束；部分派驻机构数据接口需市级部门授权，我局没有及早提请管委会出面协调。',
        measures: [
          {
            content: '提请管委会印发证明事项清理责任清单，对未按期共享的部门纳入擂台考核扣分。',
            responsibleUnit: 'spj', responsiblePerson: '段晓军（副局长）', deadline: '2026-08-31', status: 'done', pillar: 'P5',
          },
          {
            content: '会同数据资源局向市级部门申请数据接口授权，年底前实现200项证明材料共享替代。',
            responsibleUnit: 'sjj', responsiblePerson: '夏天（副局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P5',
            progress: [{ date: '2026-10-30', note: '已获批市级接口27个，共享替代证明材料累计168项。' }],
          },
        ],
      },
      {
        description: '跨区域通办事项138项，未完成半年150项的目标；与长三角合作城市的通办事项实际办件量仅412件。',
        rootCause: '通办事项选取时“凑数量”，对企业群众的高频需求调研不够；窗口人员对异地办件流程不熟，宣传推广不足。',
        measures: [
          {
            content: '按办件量重新梳理通办事项清单，对窗口人员开展异地办件轮训。',
            responsibleUnit: 'spj', responsiblePerson: '沈蕾（副局长）', deadline: '2026-10-31', status: 'done', pillar: 'P5',
            progress: [{ date: '2026-10-28', note: '通办事项调整为156项，窗口人员轮训完成4期。' }],
          },
        ],
      },
    ],
    adjustments: [
      { period: '2026H1', points: 2, reason: '“十二事合一”集成审批改革入选省优化营商环境改革创新典型案例', evidence: '省营商环境建设领导小组办公室通报' },
    ],
    panel2025H2: 91,
  },
  {
    code: 'sbj',
    name: '泰和高新区社会事业局',
    shortName: '社会事业局',
    kind: 'department',
    group: 'social',
    head: { name: '杨春梅', title: '局长' },
    staff: { name: '谢晨', title: '办公室主任' },
    indicators: [
      main({ key: 'sbj_family_doctor', name: '家庭医生签约服务覆盖率', unit: '%', annual: 45, half: 42, w: 10, p: ['P6'], src: '省基层卫生健康信息系统', prev: [40, 41.2], act: 43.5 }),
      main({ key: 'sbj_doctors', name: '每千人口执业（助理）医师数', unit: '人', annual: 3.4, half: 3.3, w: 8, p: ['P6'], src: '卫生健康统计年报（半年快报）', prev: [3.2, 3.18], act: 3.26 }),
      main({ key: 'sbj_childcare', name: '每千人口拥有3岁以下婴幼儿托位数', unit: '个', annual: 4.5, half: 4, w: 8, p: ['P6'], src: '区社会事业局托育机构备案台账', prev: [3.5, 3.6], act: 3.7 }),
      main({ key: 'sbj_fitness', name: '新建全民健身设施', unit: '处', annual: 40, half: 20, w: 8, p: ['P6'], src: '区社会事业局体育设施台账', prev: [20, 22], act: 24 }),
      main({ key: 'sbj_culture_events', name: '举办群众性文体活动', unit: '场', annual: 300, half: 150, w: 6, p: ['P6'], src: '区社会事业局活动台账', prev: [150, 168], act: 172 }),
      main({ key: 'sbj_hospital_satisfaction', name: '二级以上医院患者满意度', unit: '%', annual: 92, half: 92, w: 8, p: ['P6'], src: '国家公立医院满意度调查平台', prev: [90, 91.3], act: 92.6 }),
      hotline(8, 91.2, 92.4),
      esc(6, 94, 95.8),
      task({ key: 'sbj_task_hospital', name: '高新区人民医院创建三级甲等医院', plan: 50, w: 14, p: ['P6'], src: '区社会事业局工作台账', prev: [100, 85], act: 45 }),
      task({ key: 'sbj_task_medical_alliance', name: '紧密型医疗联合体建设', plan: 60, w: 12, p: ['P6'], src: '区社会事业局工作台账', prev: [100, 100], act: 65 }),
      task({ key: 'sbj_task_games', name: '泰和体育中心承办省运会分赛区', plan: 70, w: 12, p: ['P6'], src: '省运会泰和赛区筹备办', prev: [100, 100], act: 72 }),
    ],
    submission: 'submitted',
    highlights: '上半年家庭医生签约服务覆盖率43.5%，组建紧密型医联体2个，基层首诊率提高到58%。新建全民健身设施24处，举办群众性文体活动172场。泰和体育中心完成省运会分赛区场馆改造，二级以上医院患者满意度92.6%。',
    h2Goals: '全年家庭医生签约服务覆盖率45%、每千人口托位数4.5个；高新区人民医院三甲创建通过省级评审前的模拟评审；圆满完成省运会泰和分赛区赛事保障。',
    pillarMeasures: [
      { pillar: 'P6', content: '推进“15分钟健康服务圈”，年内新增社区卫生服务站6个、普惠托育机构8家。' },
      { pillar: 'P3', content: '为引进的高层次人才开通就医“绿色通道”，实行专人预约、优先诊疗。' },
    ],
    gaps: [
      {
        description: '高新区人民医院三甲创建完成45%，低于计划5个百分点；三级学科带头人缺口14人，重症医学科床位数未达标。',
        rootCause: '人才引进仍走事业编制招聘的老路，薪酬与周边三甲医院相比没有竞争力；创建工作主要压在医院身上，我局统筹人、财、物的责任没有扛起来。',
        measures: [
          {
            content: '出台医疗卫生高层次人才引进办法，实行年薪制和编制周转池，年内引进学科带头人8名。',
            responsibleUnit: 'rsj', responsiblePerson: '魏敏（副局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P6',
          },
          {
            content: '完成重症医学科扩床改造，床位由16张增加到32张。',
            responsibleUnit: 'sbj', responsiblePerson: '谭卫（副局长）', deadline: '2026-10-31', status: 'done', pillar: 'P6',
            progress: [{ date: '2026-10-12', note: '改造工程已完工，设备采购进入招标程序。' }],
          },
        ],
      },
      {
        description: '每千人口托位数3.7个，未完成半年4个的目标；已建成的普惠托位实际入托率只有61%。',
        rootCause: '托育机构选址偏离人口集中的新建小区，前期需求摸底不细；对普惠托育补贴标准偏低，民办机构参与积极性不高。',
        measures: [
          {
            content: '结合新建小区配套用房布局新增普惠托育机构8家，提高普惠托位运营补贴标准。',
            responsibleUnit: 'sbj', responsiblePerson: '常丽娟（副局长）', deadline: '2026-09-30', status: 'not_started', pillar: 'P6',
          },
        ],
      },
    ],
    panel2025H2: 81,
  },
  {
    code: 'jyj',
    name: '泰和高新区教育局',
    shortName: '教育局',
    kind: 'department',
    group: 'social',
    head: { name: '曹文博', title: '局长' },
    staff: { name: '邓雅琪', title: '基础教育科科长' },
    indicators: [
      main({ key: 'jyj_new_seats', name: '新增公办学位', unit: '个', annual: 8000, half: 2000, w: 12, p: ['P6'], src: '区教育局学位统计', prev: [6000, 6120], act: 2100 }),
      main({ key: 'jyj_public_kindergarten', name: '公办幼儿园在园幼儿占比', unit: '%', annual: 55, half: 53, w: 8, p: ['P6'], src: '全国学前教育管理信息系统', prev: [50, 51.8], act: 53.6 }),
      main({ key: 'jyj_school_starts', name: '新建改扩建学校开工', unit: '所', annual: 9, half: 6, w: 10, p: ['P4', 'P6'], src: '区重点项目调度平台', prev: [4, 4], act: 5 }),
      main({ key: 'jyj_new_teachers', name: '新招聘教师', unit: '名', annual: 600, half: 400, w: 8, p: ['P6'], src: '区教育局人事科', prev: [200, 212], act: 420 }),
      main({ key: 'jyj_balanced', name: '义务教育优质均衡达标率', unit: '%', annual: 90, half: 88, w: 8, p: ['P6'], src: '省义务教育优质均衡监测系统', prev: [85, 86.1], act: 88.5 }),
      main({ key: 'jyj_after_school', name: '课后服务学生参与率', unit: '%', annual: 95, half: 95, w: 6, p: ['P6'], src: '区教育局课后服务平台', prev: [92, 93.5], act: 96.3 }),
      main({ key: 'jyj_campus_safety', name: '校园安全责任事故', unit: '起', dir: 'lower', annual: 1, half: 1, w: 8, p: ['P8'], src: '区教育局安全稳定台账', prev: [1, 0], act: 0 }),
      hotline(8, 89.6, 90.2),
      esc(6, 95, 100),
      task({ key: 'jyj_task_group_schools', name: '集团化办学扩面提质', plan: 60, w: 10, p: ['P6'], src: '区教育局工作台账', prev: [100, 100], act: 60 }),
      task({ key: 'jyj_task_talent_kids', name: '高层次人才子女“一站式”入学保障', plan: 50, w: 8, p: ['P3', 'P6'], src: '区教育局人才子女入学台账', prev: [100, 100], act: 60 }),
      task({ key: 'jyj_task_experimental_school', name: '泰和实验学校（九年一贯制）主体完工', plan: 60, w: 8, p: ['P4', 'P6'], src: '区重点项目调度平台', prev: [100, 90], act: 45 }),
    ],
    submission: 'approved',
    highlights: '上半年新增公办学位2100个，新招聘教师420名，公办幼儿园在园幼儿占比提高到53.6%。组建泰和一中、科苑小学2个教育集团，义务教育优质均衡达标率88.5%。为186名高层次人才子女办理“一站式”入学，对企业人才子女入学诉求办结率100%。',
    h2Goals: '秋季学期前再新增公办学位5900个，全年新增8000个；新建改扩建学校开工9所；泰和实验学校主体完工；义务教育优质均衡达标率90%。',
    pillarMeasures: [
      { pillar: 'P6', content: '实施“学位攻坚”计划，通过新建、改扩建、挖潜扩容三条路径，年内新增公办学位8000个。' },
      { pillar: 'P3', content: '人才子女入学实行“一次申请、联审联办、10个工作日内答复”。' },
    ],
    gaps: [
      {
        description: '泰和实验学校主体工程完成45%，滞后计划15个百分点，9月开学已无法按期启用，1200名学生需过渡安置。',
        rootCause: '项目前期勘察不细，地下溶洞处理方案变更耗时两个半月；我局作为业主单位缺少工程管理专业人员，对施工进度失控没有及时预警上报。',
        measures: [
          {
            content: '委托城投集团代建管理，增加施工班组，确保2027年春季学期启用。',
            responsibleUnit: 'ctjt', responsiblePerson: '尹静（副总经理）', deadline: '2027-01-31', status: 'in_progress', pillar: 'P4',
          },
          {
            content: '制定1200名学生过渡安置方案，就近借用科苑小学、泰瑞中学富余校舍并落实校车接送。',
            responsibleUnit: 'jyj', responsiblePerson: '钟磊（副局长）', deadline: '2026-08-25', status: 'done', pillar: 'P6',
            progress: [{ date: '2026-08-22', note: '过渡校舍完成改造，开通校车线路6条，开学平稳。' }],
          },
        ],
      },
      {
        description: '新建改扩建学校开工5所，未完成半年6所的目标；12345热线教育类诉求满意率90.2%，在社会类部门中排名靠后。',
        rootCause: '学校建设用地与片区开发时序脱节，规划预留地块征收未完成；对学位、划片等热点问题解释口径不统一，基层学校答复简单生硬。',
        measures: [
          {
            content: '建立教育类热线诉求“首接负责、24小时回访”制度，对不满意工单由分管局领导逐件回访。',
            responsibleUnit: 'jyj', responsiblePerson: '姚红（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P6',
          },
        ],
      },
    ],
    panel2025H2: 83,
  },
  {
    code: 'rsj',
    name: '泰和高新区人力资源和社会保障局',
    shortName: '人社局',
    kind: 'department',
    group: 'social',
    head: { name: '冯国庆', title: '局长' },
    staff: { name: '彭丹', title: '就业促进科科长' },
    indicators: [
      main({ key: 'rsj_new_jobs', name: '城镇新增就业', unit: '人', annual: 15000, w: 12, p: ['P6'], src: '省就业信息监测系统', prev: [7000, 7320], act: 8260 }),
      main({ key: 'rsj_unemployment', name: '城镇调查失业率', unit: '%', dir: 'lower', annual: 5.5, half: 5.5, w: 8, p: ['P6'], src: '泰和市劳动力调查', prev: [5.5, 5.3], act: 5.2 }),
      main({ key: 'rsj_graduates', name: '吸引高校毕业生留泰来泰就业创业', unit: '人', annual: 12000, half: 5000, w: 12, p: ['P3'], src: '区人才服务中心登记台账', prev: [6000, 6410], act: 4620 }),
      main({ key: 'rsj_high_skill', name: '新增高技能人才', unit: '人', annual: 3000, half: 1500, w: 8, p: ['P3'], src: '省技能人才评价系统', prev: [1400, 1520], act: 1580 }),
      main({ key: 'rsj_pension_insured', name: '企业职工基本养老保险参保人数', unit: '万人', annual: 32, half: 31, w: 8, p: ['P6'], src: '省社会保险信息系统', prev: [30, 30.4], act: 31.2 }),
      main({ key: 'rsj_arbitration', name: '劳动人事争议仲裁结案率', unit: '%', annual: 95, half: 95, w: 8, p: ['P8'], src: '区劳动人事争议仲裁院', prev: [95, 96.2], act: 97.1 }),
      main({ key: 'rsj_talent_housing', name: '人才公寓配租', unit: '套', annual: 2000, half: 1000, w: 6, p: ['P3', 'P7'], src: '区人才安居服务平台', prev: [800, 760], act: 1030 }),
      esc(8, 93, 95.5),
      hotline(8, 92, 94.8),
      task({ key: 'rsj_task_postdoc', name: '博士后创新实践基地扩面', plan: 50, w: 10, p: ['P1', 'P3'], src: '区人社局工作台账', prev: [100, 100], act: 55 }),
      task({ key: 'rsj_task_no_arrears', name: '“无欠薪园区”创建', plan: 60, w: 12, p: ['P8'], src: '区根治欠薪工作专班台账', prev: [100, 90], act: 55 }),
    ],
    submission: 'submitted',
    highlights: '上半年城镇新增就业8260人，完成全年目标的55.1%；城镇调查失业率5.2%，控制在目标以内。新增高技能人才1580人，配租人才公寓1030套。劳动人事争议仲裁结案率97.1%，新设博士后创新实践基地4个。',
    h2Goals: '全年城镇新增就业1.5万人，吸引高校毕业生1.2万人留泰来泰；新增高技能人才3000人；年底前通过“无欠薪园区”市级验收。',
    pillarMeasures: [
      { pillar: 'P3', content: '开展“百校千企·才聚泰和”校园引才活动，全年赴重点高校专场招聘40场。' },
      { pillar: 'P8', content: '在建工程项目全面落实农民工实名制和工资专户，欠薪线索“接诉即办、动态清零”。' },
    ],
    gaps: [
      {
        description: '吸引高校毕业生4620人，仅完成半年目标的92.4%；毕业生“来了又走”问题突出，入职一年内流失率约27%。',
        rootCause: '引才活动“重招聘场次、轻岗位匹配”，推送岗位中制造业一线岗位占七成，与毕业生期望落差大；生活配套、职业发展通道等“留才”政策缺乏系统设计。',
        measures: [
          {
            content: '联合重点企业开发研发、管理类“见习+留用”岗位1000个，见习期满留用给予企业补贴。',
            responsibleUnit: 'rsj', responsiblePerson: '魏敏（副局长）', deadline: '2026-10-31', status: 'done', pillar: 'P3',
            progress: [{ date: '2026-09-20', note: '已开发见习岗位620个，上岗见习毕业生438人。' }],
          },
        ],
      },
      {
        description: '“无欠薪园区”创建完成55%，上半年受理欠薪投诉132件，其中工程建设领域占71%。',
        rootCause: '工资专户、实名制管理在中小在建项目落实不到位，我局日常监管以投诉处理为主，源头预防和动态监测手段不足。',
        measures: [
          {
            content: '会同建设局对全部在建项目开展工资支付专项检查，实名制考勤与工资专户数据实时比对预警。',
            responsibleUnit: 'jsj', responsiblePerson: '朱卫华（总工程师）', deadline: '2026-11-20', status: 'done', pillar: 'P8',
            progress: [{ date: '2026-11-18', note: '检查在建项目87个，督促补发工资1260万元，约谈总包单位9家。' }],
          },
        ],
      },
    ],
    panel2025H2: 85,
  },
  {
    code: 'cgj',
    name: '泰和高新区城市管理和综合执法局',
    shortName: '城管执法局',
    kind: 'department',
    group: 'social',
    head: { name: '韩振东', title: '局长' },
    staff: { name: '蒋雯', title: '综合科科长' },
    indicators: [
      main({ key: 'cgj_waste_sorting', name: '生活垃圾分类覆盖率', unit: '%', annual: 98, half: 96, w: 10, p: ['P6'], src: '区城市管理和综合执法局垃圾分类台账', prev: [95, 95.6], act: 97.2 }),
      main({ key: 'cgj_mechanized_cleaning', name: '道路机械化清扫率', unit: '%', annual: 95, half: 95, w: 8, p: ['P6'], src: '数字城管平台', prev: [93, 93.4], act: 95.8 }),
      main({ key: 'cgj_illegal_buildings', name: '存量违法建设治理面积', unit: '万平方米', annual: 30, half: 15, w: 10, p: ['P6'], src: '区违法建设治理专班台账', prev: [12, 10.8], act: 12.5 }),
      main({ key: 'cgj_parking', name: '新增公共停车泊位', unit: '个', annual: 5000, half: 2500, w: 8, p: ['P6'], src: '区智慧停车管理平台', prev: [2000, 2350], act: 2710 }),
      main({ key: 'cgj_green_space', name: '新增绿地面积', unit: '万平方米', annual: 60, half: 25, w: 8, p: ['P6'], src: '区园林绿化工程台账', prev: [30, 31.5], act: 18.6, ev: '含泰瑞路、泰康路沿线绿化带及口袋公园' }),
      main({ key: 'cgj_complaint_closure', name: '城市管理类投诉按期办结率', unit: '%', annual: 98, half: 98, w: 8, p: ['P6'], src: '数字城管平台', prev: [96, 95.1], act: 97.6 }),
      main({ key: 'cgj_digital_cases', name: '数字城管案件结案率', unit: '%', annual: 96, half: 96, w: 8, p: ['P6'], src: '数字城管平台', prev: [95, 96.4], act: 97.3 }),
      hotline(8, 86.5, 88.1),
      esc(6, 89, 91.5),
      task({ key: 'cgj_task_pocket_parks', name: '口袋公园建设', plan: 60, w: 14, p: ['P6'], src: '区城市管理和综合执法局工作台账', prev: [100, 100], act: 70 }),
      task({ key: 'cgj_task_operations_center', name: '城市运行管理服务平台建设', plan: 50, w: 12, p: ['P6', 'P8'], src: '区城市管理和综合执法局工作台账', prev: [100, 80], act: 40 }),
    ],
    submission: 'returned',
    returnComment: '新增绿地面积18.6万平方米与园林绿化工程竣工验收台账（合计11.2万平方米）不一致，请补充泰瑞路、泰康路绿化带验收资料或按验收口径更正；“差距短板”第二条根源剖析偏重客观原因，请结合本局履职情况深入剖析后重新提交。——区考核办',
    highlights: '上半年新增公共停车泊位2710个，生活垃圾分类覆盖率97.2%，道路机械化清扫率95.8%。建成口袋公园21个，治理存量违法建设12.5万平方米。数字城管案件结案率97.3%，城市管理类投诉按期办结率97.6%。',
    h2Goals: '全年新增公共停车泊位5000个、新增绿地60万平方米；完成30万平方米存量违法建设治理；城市运行管理服务平台年底前上线。',
    pillarMeasures: [
      { pillar: 'P6', content: '开展“净化、序化、绿化、亮化”城市环境提升行动，打造泰鸿路、泰瑞路等10条市容示范街。' },
    ],
    gaps: [
      {
        description: '新增绿地面积完成18.6万平方米，仅为半年目标的74.4%；3个公园绿地项目因苗木季节原因推迟种植。',
        rootCause: '年初计划安排没有充分考虑苗木种植季节，春季最佳种植期内招标尚未完成；我局对园林工程前期手续的时间估计过于乐观，统筹调度不够。',
        measures: [
          {
            content: '3个推迟项目利用秋季种植期集中施工，10月底前完成苗木栽植。',
            responsibleUnit: 'cgj', responsiblePerson: '白冰（副局长）', deadline: '2026-10-31', status: 'in_progress', pillar: 'P6',
          },
        ],
      },
      {
        description: '12345热线城管类诉求满意率88.1%，在社会类部门中排名末位；占道经营、噪音扰民类诉求重复投诉率达18%。',
        rootCause: '执法队员习惯“一罚了之”“一走了之”，对占道经营等问题疏堵结合不够；诉求办理以办结为目标、不以群众满意为标准，回访环节流于形式。',
        measures: [
          {
            content: '设置便民疏导点12处，对重复投诉点位实行“一点一策”、专人包保。',
            responsibleUnit: 'cgj', responsiblePerson: '秦海（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P6',
            progress: [{ date: '2026-09-15', note: '已设置便民疏导点8处，重复投诉率下降至11%。' }],
          },
        ],
      },
      {
        description: '城市运行管理服务平台建设完成40%，低于计划10个百分点。',
        rootCause: '平台需求与城市大脑二期存在交叉，前期没有与数据资源局统筹，重复论证耽误了近两个月。',
        measures: [
          {
            content: '与数据资源局建立联合建设机制，平台作为城市大脑二期的城管专题模块同步建设。',
            responsibleUnit: 'sjj', responsiblePerson: '夏天（副局长）', deadline: '2026-12-31', status: 'not_started', pillar: 'P6',
          },
        ],
      },
    ],
    adjustments: [
      { period: '2026H1', points: -1, reason: '泰康路背街小巷环境卫生问题被市城市管理工作督查通报', evidence: '市城管委督查通报（2026年第4期）' },
    ],
    panel2025H2: 74,
  },
  {
    code: 'ajj',
    name: '泰和高新区应急管理局',
    shortName: '应急局',
    kind: 'department',
    group: 'social',
    head: { name: '石磊', title: '局长' },
    staff: { name: '唐雪', title: '综合科科长' },
    indicators: [
      safety(15, 8, 4, [4, 5], 3, '上半年全区发生一般生产安全事故3起，同比下降40%'),
      main({ key: 'ajj_deaths', name: '生产安全事故死亡人数', unit: '人', dir: 'lower', annual: 4, half: 2, w: 12, p: ['P8'], src: '区应急管理局生产安全事故统计', prev: [2, 3], act: 2 }),
      main({ key: 'ajj_hazard_rectification', name: '重大事故隐患整改率', unit: '%', annual: 100, half: 100, w: 10, p: ['P8'], src: '省安全生产隐患排查治理系统', prev: [100, 96.8], act: 98.5 }),
      main({ key: 'ajj_inspections', name: '安全生产执法检查企业', unit: '家次', annual: 1600, half: 800, w: 8, p: ['P8'], src: '应急管理综合行政执法系统', prev: [700, 768], act: 856 }),
      main({ key: 'ajj_training', name: '企业主要负责人安全培训覆盖率', unit: '%', annual: 100, half: 90, w: 8, p: ['P8'], src: '区应急管理局培训台账', prev: [90, 93], act: 96 }),
      main({ key: 'ajj_drills', name: '开展应急演练', unit: '场', annual: 120, half: 60, w: 6, p: ['P8'], src: '区应急管理局演练台账', prev: [60, 71], act: 66 }),
      main({ key: 'ajj_shelters', name: '应急避难场所建设达标', unit: '个', annual: 12, half: 6, w: 8, p: ['P8'], src: '区应急管理局工作台账', prev: [5, 5], act: 4 }),
      esc(8, 96, 97),
      task({ key: 'ajj_task_root_cause', name: '安全生产治本攻坚三年行动', plan: 70, w: 13, p: ['P8'], src: '区安委办工作台账', prev: [100, 100], act: 70 }),
      task({ key: 'ajj_task_chemical_platform', name: '危险化学品企业智能化监管平台', plan: 60, w: 12, p: ['P8'], src: '区应急管理局工作台账', prev: [100, 90], act: 50 }),
    ],
    submission: 'approved',
    highlights: '上半年全区生产安全事故起数同比下降40%，未发生较大及以上事故。执法检查企业856家次，查处重大事故隐患67项、整改率98.5%。组织应急演练66场，企业主要负责人安全培训覆盖率96%。',
    h2Goals: '全年生产安全事故起数控制在8起以内、死亡人数控制在4人以内；重大事故隐患动态清零；危险化学品企业智能化监管平台上线；新建达标应急避难场所8个。',
    pillarMeasures: [
      { pillar: 'P8', content: '推行“企业自查、园区巡查、部门督查”三级隐患排查，重大事故隐患实行挂牌督办、销号管理。' },
    ],
    gaps: [
      {
        description: '应急避难场所达标4个，完成半年目标的66.7%；新建成区人均避难场所面积0.8平方米，低于省定1.5平方米标准。',
        rootCause: '避难场所建设依托公园、学校等场地，需多部门协同，我局只牵头不统筹，未把避难功能提前嵌入新建项目规划设计条件。',
        measures: [
          {
            content: '会同自然资源和规划分局将应急避难功能纳入新建公园、学校规划设计条件。',
            responsibleUnit: 'zrj', responsiblePerson: '雷鸣（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P8',
          },
          {
            content: '年内对8处公园、学校场地完成避难功能改造。',
            responsibleUnit: 'ajj', responsiblePerson: '熊伟（副局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P8',
          },
        ],
      },
      {
        description: '危险化学品企业智能化监管平台完成50%，计划60%；全区42家危化品企业中有15家的视频和传感数据未接入。',
        rootCause: '对企业端改造成本估计不足，小型危化品企业改造意愿低；我局在数据接入标准上迟迟没有定稿，企业无所适从。',
        measures: [
          {
            content: '8月底前出台数据接入技术规范，对15家未接入企业逐家上门指导，年底前全部接入。',
            responsibleUnit: 'ajj', responsiblePerson: '熊伟（副局长）', deadline: '2026-11-30', status: 'in_progress', pillar: 'P8',
          },
        ],
      },
    ],
    adjustments: [
      { period: '2025H2', points: -2, reason: '辖区发生1起造成3人死亡的一般生产安全事故，被市安委会约谈', evidence: '市安委办约谈通知' },
    ],
    panel2025H2: 78,
  },
  {
    code: 'szj',
    name: '泰和高新区社会治理局',
    shortName: '社会治理局',
    kind: 'department',
    group: 'social',
    head: { name: '邱红霞', title: '局长' },
    staff: { name: '范磊', title: '基层治理科科长' },
    indicators: [
      main({ key: 'szj_petition_acceptance', name: '信访事项及时受理率', unit: '%', annual: 100, half: 100, w: 10, p: ['P8'], src: '国家信访信息系统', prev: [100, 99.2], act: 99.6 }),
      main({ key: 'szj_first_petition', name: '初信初访化解率', unit: '%', annual: 90, half: 90, w: 10, p: ['P8'], src: '国家信访信息系统', prev: [88, 86.4], act: 89.1 }),
      main({ key: 'szj_grid_events', name: '网格事件办结率', unit: '%', annual: 98, half: 98, w: 8, p: ['P8'], src: '区网格化社会治理平台', prev: [97, 97.8], act: 98.6 }),
      main({ key: 'szj_embedded_elderly', name: '新增社区嵌入式养老服务设施', unit: '个', annual: 12, half: 6, w: 10, p: ['P6'], src: '省养老服务信息平台', prev: [6, 6], act: 7 }),
      main({ key: 'szj_elderly_meals', name: '老年助餐服务点', unit: '个', annual: 80, half: 60, w: 8, p: ['P6'], src: '区社会治理局养老服务台账', prev: [50, 52], act: 61 }),
      main({ key: 'szj_star_communities', name: '星级社区创建', unit: '个', annual: 20, half: 10, w: 8, p: ['P6'], src: '区社会治理局工作台账', prev: [8, 9], act: 8 }),
      main({ key: 'szj_social_orgs', name: '培育社区社会组织', unit: '个', annual: 60, half: 30, w: 6, p: ['P6'], src: '社会组织登记管理系统', prev: [25, 28], act: 33 }),
      hotline(10, 90.5, 91.6),
      esc(8, 92, 94),
      task({ key: 'szj_task_fengqiao', name: '新时代“枫桥式”社区创建', plan: 60, w: 12, p: ['P8'], src: '区平安建设工作台账', prev: [100, 100], act: 62 }),
      task({ key: 'szj_task_mediation_center', name: '矛盾纠纷多元化解中心实体化运行', plan: 70, w: 10, p: ['P8'], src: '区社会治理局工作台账', prev: [100, 100], act: 70 }),
    ],
    submission: 'none',
    highlights: '上半年信访事项及时受理率99.6%，初信初访化解率89.1%。新增社区嵌入式养老服务设施7个、老年助餐服务点61个，日均助餐3200人次。矛盾纠纷多元化解中心调处纠纷1860件，调解成功率96%。',
    h2Goals: '全年初信初访化解率90%以上；新增嵌入式养老服务设施12个、老年助餐点80个；创建星级社区20个、“枫桥式”社区8个。',
    pillarMeasures: [
      { pillar: 'P8', content: '推行“网格+警格+法律顾问”联动，矛盾纠纷小事不出网格、大事不出社区。' },
      { pillar: 'P6', content: '在新建安置小区同步配建嵌入式养老服务设施，实现15分钟养老服务圈全覆盖。' },
    ],
    gaps: [
      {
        description: '星级社区创建8个，未完成半年10个的目标；新建安置社区治理力量薄弱，平均每名社工服务居民超过600人。',
        rootCause: '社区工作者招录计划审批滞后，我局没有及时向编办、人社部门提出动态调整需求；对新建社区“先建后治”的规律认识不够。',
        measures: [
          {
            content: '按每300户配备1名社区工作者的标准补充招录社工60名。',
            responsibleUnit: 'rsj', responsiblePerson: '魏敏（副局长）', deadline: '2026-11-30', status: 'in_progress', pillar: 'P6',
          },
        ],
      },
      {
        description: '初信初访化解率89.1%，重复信访件占信访总量的21%，集中在征收补偿和物业纠纷。',
        rootCause: '首办责任单位“转交即了事”，我局对办理质量的跟踪督办不够；征收历史遗留问题政策把握不一，群众“信上不信下”。',
        measures: [
          {
            content: '建立重复信访件局领导包案制度，对征收补偿类历史遗留问题逐件研究化解方案。',
            responsibleUnit: 'szj', responsiblePerson: '顾晓东（副局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P8',
          },
        ],
      },
    ],
    panel2025H2: 80,
  },
];

// ---------------------------------------------------------------------------
// 派驻机构
// ---------------------------------------------------------------------------

const agencyUnits: DemoUnit[] = [
  {
    code: 'gaj',
    name: '泰和市公安局高新技术产业开发区分局',
    shortName: '公安分局',
    kind: 'agency',
    group: 'agency',
    head: { name: '罗志强', title: '党委书记、分局局长' },
    staff: { name: '袁婷', title: '警务保障室主任' },
    indicators: [
      main({ key: 'gaj_crime_drop', name: '刑事案件立案数同比下降', unit: '%', annual: 8, half: 8, w: 12, p: ['P8'], src: '公安综合业务平台', prev: [8, 9.6], act: 11.3 }),
      main({ key: 'gaj_fraud_drop', name: '电信网络诈骗案件发案数同比下降', unit: '%', annual: 15, half: 15, w: 12, p: ['P8'], src: '反诈预警劝阻平台', prev: [12, 10.5], act: 18.2 }),
      main({ key: 'gaj_violent_clearance', name: '八类严重暴力案件破案率', unit: '%', annual: 100, half: 100, w: 10, p: ['P8'], src: '公安综合业务平台', prev: [100, 100], act: 100 }),
      main({ key: 'gaj_drug_drop', name: '新发现吸毒人员同比下降', unit: '%', annual: 10, half: 10, w: 10, p: ['P8'], src: '禁毒信息系统', prev: [10, 12.4], act: 9.1 }),
      main({ key: 'gaj_economic_recovery', name: '破获涉企经济犯罪案件挽回损失', unit: '亿元', annual: 2, w: 8, p: ['P5', 'P8'], src: '经侦案件管理系统', prev: [0.8, 1.1], act: 1.35 }),
      main({ key: 'gaj_one_window', name: '户籍业务“一窗通办”即办率', unit: '%', annual: 95, half: 95, w: 8, p: ['P5'], src: '人口信息管理系统', prev: [92, 93], act: 96.2 }),
      main({ key: 'gaj_sense_of_security', name: '群众安全感满意度', unit: '%', annual: 98, half: 98, w: 10, p: ['P8'], src: '省统计局平安建设民意调查', prev: [97.5, 97.8], act: 98.3 }),
      esc(8, 95.5, 98.3),
      hotline(8, 94.2, 95.9),
      task({ key: 'gaj_task_smart_communities', name: '智慧安防小区建设', plan: 60, w: 14, p: ['P8'], src: '分局科技信息化工作台账', prev: [100, 95], act: 66 }),
    ],
    submission: 'approved',
    highlights: '上半年刑事案件立案数同比下降11.3%，电信网络诈骗发案数下降18.2%，八类严重暴力案件全部破获。破获涉企经济犯罪案件17起，为企业挽回损失1.35亿元。建成智慧安防小区46个，群众安全感满意度98.3%。',
    h2Goals: '全年刑事案件立案数下降8%以上、电诈发案数下降15%以上；八类案件破案率保持100%；年底前建成智慧安防小区70个，群众安全感满意度98%以上。',
    pillarMeasures: [
      { pillar: 'P8', content: '深化“情指行”一体化实战机制，主干道、重点园区视频监控“一张网”全覆盖。' },
      { pillar: 'P5', content: '在重点园区设立“警企服务站”12个，涉企警情“快受理、快立案、快侦办”。' },
    ],
    gaps: [
      {
        description: '新发现吸毒人员同比下降9.1%，未完成下降10%的目标；新型毒品和涉麻精药品滥用占新发现人员的四成。',
        rootCause: '禁毒宣传仍以发传单、拉横幅为主，对新型毒品的针对性宣传不够；对娱乐场所的常态化检查存在“打一阵、松一阵”的问题。',
        measures: [
          {
            content: '对辖区42家娱乐场所实行“每月必查、异常必核”，联合社会事业局进校园开展新型毒品专题宣传。',
            responsibleUnit: 'gaj', responsiblePerson: '方剑（副局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P8',
          },
        ],
      },
      {
        description: '涉企警情平均出警时间9分钟，高于承诺的5分钟；2起涉企合同诈骗案件立案时间超过30天，企业反映强烈。',
        rootCause: '园区警力配置与产业布局不匹配，新建园区仍由原辖区派出所兼管；经侦受立案审核环节多，对涉企案件没有开辟快速通道。',
        measures: [
          {
            content: '在泰和智造产业园、泰和创新港设立警务室，调整警力20名下沉园区。',
            responsibleUnit: 'gaj', responsiblePerson: '崔勇（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P5',
            progress: [{ date: '2026-09-10', note: '两个园区警务室挂牌运行，涉企警情平均出警时间缩短至5分30秒。' }],
          },
        ],
      },
    ],
    adjustments: [
      { period: '2025H2', points: 2, reason: '泰鸿路派出所获评全国“枫桥式公安派出所”', evidence: '公安部命名通报' },
    ],
    panel2025H2: 89,
  },
  {
    code: 'swj',
    name: '国家税务总局泰和高新技术产业开发区税务局',
    shortName: '税务局',
    kind: 'agency',
    group: 'agency',
    head: { name: '钱卫东', title: '党委书记、局长' },
    staff: { name: '董小芸', title: '办公室副主任' },
    indicators: [
      main({ key: 'swj_tax_revenue', name: '税收收入', unit: '亿元', annual: 132, half: 70, w: 15, p: ['P7'], src: '税收收入统计月报', prev: [60, 61.8], act: 67.4 }),
      main({ key: 'swj_export_rebate_days', name: '出口退税平均办理时间', unit: '天', dir: 'lower', annual: 3, half: 3, w: 10, p: ['P5'], src: '出口退税管理系统', prev: [3, 3.2], act: 2.4 }),
      main({ key: 'swj_rd_deduction', name: '研发费用加计扣除政策惠及企业', unit: '户', annual: 2200, half: 2000, w: 10, p: ['P1'], src: '金税系统企业所得税汇算数据', prev: [200, 236], act: 2165 }),
      main({ key: 'swj_a_credit', name: '纳税信用A级企业', unit: '户', annual: 1000, half: 950, w: 8, p: ['P5'], src: '纳税信用管理系统', prev: [850, 872], act: 963 }),
      main({ key: 'swj_arrears_collection', name: '欠税清缴率', unit: '%', annual: 90, half: 85, w: 8, p: ['P7'], src: '税收征管系统', prev: [85, 80.3], act: 78.6 }),
      main({ key: 'swj_e_invoice', name: '全面数字化电子发票受票企业覆盖率', unit: '%', annual: 100, half: 100, w: 8, p: ['P5'], src: '电子发票服务平台', prev: [95, 96.7], act: 99.2 }),
      main({ key: 'swj_taxpayer_satisfaction', name: '纳税人满意度', unit: '分', annual: 92, half: 92, w: 8, p: ['P5'], src: '国家税务总局纳税人满意度调查', prev: [90, 91.2], act: 93.5 }),
      esc(8, 97.2, 99.3),
      task({ key: 'swj_task_tax_bank', name: '“银税互动”扩面增效', plan: 60, w: 13, p: ['P5', 'P7'], src: '区税务局纳税服务科台账', prev: [100, 100], act: 75 }),
      task({ key: 'swj_task_risk_control', name: '涉税风险精准防控', plan: 50, w: 12, p: ['P7'], src: '区税务局风险管理台账', prev: [100, 100], act: 50 }),
    ],
    submission: 'approved',
    highlights: '上半年组织税收收入67.4亿元，同比增长7.9%。研发费用加计扣除惠及企业2165户、减免税额31.6亿元。出口退税平均办理时间压缩至2.4天，“银税互动”帮助小微企业获得贷款28.7亿元，纳税人满意度93.5分。',
    h2Goals: '全年组织税收收入132亿元；出口退税平均办理时间稳定在3天以内；欠税清缴率达到90%；“银税互动”贷款突破50亿元。',
    pillarMeasures: [
      { pillar: 'P5', content: '推出“泰好办·税费服务直通车”，对重点企业实行“一户一专员”，政策红利“直达快享”。' },
      { pillar: 'P1', content: '会同科技创新局开展研发费用归集辅导，确保加计扣除政策应享尽享。' },
    ],
    gaps: [
      {
        description: '欠税清缴率78.6%，比半年目标低6.4个百分点；2家房地产企业欠税合计1.9亿元，占欠税总额的62%。',
        rootCause: '对房地产企业资金链风险预判不足，欠税发生后清缴手段单一，与法院、自然资源等部门的协作处置机制不健全。',
        measures: [
          {
            content: '对2家欠税房企联合法院、自然资源和规划分局实施资产查封和以物抵税处置。',
            responsibleUnit: 'swj', responsiblePerson: '柳青（副局长）', deadline: '2026-11-30', status: 'in_progress', pillar: 'P7',
            progress: [{ date: '2026-11-05', note: '已查封其中1家企业未售房产126套，申请强制执行。' }],
          },
        ],
      },
      {
        description: '税收收入67.4亿元，完成半年目标的96.3%；税收增速低于一般公共预算收入增速0.7个百分点。',
        rootCause: '对新落地企业总部结算、跨区域税源转移等情况跟踪不及时，存在“落地不落税”的情况；税源分析报告对管委会决策的参考作用发挥不够。',
        measures: [
          {
            content: '联合投资促进局建立新签约项目税源跟踪台账，项目投产后按季核实税收贡献。',
            responsibleUnit: 'tcj', responsiblePerson: '徐亮（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P3',
          },
        ],
      },
    ],
    adjustments: [
      { period: '2026H1', points: 2, reason: '入选国家税务总局“智慧税务”建设试点单位', evidence: '国家税务总局试点通知' },
    ],
    panel2025H2: 92,
  },
  {
    code: 'scj',
    name: '泰和市市场监督管理局高新区分局',
    shortName: '市场监管分局',
    kind: 'agency',
    group: 'agency',
    head: { name: '薛红', title: '分局局长' },
    staff: { name: '程浩', title: '综合科科长' },
    indicators: [
      main({ key: 'scj_new_entities', name: '新登记经营主体', unit: '户', annual: 18000, w: 10, p: ['P5'], src: '市场主体登记注册系统', prev: [8000, 8420], act: 9350 }),
      main({ key: 'scj_new_enterprises', name: '新登记企业', unit: '户', annual: 7000, w: 10, p: ['P5'], src: '市场主体登记注册系统', prev: [3200, 3150], act: 3240 }),
      main({ key: 'scj_food_safety', name: '食品安全监督抽检合格率', unit: '%', annual: 98, half: 98, w: 10, p: ['P8'], src: '国家食品安全抽样检验信息系统', prev: [98, 98.3], act: 98.9 }),
      main({ key: 'scj_standards', name: '主导或参与制修订国家、行业标准', unit: '项', annual: 30, half: 12, w: 8, p: ['P1'], src: '全国标准信息公共服务平台', prev: [15, 16], act: 13 }),
      main({ key: 'scj_ip_pledge', name: '知识产权质押融资额', unit: '亿元', annual: 30, w: 10, p: ['P1', 'P7'], src: '国家知识产权局质押登记系统', prev: [12, 14.6], act: 17.3 }),
      main({ key: 'scj_consumer_complaints', name: '消费投诉按期办结率', unit: '%', annual: 99, half: 99, w: 8, p: ['P6'], src: '全国12315平台', prev: [98, 98.6], act: 99.4 }),
      main({ key: 'scj_special_equipment', name: '特种设备定期检验率', unit: '%', annual: 100, half: 100, w: 8, p: ['P8'], src: '特种设备安全监管平台', prev: [99, 99.2], act: 99.7 }),
      esc(8, 96.5, 97.8),
      hotline(8, 92.5, 93.9),
      task({ key: 'scj_task_credit_repair', name: '信用修复“一件事”改革', plan: 60, w: 10, p: ['P5'], src: '分局信用监管科台账', prev: [100, 100], act: 65 }),
      task({ key: 'scj_task_ip_park', name: '创建国家知识产权强国建设示范园区', plan: 50, w: 10, p: ['P1'], src: '分局知识产权科台账', prev: [100, 90], act: 40 }),
    ],
    submission: 'submitted',
    highlights: '上半年新登记经营主体9350户，同比增长11%；知识产权质押融资17.3亿元，同比增长43%。食品安全监督抽检合格率98.9%，特种设备定期检验率99.7%。信用修复“一件事”上线以来为312户企业完成信用修复。',
    h2Goals: '全年新登记经营主体1.8万户、新登记企业7000户；知识产权质押融资30亿元；国家知识产权强国建设示范园区创建通过评审。',
    pillarMeasures: [
      { pillar: 'P1', content: '推广“专利+商标”组合质押和知识产权保险，全年服务科技企业融资200家次以上。' },
      { pillar: 'P5', content: '推行“综合查一次”，同一企业同一年度跨部门联合检查原则上不超过1次。' },
    ],
    gaps: [
      {
        description: '新登记企业3240户，完成序时进度的92.6%；新登记主体中个体工商户占比上升，企业类主体增长乏力。',
        rootCause: '登记服务前移不够，对招商签约项目、孵化器在孵团队的注册服务没有主动对接；“企业开办”宣传集中在窗口，线上引导薄弱。',
        measures: [
          {
            content: '在孵化器、产业园区设立登记注册服务点6个，对签约项目实行“签约即注册”上门服务。',
            responsibleUnit: 'scj', responsiblePerson: '戴立新（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P5',
          },
        ],
      },
      {
        description: '国家知识产权强国建设示范园区创建完成40%，低于计划10个百分点；高价值专利培育中心只建成1个。',
        rootCause: '对创建评价指标研究不深，前期精力放在日常监管执法上，知识产权工作力量只有2人；与科技创新局的专利培育工作各干各的。',
        measures: [
          {
            content: '与科技创新局联合建设新材料、光电两个高价值专利培育中心。',
            responsibleUnit: 'kcj', responsiblePerson: '宋佳（副局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P1',
          },
          {
            content: '从执法队伍中抽调3名骨干充实知识产权工作力量。',
            responsibleUnit: 'scj', responsiblePerson: '薛红（分局局长）', deadline: '2026-07-31', status: 'done', pillar: 'P1',
          },
        ],
      },
    ],
    panel2025H2: 87,
  },
  {
    code: 'zrj',
    name: '泰和市自然资源和规划局高新区分局',
    shortName: '自然资源和规划分局',
    kind: 'agency',
    group: 'agency',
    head: { name: '蔡文军', title: '分局局长' },
    staff: { name: '丁悦', title: '规划科科长' },
    indicators: [
      main({ key: 'zrj_industrial_land', name: '工业用地供应', unit: '亩', annual: 3000, half: 1200, w: 12, p: ['P7'], src: '自然资源部土地市场动态监测与监管系统', prev: [1500, 1380], act: 1105 }),
      main({ key: 'zrj_standard_land', name: '工业用地“标准地”出让占比', unit: '%', annual: 90, half: 90, w: 10, p: ['P5', 'P7'], src: '土地出让合同台账', prev: [85, 87], act: 92.5 }),
      main({ key: 'zrj_idle_land', name: '批而未供和闲置土地处置', unit: '亩', annual: 2400, half: 1200, w: 10, p: ['P7'], src: '省批而未供和闲置土地监管系统', prev: [1000, 1060], act: 1320 }),
      main({ key: 'zrj_cert_on_delivery', name: '“交地即交证”实现率', unit: '%', annual: 100, half: 100, w: 8, p: ['P5'], src: '不动产登记系统', prev: [90, 94], act: 100 }),
      main({ key: 'zrj_tax_per_mu', name: '工业用地亩均税收', unit: '万元', annual: 42, half: 40, w: 8, p: ['P2', 'P7'], src: '工业企业亩均效益评价系统', prev: [38, 38.6], act: 39.2 }),
      main({ key: 'zrj_detailed_plan', name: '控制性详细规划编制覆盖率', unit: '%', annual: 95, half: 90, w: 8, p: ['P6'], src: '国土空间规划“一张图”系统', prev: [85, 86], act: 88 }),
      main({ key: 'zrj_illegal_land', name: '新增违法用地面积', unit: '亩', dir: 'lower', annual: 30, half: 15, w: 8, p: ['P8'], src: '卫片执法检查系统', prev: [15, 18.4], act: 9.6 }),
      esc(8, 90, 93.1),
      task({ key: 'zrj_task_mixed_land', name: '工业用地“M0”新型产业用地改革', plan: 60, w: 14, p: ['P5', 'P7'], src: '分局改革工作台账', prev: [100, 90], act: 60 }),
      task({ key: 'zrj_task_one_map', name: '国土空间详细规划“一张图”建设', plan: 50, w: 14, p: ['P6'], src: '分局规划科台账', prev: [100, 100], act: 35 }),
    ],
    submission: 'submitted',
    highlights: '上半年处置批而未供和闲置土地1320亩，完成全年任务的55%。工业用地“标准地”出让占比92.5%，“交地即交证”实现率100%。新增违法用地9.6亩，同比下降47.8%。',
    h2Goals: '全年供应工业用地3000亩；处置批而未供和闲置土地2400亩；工业用地亩均税收42万元；详细规划“一张图”年底前建成。',
    pillarMeasures: [
      { pillar: 'P7', content: '建立“亩均论英雄”用地评价机制，对亩均税收低于10万元的企业实行差别化用地政策，盘活低效用地1000亩。' },
      { pillar: 'P5', content: '工业项目全面推行“标准地+承诺制+代办制”，实现“拿地即开工”。' },
    ],
    gaps: [
      {
        description: '工业用地供应1105亩，仅完成半年目标的92.1%；3宗已挂牌地块因征收遗留问题未能按期交地。',
        rootCause: '土地收储与供应计划衔接不紧，对征收补偿遗留问题“带病挂牌”心存侥幸；分局与征收部门信息不对称，问题暴露时已影响交地。',
        measures: [
          {
            content: '建立“净地”出让联合核查制度，挂牌前由分局会同社会治理局、属地街道联合核验。',
            responsibleUnit: 'zrj', responsiblePerson: '雷鸣（副局长）', deadline: '2026-08-31', status: 'done', pillar: 'P7',
          },
        ],
      },
      {
        description: '详细规划“一张图”建设完成35%，比计划滞后15个百分点；部分片区控规与实际建设不符，影响项目规划条件出具。',
        rootCause: '历史规划数据标准不一，入库数据清洗量远超预期；分局技术力量不足，对外委技术单位的进度管理松散。',
        measures: [
          {
            content: '对技术单位实行周进度考核，增加数据清洗人员15名，年底前完成全域入库。',
            responsibleUnit: 'zrj', responsiblePerson: '蔡文军（分局局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P6',
          },
        ],
      },
    ],
    panel2025H2: 80,
  },
  {
    code: 'sthj',
    name: '泰和市生态环境局高新区分局',
    shortName: '生态环境分局',
    kind: 'agency',
    group: 'agency',
    head: { name: '贺明辉', title: '分局局长' },
    staff: { name: '龚雪', title: '污染防治科科长' },
    indicators: [
      main({ key: 'sthj_pm25', name: '细颗粒物（PM2.5）平均浓度', unit: '微克/立方米', dir: 'lower', annual: 32, half: 36, w: 15, p: ['P6'], src: '国家空气质量自动监测站', prev: [30, 29.5], act: 38.2 }),
      main({ key: 'sthj_good_days', name: '空气质量优良天数比例', unit: '%', annual: 82, half: 78, w: 12, p: ['P6'], src: '国家空气质量自动监测站', prev: [85, 86.4], act: 76.8 }),
      main({ key: 'sthj_water_sections', name: '国省控断面水质达标率', unit: '%', annual: 100, half: 100, w: 10, p: ['P6'], src: '地表水水质自动监测站', prev: [100, 100], act: 100 }),
      main({ key: 'sthj_eia_days', name: '环评审批平均时限', unit: '天', dir: 'lower', annual: 15, half: 15, w: 8, p: ['P5'], src: '环评审批信息系统', prev: [20, 18], act: 9 }),
      main({ key: 'sthj_emission_projects', name: '重点减排工程完成', unit: '个', annual: 24, half: 12, w: 8, p: ['P6'], src: '分局污染防治攻坚台账', prev: [12, 13], act: 12 }),
      main({ key: 'sthj_petitions', name: '生态环境信访办结率', unit: '%', annual: 100, half: 100, w: 8, p: ['P8'], src: '生态环境信访投诉平台', prev: [100, 100], act: 100 }),
      main({ key: 'sthj_soil_safety', name: '重点建设用地安全利用率', unit: '%', annual: 100, half: 100, w: 6, p: ['P8'], src: '全国土壤环境信息平台', prev: [100, 100], act: 100 }),
      esc(8, 93, 96.6),
      hotline(7, 90, 92.1),
      task({ key: 'sthj_task_inspection_rectification', name: '中央生态环境保护督察反馈问题整改', plan: 70, w: 10, p: ['P6', 'P8'], src: '督察整改工作专班台账', prev: [100, 92], act: 65 }),
      task({ key: 'sthj_task_zero_waste', name: '“无废园区”建设', plan: 50, w: 8, p: ['P6'], src: '分局固体废物管理台账', prev: [100, 100], act: 50 }),
    ],
    submission: 'approved',
    highlights: '上半年环评审批平均时限压缩至9天，对47个重点项目实行环评“打捆审批”。国省控断面水质达标率100%，重点建设用地安全利用率100%。完成重点减排工程12个，生态环境信访件全部按期办结。',
    h2Goals: '全年PM2.5平均浓度控制在32微克/立方米以内、优良天数比例82%以上；中央督察反馈问题年底前完成整改销号；“无废园区”通过省级评估。',
    pillarMeasures: [
      { pillar: 'P6', content: '实施秋冬季大气污染防治攻坚，对扬尘、VOCs排放重点企业“一厂一策”精准管控。' },
      { pillar: 'P5', content: '推行环评“打捆审批”和排污许可“两证合一”，重点项目环评审批时限压缩到10天以内。' },
    ],
    gaps: [
      {
        description: 'PM2.5平均浓度38.2微克/立方米，超出半年控制目标2.2微克；1—3月出现重污染天气6天，优良天数比例76.8%。',
        rootCause: '对建筑工地扬尘和渣土运输的联合执法停留在专项行动，未形成常态；对VOCs排放企业的错峰生产方案落实检查不到位，应急减排清单更新滞后。',
        measures: [
          {
            content: '与建设局、城管执法局建立扬尘治理联合执法机制，施工工地“六个百分之百”不达标的一律停工整改。',
            responsibleUnit: 'cgj', responsiblePerson: '秦海（副局长）', deadline: '2026-10-31', status: 'in_progress', pillar: 'P6',
          },
          {
            content: '更新重污染天气应急减排清单，对68家涉VOCs企业逐家核定减排措施。',
            responsibleUnit: 'sthj', responsiblePerson: '万琳（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P6',
          },
        ],
      },
      {
        description: '中央生态环境保护督察反馈问题整改完成65%，计划70%；泰和河支流黑臭水体治理未达到销号标准。',
        rootCause: '对管网混错接问题的复杂性估计不足，整改方案“头痛医头”；分局牵头但缺少对水务公司等实施单位的有效督办手段。',
        measures: [
          {
            content: '水务公司完成泰和河支流沿线雨污分流改造5.6公里，实现旱天无污水直排。',
            responsibleUnit: 'swgs', responsiblePerson: '莫志勇（副总经理）', deadline: '2026-11-15', status: 'in_progress', pillar: 'P6',
            progress: [{ date: '2026-10-28', note: '已完成改造3.9公里，剩余段落涉及2处厂区内管网。' }],
          },
        ],
      },
    ],
    panel2025H2: 77,
  },
  {
    code: 'xfd',
    name: '泰和市消防救援支队高新区大队',
    shortName: '消防救援大队',
    kind: 'agency',
    group: 'agency',
    head: { name: '潘国栋', title: '大队长' },
    staff: { name: '汪琳', title: '防火监督员' },
    indicators: [
      main({ key: 'xfd_fatal_fires', name: '火灾亡人事故', unit: '起', dir: 'lower', annual: 1, half: 1, w: 15, p: ['P8'], src: '全国火灾统计管理系统', prev: [1, 0], act: 0 }),
      main({ key: 'xfd_fire_drop', name: '火灾起数同比下降', unit: '%', annual: 10, half: 10, w: 10, p: ['P8'], src: '全国火灾统计管理系统', prev: [8, 6.2], act: 12.5 }),
      main({ key: 'xfd_inspections', name: '消防监督检查单位', unit: '家次', annual: 3000, half: 1500, w: 10, p: ['P8'], src: '消防监督管理系统', prev: [1400, 1520], act: 1632 }),
      main({ key: 'xfd_major_hazards', name: '重大火灾隐患整改销案率', unit: '%', annual: 100, half: 100, w: 10, p: ['P8'], src: '消防监督管理系统', prev: [100, 100], act: 92 }),
      main({ key: 'xfd_response_time', name: '接警出动平均用时', unit: '秒', dir: 'lower', annual: 60, half: 60, w: 8, p: ['P8'], src: '119接处警系统', prev: [60, 58], act: 55 }),
      main({ key: 'xfd_micro_stations', name: '微型消防站建设达标', unit: '个', annual: 40, half: 20, w: 8, p: ['P8'], src: '大队防火监督台账', prev: [20, 21], act: 14 }),
      main({ key: 'xfd_training', name: '社会单位消防安全培训', unit: '人次', annual: 20000, half: 10000, w: 8, p: ['P8'], src: '大队宣传培训台账', prev: [10000, 11200], act: 12300 }),
      esc(8, 95, 96.4),
      task({ key: 'xfd_task_ebike', name: '电动自行车消防安全综合治理', plan: 60, w: 13, p: ['P8'], src: '区安委办专项整治台账', prev: [100, 100], act: 70 }),
      task({ key: 'xfd_task_hydrants', name: '市政消火栓补建', plan: 50, w: 10, p: ['P6', 'P8'], src: '大队市政消防水源台账', prev: [100, 100], act: 45 }),
    ],
    submission: 'approved',
    highlights: '上半年未发生火灾亡人事故，火灾起数同比下降12.5%。检查社会单位1632家次，培训社会单位人员1.23万人次。电动自行车消防安全综合治理新建集中充电设施3600个，接警出动平均用时55秒。',
    h2Goals: '全年杜绝较大以上火灾事故，火灾起数下降10%以上；25项重大火灾隐患全部整改销案；微型消防站建设达标40个；补建市政消火栓180个。',
    pillarMeasures: [
      { pillar: 'P8', content: '对高层建筑、大型综合体、“三合一”场所开展消防安全“清单式”排查，隐患整改实行“一患一档”。' },
    ],
    gaps: [
      {
        description: '微型消防站达标14个，仅完成半年目标的70%；重大火灾隐患25项中2项未按期销案。',
        rootCause: '微型消防站建设依赖社会单位自建，大队只下通知、不抓验收；对涉及产权分散的老旧厂房隐患，整改资金责任难以落实，大队没有及时提请管委会协调。',
        measures: [
          {
            content: '对未达标的26个微型消防站逐个上门指导验收，年底前全部达标。',
            responsibleUnit: 'xfd', responsiblePerson: '邹凯（副大队长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P8',
          },
          {
            content: '提请区安委会对2项未销案重大火灾隐患挂牌督办，由应急管理局牵头协调整改资金。',
            responsibleUnit: 'ajj', responsiblePerson: '熊伟（副局长）', deadline: '2026-08-31', status: 'done', pillar: 'P8',
          },
        ],
      },
      {
        description: '市政消火栓补建完成45%，计划50%；泰和智造产业园一期周边仍有1.8公里道路无市政消火栓。',
        rootCause: '消火栓补建与道路、供水管网改造没有同步规划，大队对市政工程计划掌握不及时。',
        measures: [
          {
            content: '与水务公司建立管网改造与消火栓补建同步实施机制。',
            responsibleUnit: 'swgs', responsiblePerson: '莫志勇（副总经理）', deadline: '2026-10-31', status: 'not_started', pillar: 'P6',
          },
        ],
      },
    ],
    panel2025H2: 84,
  },
  {
    code: 'jjd',
    name: '泰和市公安局交通警察支队高新区大队',
    shortName: '交警大队',
    kind: 'agency',
    group: 'agency',
    head: { name: '史建华', title: '大队长' },
    staff: { name: '武佳', title: '综合室副主任' },
    indicators: [
      main({ key: 'jjd_accident_drop', name: '道路交通事故起数同比下降', unit: '%', annual: 8, half: 8, w: 12, p: ['P8'], src: '公安交通管理综合应用平台', prev: [6, 5.1], act: 7.4 }),
      main({ key: 'jjd_deaths', name: '道路交通事故死亡人数', unit: '人', dir: 'lower', annual: 6, half: 3, w: 12, p: ['P8'], src: '公安交通管理综合应用平台', prev: [3, 4], act: 2 }),
      main({ key: 'jjd_peak_speed', name: '高峰时段主干道平均车速', unit: '公里/小时', annual: 32, half: 30, w: 10, p: ['P6'], src: '交通信号控制系统', prev: [30, 29.1], act: 30.6 }),
      main({ key: 'jjd_signal_optimization', name: '信号灯智能配时优化路口', unit: '个', annual: 120, half: 60, w: 8, p: ['P6'], src: '交通信号控制系统', prev: [50, 54], act: null }),
      main({ key: 'jjd_helmet', name: '电动自行车骑乘人员头盔佩戴率', unit: '%', annual: 95, half: 92, w: 8, p: ['P8'], src: '大队路面抽样调查', prev: [90, 91.5], act: 93.8 }),
      main({ key: 'jjd_key_vehicles', name: '重点车辆逾期未检验清零率', unit: '%', annual: 100, half: 95, w: 8, p: ['P8'], src: '机动车登记系统', prev: [95, 96], act: 97.2 }),
      main({ key: 'jjd_online_handling', name: '交通违法线上处理率', unit: '%', annual: 90, half: 90, w: 8, p: ['P5'], src: '交通安全综合服务管理平台', prev: [85, 88.2], act: 91.5 }),
      hotline(8, 88.4, 89.5),
      esc(8, 92.6, 94.7),
      task({ key: 'jjd_task_school_zones', name: '中小学校周边“护学岗”全覆盖', plan: 70, w: 10, p: ['P6'], src: '大队秩序中队台账', prev: [100, 100], act: null }),
      task({ key: 'jjd_task_black_spots', name: '事故多发路段（点）整治', plan: 60, w: 8, p: ['P8'], src: '大队事故预防中队台账', prev: [100, 95], act: 58 }),
    ],
    submission: 'draft',
    highlights: '上半年道路交通事故起数同比下降7.4%，死亡人数2人、同比减少2人。高峰时段主干道平均车速提高到30.6公里/小时，电动自行车骑乘人员头盔佩戴率93.8%。',
    h2Goals: '全年道路交通事故起数下降8%、死亡人数控制在6人以内；完成120个路口信号灯智能配时优化；整治事故多发路段（点）15处。',
    pillarMeasures: [
      { pillar: 'P6', content: '针对泰鸿路、科苑大道早晚高峰拥堵，实施“绿波带”协调控制和潮汐车道设置。' },
    ],
    gaps: [
      {
        description: '道路交通事故起数下降7.4%，未达到下降8%的目标；涉及电动自行车的事故占比达46%。',
        rootCause: '对电动自行车闯红灯、逆行等违法行为以教育劝导为主，查处力度偏软；新建道路交通设施设计阶段大队参与不够，部分路口渠化不合理。',
        measures: [
          {
            content: '在事故多发的12个路口设置非机动车违法抓拍设备，实行“教育+处罚”并举。',
            responsibleUnit: 'jjd', responsiblePerson: '孔德明（副大队长）', deadline: '2026-10-31', status: 'done', pillar: 'P8',
          },
          {
            content: '建立新建道路交通组织设计交警会审制度。',
            responsibleUnit: 'jsj', responsiblePerson: '李明（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P6',
          },
        ],
      },
      {
        description: '12345热线交通类诉求满意率89.5%，“停车难”“违停抄牌”类诉求占七成。',
        rootCause: '大队对停车供需矛盾的源头治理参与不足，习惯以罚代管；诉求答复以政策解释为主，解决实际问题少。',
        measures: [
          {
            content: '会同城管执法局在医院、学校周边增设限时停车泊位500个。',
            responsibleUnit: 'cgj', responsiblePerson: '秦海（副局长）', deadline: '2026-12-31', status: 'not_started', pillar: 'P6',
          },
        ],
      },
    ],
    panel2025H2: 75,
  },
];

// ---------------------------------------------------------------------------
// 区属国有企业
// ---------------------------------------------------------------------------

const soeUnits: DemoUnit[] = [
  {
    code: 'ctjt',
    name: '泰和高新城市建设投资集团有限公司',
    shortName: '城投集团',
    kind: 'soe',
    group: 'soe',
    head: { name: '高志成', title: '党委书记、董事长' },
    staff: { name: '梁晓雪', title: '计划财务部部长' },
    indicators: [
      soeRevenue(12, 68, [30, 31.6], 32.8),
      soeProfit(12, 4.2, [1.9, 2.06], 1.72),
      soeDebt(10, 65, [66, 67.4], 66.2),
      main({ key: 'ctjt_new_financing', name: '新增融资', unit: '亿元', annual: 80, half: 40, w: 10, p: ['P7'], src: '集团融资台账', prev: [35, 38], act: 42.6 }),
      main({ key: 'ctjt_financing_cost', name: '综合融资成本', unit: '%', dir: 'lower', annual: 4.2, half: 4.2, w: 8, p: ['P7'], src: '集团融资台账', prev: [4.5, 4.48], act: 4.05 }),
      fai(10, 95, [45, 44.2], 46.8),
      safety(8, 2, 1, [1, 0], 0),
      main({ key: 'ctjt_market_income_share', name: '市场化经营性收入占比', unit: '%', annual: 40, half: 35, w: 8, p: ['P7'], src: '企业财务快报', prev: [30, 31.2], act: 33.5 }),
      esc(6, 90, 92.7),
      task({ key: 'ctjt_task_expressway', name: '泰和大道快速化改造工程', plan: 55, w: 8, p: ['P4', 'P6'], src: '区重点项目调度平台', prev: [100, 90], act: 50 }),
      task({ key: 'ctjt_task_transformation', name: '市场化转型和平台退出', plan: 60, w: 8, p: ['P7'], src: '区国资监管办改革台账', prev: [100, 80], act: 45 }),
    ],
    submission: 'approved',
    highlights: '上半年实现营业收入32.8亿元，新增融资42.6亿元，综合融资成本降至4.05%、同比下降43个基点。完成固定资产投资46.8亿元，泰和大道快速化改造主线高架贯通。承接“亮灯工程”25条道路路灯施工，一个月内完成安装调试。',
    h2Goals: '全年营业收入68亿元、利润总额4.2亿元；资产负债率控制在65%以内；泰和大道快速化改造年底前主线通车；完成融资平台退出程序。',
    pillarMeasures: [
      { pillar: 'P7', content: '盘活停车场、充电桩、广告位等经营性资产，年内市场化经营性收入占比提高到40%。' },
      { pillar: 'P4', content: '对代建的42个政府投资项目实行“红黄绿”三色管理，确保年内完成投资95亿元。' },
    ],
    gaps: [
      {
        description: '利润总额1.72亿元，仅完成序时进度的81.9%；资产负债率66.2%，高于控制线1.2个百分点。',
        rootCause: '集团收入七成以上依赖政府代建和土地整理，自主经营能力弱；对应收账款清收不力，政府购买服务回款周期平均长达14个月，财务费用居高不下。',
        measures: [
          {
            content: '成立应收账款清收专班，会同财政金融局制定政府欠款分年偿还计划。',
            responsibleUnit: 'czj', responsiblePerson: '邵建新（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P7',
            progress: [{ date: '2026-09-25', note: '已确认欠款分年偿还方案，当年回款6.3亿元。' }],
          },
          {
            content: '通过资产证券化盘活存量停车场和标准厂房，压降有息负债15亿元。',
            responsibleUnit: 'ctjt', responsiblePerson: '毛向东（总经理）', deadline: '2027-03-31', status: 'not_started', pillar: 'P7',
          },
        ],
      },
      {
        description: '市场化转型完成45%，比计划滞后15个百分点；平台公司退出所需的经营性现金流指标未达标。',
        rootCause: '集团领导班子对转型的紧迫性认识不足，仍有“等靠要”思想；人才结构以工程管理为主，缺乏运营、投资专业人才。',
        measures: [
          {
            content: '市场化选聘运营、投资类职业经理人6名，实行任期制和契约化管理。',
            responsibleUnit: 'ctjt', responsiblePerson: '高志成（党委书记、董事长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P7',
          },
        ],
      },
    ],
    adjustments: [
      { period: '2025H2', points: -1, reason: '审计发现工程结算问题整改不到位，被区纪工委通报', evidence: '区纪工委通报（2025年第6期）' },
    ],
    panel2025H2: 79,
  },
  {
    code: 'cyjt',
    name: '泰和高新产业投资集团有限公司',
    shortName: '产投集团',
    kind: 'soe',
    group: 'soe',
    head: { name: '严俊杰', title: '党委书记、董事长' },
    staff: { name: '陆一鸣', title: '投资管理部部长' },
    indicators: [
      soeRevenue(12, 42, [18, 19.4], 22.6),
      soeProfit(12, 3.6, [1.6, 1.71], 1.95),
      soeDebt(8, 60, [60, 58.3], 57.6),
      invest(8, 40, [18, 20.5], 24.3, '通过基金招商、国资领投带动到位资金24.3亿元'),
      main({ key: 'cyjt_fund_projects', name: '基金投资落地项目', unit: '个', annual: 30, half: 15, w: 10, p: ['P3'], src: '集团基金投资台账', prev: [14, 15], act: 17 }),
      main({ key: 'cyjt_standard_plants', name: '标准厂房竣工面积', unit: '万平方米', annual: 80, half: 40, w: 10, p: ['P4'], src: '集团工程管理台账', prev: [35, 36.2], act: 28.5 }),
      main({ key: 'cyjt_occupancy', name: '产业园区出租率', unit: '%', annual: 85, half: 82, w: 8, p: ['P2'], src: '集团园区运营台账', prev: [80, 78.6], act: 83.4 }),
      main({ key: 'cyjt_capital_preservation', name: '国有资本保值增值率', unit: '%', annual: 104, half: 102, w: 8, p: ['P7'], src: '区国资监管办核定', prev: [102, 102.6], act: 103.1 }),
      esc(6, 94, 95.2),
      task({ key: 'cyjt_task_ipo', name: '所投企业上市培育', plan: 50, w: 10, p: ['P7'], src: '集团投后管理台账', prev: [100, 100], act: 60 }),
      task({ key: 'cyjt_task_battery_park', name: '新能源电池产业园招商运营', plan: 60, w: 8, p: ['P2', 'P3'], src: '集团园区运营台账', prev: [100, 95], act: 55 }),
    ],
    submission: 'approved',
    highlights: '上半年实现营业收入22.6亿元、利润总额1.95亿元，均超序时进度。通过基金招商落地项目17个，带动到位资金24.3亿元，其中华芯微电子项目由集团产业基金领投。园区出租率83.4%，所投企业中2家进入上市辅导期。',
    h2Goals: '全年营业收入42亿元、利润总额3.6亿元；基金投资落地项目30个；标准厂房竣工80万平方米；新能源电池产业园入驻率达到70%。',
    pillarMeasures: [
      { pillar: 'P3', content: '做大100亿元产业母基金，按“子基金返投1.5倍”要求带动优质项目落地。' },
      { pillar: 'P2', content: '实行“建设—招商—运营”一体化，标准厂房“带方案出让、带租户交付”。' },
    ],
    gaps: [
      {
        description: '标准厂房竣工28.5万平方米，仅完成半年目标的71.3%；智造产业园二期4栋厂房因设计变更延期。',
        rootCause: '厂房设计前期没有充分征求意向入驻企业需求，层高、荷载不满足新能源电池企业要求导致返工；集团工程管理人员不足，对设计单位管控不力。',
        measures: [
          {
            content: '建立意向企业参与厂房设计的“定制化”机制，对延期4栋厂房增加施工力量。',
            responsibleUnit: 'cyjt', responsiblePerson: '易凡（总经理）', deadline: '2026-10-31', status: 'in_progress', pillar: 'P4',
            progress: [{ date: '2026-10-18', note: '4栋中3栋已竣工验收，1栋预计11月底竣工。' }],
          },
        ],
      },
      {
        description: '新能源电池产业园招商运营完成55%，已签约企业8家，距离年底入驻率70%的目标差距较大。',
        rootCause: '产业园招商主要依赖投资促进局推送项目，集团自身招商团队专业能力不足，对电池产业链上下游企业研究不深。',
        measures: [
          {
            content: '与投资促进局组建电池产业链联合招商组，聚焦正负极材料、电解液等配套环节精准招商。',
            responsibleUnit: 'tcj', responsiblePerson: '吕芳（副局长）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P3',
          },
        ],
      },
    ],
    panel2025H2: 85,
  },
  {
    code: 'kcjt',
    name: '泰和高新科技创新发展集团有限公司',
    shortName: '科创集团',
    kind: 'soe',
    group: 'soe',
    head: { name: '江涛', title: '董事长' },
    staff: { name: '叶嘉欣', title: '综合管理部部长' },
    indicators: [
      soeRevenue(12, 18, [7.5, 8.1], 8.6),
      soeProfit(10, 1.2, [0.5, 0.58], 0.63),
      soeDebt(8, 55, [55, 52.8], 54.3),
      main({ key: 'kcjt_incubated', name: '在孵科技企业', unit: '家', annual: 600, half: 560, w: 10, p: ['P1'], src: '集团孵化载体管理系统', prev: [500, 516], act: 548 }),
      main({ key: 'kcjt_graduated', name: '孵化毕业企业', unit: '家', annual: 40, half: 18, w: 8, p: ['P1'], src: '集团孵化载体管理系统', prev: [20, 22], act: 20 }),
      main({ key: 'kcjt_angel_investment', name: '天使基金投资金额', unit: '亿元', annual: 5, w: 10, p: ['P1', 'P7'], src: '集团基金投资台账', prev: [2, 1.8], act: 1.9 }),
      main({ key: 'kcjt_space', name: '科创载体运营面积', unit: '万平方米', annual: 120, half: 110, w: 6, p: ['P1'], src: '集团资产管理台账', prev: [100, 102], act: 112 }),
      main({ key: 'kcjt_tech_transfer', name: '技术转移服务合同额', unit: '亿元', annual: 6, w: 8, p: ['P1'], src: '泰和市技术市场登记系统', prev: [2.5, 2.7], act: 3.1 }),
      esc(8, 96, 97.3),
      task({ key: 'kcjt_task_innovation_tower', name: '泰和科创大厦招商运营', plan: 60, w: 10, p: ['P1', 'P3'], src: '集团招商运营台账', prev: [100, 100], act: 68 }),
      task({ key: 'kcjt_task_pilot_base', name: '新材料中试基地建设', plan: 50, w: 10, p: ['P1'], src: '集团工程管理台账', prev: [100, 85], act: 42 }),
    ],
    submission: 'submitted',
    highlights: '上半年在孵科技企业548家，孵化毕业企业20家，其中3家当年即成为国家高新技术企业。泰和科创大厦入驻率68%，引进研发机构11家。技术转移服务合同额3.1亿元，营业收入8.6亿元、利润总额0.63亿元。',
    h2Goals: '全年在孵科技企业600家、毕业企业40家；天使基金投资5亿元；新材料中试基地年底前建成投用；科创大厦入驻率达到85%。',
    pillarMeasures: [
      { pillar: 'P1', content: '构建“众创空间—孵化器—加速器—产业园”全链条孵化体系，全年新增孵化面积10万平方米。' },
    ],
    gaps: [
      {
        description: '天使基金投资1.9亿元，仅完成序时进度的76%；上半年过会项目9个，实际出资仅5个。',
        rootCause: '投资决策过度强调“保值增值”，尽调标准参照成熟期项目，对早期项目容错机制不敢用；投资团队只有4人，项目储备不足。',
        measures: [
          {
            content: '提请区国资监管办出台天使投资容错免责办法，单个项目允许最高100%亏损。',
            responsibleUnit: 'czj', responsiblePerson: '金玲（副局长）', deadline: '2026-09-30', status: 'done', pillar: 'P7',
          },
          {
            content: '扩充投资团队至10人，与泰和实验室共建早期项目储备库。',
            responsibleUnit: 'kcjt', responsiblePerson: '苏晴（总经理）', deadline: '2026-11-30', status: 'in_progress', pillar: 'P1',
          },
        ],
      },
      {
        description: '新材料中试基地建设完成42%，比计划滞后8个百分点；中试设备采购清单三次调整。',
        rootCause: '中试基地功能定位前期论证不充分，对入驻企业的工艺需求调研不细，导致设备清单反复变更。',
        measures: [
          {
            content: '邀请泰和实验室和5家意向企业共同确定设备清单，10月前完成采购招标。',
            responsibleUnit: 'kcjt', responsiblePerson: '苏晴（总经理）', deadline: '2026-10-15', status: 'done', pillar: 'P1',
            progress: [{ date: '2026-10-12', note: '设备清单已定稿，23台（套）中试设备完成招标。' }],
          },
        ],
      },
    ],
    panel2025H2: 83,
  },
  {
    code: 'wljt',
    name: '泰和高新文化旅游发展集团有限公司',
    shortName: '文旅集团',
    kind: 'soe',
    group: 'soe',
    head: { name: '孟凡', title: '董事长' },
    staff: { name: '田甜', title: '运营管理部部长' },
    indicators: [
      soeRevenue(12, 6.5, [3.6, 3.42], 2.78),
      soeProfit(10, 0.4, [0.25, 0.18], 0.11),
      soeDebt(8, 58, [58, 61.2], 62.4),
      main({ key: 'wljt_visitors', name: '运营景区接待游客', unit: '万人次', annual: 600, w: 12, p: ['P6'], src: '景区票务及客流监测系统', prev: [320, 331], act: 312 }),
      main({ key: 'wljt_events', name: '举办文旅节庆和品牌活动', unit: '场', annual: 40, half: 20, w: 8, p: ['P6'], src: '集团活动台账', prev: [22, 24], act: 21 }),
      main({ key: 'wljt_hotel_occupancy', name: '自营酒店平均入住率', unit: '%', annual: 70, half: 65, w: 8, p: ['P6'], src: '酒店管理系统', prev: [68, 66.1], act: 62.8 }),
      main({ key: 'wljt_new_products', name: '新推出文旅产品和线路', unit: '个', annual: 20, half: 10, w: 8, p: ['P6'], src: '集团产品研发台账', prev: [10, 12], act: 11 }),
      safety(8, 2, 1, [1, 0], 0),
      esc(6, 88, 90.6),
      task({ key: 'wljt_task_night_economy', name: '泰和湖夜间文旅消费集聚区', plan: 60, w: 12, p: ['P6'], src: '集团项目管理台账', prev: [100, 95], act: 65 }),
      task({ key: 'wljt_task_asset_revitalization', name: '存量文旅资产盘活', plan: 50, w: 8, p: ['P7'], src: '区国资监管办资产盘活台账', prev: [100, 70], act: 30 }),
    ],
    submission: 'late',
    highlights: '上半年运营景区接待游客312万人次，泰和湖夜间文旅消费集聚区开街，“泰和湖之夜”灯光秀单日最高客流4.6万人次。举办文旅节庆和品牌活动21场，推出研学、工业旅游等新线路11条，全年未发生安全事故。',
    h2Goals: '全年营业收入6.5亿元、接待游客600万人次；泰和湖夜间文旅消费集聚区全面运营；完成2处闲置文旅资产盘活招商。',
    pillarMeasures: [
      { pillar: 'P6', content: '以泰和湖为核心打造“夜游、夜食、夜演、夜购”消费场景，培育夜间消费品牌10个。' },
      { pillar: 'P7', content: '对闲置的温泉度假村、游客中心等资产实行“一资产一方案”，通过租赁、合作经营等方式盘活。' },
    ],
    gaps: [
      {
        description: '营业收入2.78亿元，仅完成序时进度的85.5%；利润总额0.11亿元，完成55%；资产负债率62.4%，比年初上升1.2个百分点。',
        rootCause: '集团主营收入过度依赖门票，二次消费占比不足20%；新项目投资决策偏乐观，泰和湖项目建设期借款利息侵蚀利润；经营班子市场意识不强，考核激励没有和效益挂钩。',
        measures: [
          {
            content: '推行“门票+”经营模式，引入餐饮、文创、演艺等业态，二次消费占比年底提高到35%。',
            responsibleUnit: 'wljt', responsiblePerson: '庞伟（总经理）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P6',
          },
          {
            content: '修订经营班子绩效考核办法，薪酬与利润、现金流指标直接挂钩。',
            responsibleUnit: 'wljt', responsiblePerson: '孟凡（董事长）', deadline: '2026-08-31', status: 'not_started', pillar: 'P7',
          },
        ],
      },
      {
        description: '存量文旅资产盘活完成30%，比计划滞后20个百分点；温泉度假村已闲置3年，每年发生维护费用约600万元。',
        rootCause: '对盘活方式瞻前顾后，担心国有资产流失、不敢决策；招商推介只在本地发布，没有对接专业文旅运营商。',
        measures: [
          {
            content: '委托专业机构评估后公开招引文旅运营商，温泉度假村年底前完成招租。',
            responsibleUnit: 'wljt', responsiblePerson: '庞伟（总经理）', deadline: '2026-11-30', status: 'in_progress', pillar: 'P7',
            progress: [{ date: '2026-11-10', note: '已与2家专业运营商开展意向洽谈，评估报告报国资监管办备案。' }],
          },
        ],
      },
    ],
    panel2025H2: 72,
  },
  {
    code: 'swgs',
    name: '泰和高新水务有限公司',
    shortName: '水务公司',
    kind: 'soe',
    group: 'soe',
    head: { name: '彭建平', title: '董事长、总经理' },
    staff: { name: '陶静', title: '生产技术部部长' },
    indicators: [
      soeRevenue(10, 9.8, [4.8, 4.92], 5.06),
      soeProfit(8, 0.6, [0.28, 0.3], 0.32),
      soeDebt(6, 62, [62, 61.5], 60.8),
      main({ key: 'swgs_water_quality', name: '出厂水水质综合合格率', unit: '%', annual: 100, half: 100, w: 12, p: ['P6'], src: '水质检测中心月报', prev: [100, 100], act: 100 }),
      main({ key: 'swgs_leakage', name: '公共供水管网漏损率', unit: '%', dir: 'lower', annual: 9, half: 9, w: 10, p: ['P6'], src: '供水管网分区计量系统', prev: [9.5, 10.2], act: 9.4 }),
      main({ key: 'swgs_sewage_collection', name: '城市生活污水集中收集率', unit: '%', annual: 75, half: 72, w: 10, p: ['P6'], src: '排水管理信息系统', prev: [70, 70.8], act: 73.1 }),
      main({ key: 'swgs_new_pipes', name: '新建改造供排水管网', unit: '公里', annual: 60, half: 25, w: 8, p: ['P6'], src: '公司工程管理台账', prev: [30, 32], act: 27.5 }),
      main({ key: 'swgs_connection_days', name: '工业企业用水报装平均时限', unit: '天', dir: 'lower', annual: 5, half: 5, w: 8, p: ['P5'], src: '用水报装服务系统', prev: [7, 6.5], act: 3 }),
      safety(6, 1, 1, [1, 0], 0),
      esc(6, 97, 98.7),
      task({ key: 'swgs_task_wwtp3', name: '第三污水处理厂扩建工程', plan: 60, w: 10, p: ['P4', 'P6'], src: '区重点项目调度平台', prev: [100, 90], act: 62 }),
      task({ key: 'swgs_task_smart_water', name: '智慧水务平台建设', plan: 50, w: 6, p: ['P6'], src: '公司信息化工作台账', prev: [100, 100], act: 55 }),
    ],
    submission: 'approved',
    highlights: '上半年出厂水水质综合合格率100%，工业企业用水报装平均时限压缩至3天。新建改造供排水管网27.5公里，城市生活污水集中收集率提高到73.1%。第三污水处理厂扩建完成62%，营业收入5.06亿元。',
    h2Goals: '全年营业收入9.8亿元；管网漏损率降至9%以内；新建改造供排水管网60公里；第三污水处理厂扩建年底前通水调试。',
    pillarMeasures: [
      { pillar: 'P6', content: '实施供水管网分区计量（DMA）改造，年内完成12个计量分区建设。' },
      { pillar: 'P5', content: '用水报装推行“零材料、零跑腿、零投资”，重点工业项目实行“预装+即接”。' },
    ],
    gaps: [
      {
        description: '公共供水管网漏损率9.4%，未降到9%的控制目标；老城片区漏损率高达14.6%。',
        rootCause: '老城片区管网建于上世纪九十年代，更新改造资金不足；漏损控制仍以人工听漏为主，分区计量只覆盖新建区，对暗漏发现不及时。',
        measures: [
          {
            content: '对老城片区18公里老旧供水管网实施更新改造，同步建设分区计量设施。',
            responsibleUnit: 'swgs', responsiblePerson: '莫志勇（副总经理）', deadline: '2026-12-31', status: 'in_progress', pillar: 'P6',
          },
        ],
      },
      {
        description: '泰和河支流沿线雨污分流改造进度滞后，影响中央环保督察问题整改销号。',
        rootCause: '施工涉及2处企业厂区内管网，公司与企业沟通协调手段有限，没有及早提请生态环境分局和属地出面协调。',
        measures: [
          {
            content: '提请生态环境分局对涉事企业下达整改通知，厂区内管网改造由企业自行实施、公司负责接驳。',
            responsibleUnit: 'sthj', responsiblePerson: '万琳（副局长）', deadline: '2026-10-31', status: 'done', pillar: 'P6',
          },
        ],
      },
    ],
    panel2025H2: 81,
  },
  {
    code: 'dbgs',
    name: '泰和高新融资担保有限公司',
    shortName: '融资担保公司',
    kind: 'soe',
    group: 'soe',
    head: { name: '康宁', title: '董事长' },
    staff: { name: '卢佳琪', title: '风险管理部部长' },
    indicators: [
      soeRevenue(10, 1.2, [0.55, 0.58], 0.61),
      soeProfit(10, 0.35, [0.16, 0.17], null),
      soeDebt(10, 30, [30, 26.4], 27.8),
      main({ key: 'dbgs_balance', name: '在保余额', unit: '亿元', annual: 60, half: 52, w: 12, p: ['P7'], src: '公司业务管理系统', prev: [45, 46.8], act: 53.6 }),
      main({ key: 'dbgs_new_guarantees', name: '新增担保额', unit: '亿元', annual: 45, w: 12, p: ['P7'], src: '公司业务管理系统', prev: [20, 21.3], act: 24.1 }),
      main({ key: 'dbgs_tech_share', name: '科技型中小企业担保占比', unit: '%', annual: 60, half: 55, w: 10, p: ['P1', 'P7'], src: '公司业务管理系统', prev: [50, 51.6], act: 56.2 }),
      main({ key: 'dbgs_fee_rate', name: '平均担保费率', unit: '%', dir: 'lower', annual: 1, half: 1, w: 8, p: ['P5'], src: '公司业务管理系统', prev: [1, 0.98], act: 0.92 }),
      main({ key: 'dbgs_compensation_rate', name: '担保代偿率', unit: '%', dir: 'lower', annual: 2, half: 2, w: 10, p: ['P8'], src: '公司风险管理台账', prev: [2, 1.6], act: 2.4 }),
      main({ key: 'dbgs_recovery_rate', name: '代偿回收率', unit: '%', annual: 40, half: 35, w: 6, p: ['P8'], src: '公司风险管理台账', prev: [35, 28], act: null }),
      esc(6, 95, 96),
      task({ key: 'dbgs_task_bank_cooperation', name: '新型政银担“总对总”合作扩面', plan: 60, w: 6, p: ['P7'], src: '公司业务发展部台账', prev: [100, 100], act: 60 }),
    ],
    submission: 'draft',
    highlights: '上半年新增担保额24.1亿元，在保余额53.6亿元，服务中小微企业1260户。科技型中小企业担保占比56.2%，平均担保费率降至0.92%，为企业节约融资成本约2100万元。',
    h2Goals: '全年新增担保额45亿元、在保余额60亿元；代偿率控制在2%以内；与10家合作银行完成“总对总”批量担保业务对接。',
    pillarMeasures: [
      { pillar: 'P7', content: '推出“科技担”“人才担”等专属产品，对首贷企业担保费率降至0.5%。' },
    ],
    gaps: [
      {
        description: '担保代偿率2.4%，超出控制目标0.4个百分点；代偿项目中68%集中在2家关联企业。',
        rootCause: '保前尽调对关联担保、隐性负债识别不到位，过度依赖银行推荐；保后检查流于形式，风险预警信号出现后处置迟缓。',
        measures: [
          {
            content: '建立关联企业识别和集中度限额制度，单一集团客户在保余额不超过净资产的10%。',
            responsibleUnit: 'dbgs', responsiblePerson: '韦佳（总经理）', deadline: '2026-08-31', status: 'done', pillar: 'P8',
          },
          {
            content: '接入税务、司法、电力数据建立风险预警模型，对在保企业按月扫描。',
            responsibleUnit: 'dbgs', responsiblePerson: '韦佳（总经理）', deadline: '2026-11-30', status: 'in_progress', pillar: 'P8',
          },
        ],
      },
      {
        description: '代偿回收率低于目标，2025年以前的代偿项目累计回收不足三成。',
        rootCause: '追偿以诉讼为主，执行周期长；反担保措施设置不足，抵押物处置变现难。',
        measures: [
          {
            content: '对历年代偿项目逐户制定追偿方案，引入专业资产管理公司打包处置。',
            responsibleUnit: 'dbgs', responsiblePerson: '康宁（董事长）', deadline: '2027-03-31', status: 'not_started', pillar: 'P8',
          },
        ],
      },
    ],
    panel2025H2: 78,
  },
];

// ---------------------------------------------------------------------------
// 区领导、评委
// ---------------------------------------------------------------------------

const leaders: DemoDistrict['leaders'] = [
  { username: 'leader1', name: '陈立群', title: '党工委书记' },
  { username: 'leader2', name: '刘振华', title: '党工委副书记、管委会主任' },
  { username: 'leader3', name: '王志刚', title: '党工委委员、管委会副主任' },
  { username: 'leader4', name: '李晓梅', title: '党工委委员、管委会副主任' },
  { username: 'leader5', name: '孙永明', title: '党工委委员、纪工委书记' },
];

const judges: DemoDistrict['judges'] = [
  { username: 'judge1', name: '赵雅琴', title: '市人大代表、泰和第一中学校长' },
  { username: 'judge2', name: '陶明远', title: '市政协委员、泰和明远律师事务所主任' },
  { username: 'judge3', name: '黄子轩', title: '企业家代表、泰和光电科技股份有限公司董事长' },
];

// ---------------------------------------------------------------------------
// 对企服务难点堵点台账
// ---------------------------------------------------------------------------

const problems: DemoDistrict['problems'] = [
  {
    category: 'investment',
    enterpriseName: '华芯微电子（泰和）有限公司',
    title: '引进的高层次人才团队安居补贴迟迟未兑现',
    description: '企业2025年引进的12英寸功率器件封测研发团队共9人，按政策可享受购房补贴和租房补贴，申报已超过4个月仍未兑现，团队成员有意见。',
    responsibleUnit: 'rsj',
    responsiblePerson: '魏敏（副局长）',
    raisedAt: '2026-02-18',
    dueAt: '2026-03-31',
    status: 'resolved',
    resolution: '人社局会同财政金融局对积压的人才安居补贴集中审核，9人补贴共计186万元于3月20日全部拨付到位；同步将补贴审核时限压缩为20个工作日。',
    resolvedAt: '2026-03-20',
  },
  {
    category: 'investment',
    enterpriseName: '星航无人机科技有限公司',
    title: '总部项目落地需协调低空飞行试验空域',
    description: '企业拟将研发总部和整机试飞基地落户高新区，总投资12亿元，但试飞需要固定的低空飞行试验空域，企业无法自行协调。',
    responsibleUnit: 'tcj',
    responsiblePerson: '徐亮（副局长）',
    raisedAt: '2026-03-09',
    dueAt: '2026-09-30',
    status: 'in_progress',
  },
  {
    category: 'investment',
    enterpriseName: '博远生物医药科技有限公司',
    title: '外籍研发专家工作许可办理材料反复补正',
    description: '企业从德国引进的2名外籍研发专家申请工作许可，因学历认证材料要求不清，先后3次补正，入职时间一再推迟。',
    responsibleUnit: 'kfj',
    responsiblePerson: '任志鹏（副局长）',
    raisedAt: '2026-01-22',
    dueAt: '2026-02-28',
    status: 'resolved',
    resolution: '商务和开放合作局协调市外国专家服务窗口开通“绿色通道”，一次性告知材料清单，2名专家工作许可于2月12日办结；已编制外籍人才来泰工作“一次办”指南。',
    resolvedAt: '2026-02-12',
  },
  {
    category: 'investment',
    enterpriseName: '中科泰和储能技术有限公司',
    title: '二期扩产项目希望区属基金跟投',
    description: '企业二期扩产项目需资金8亿元，已有社会资本领投5亿元，希望区属产业基金跟投以增强其他投资人信心。',
    responsibleUnit: 'cyjt',
    responsiblePerson: '易凡（总经理）',
    raisedAt: '2026-06-15',
    dueAt: '2026-12-31',
    status: 'open',
  },
  {
    category: 'project',
    enterpriseName: '泰和新源动力电池有限公司',
    title: '二期项目地块征收补偿未结案，无法按期交地',
    description: '企业二期项目已签订土地出让合同，但地块内2户厂房征收补偿尚未结案，交地时间已推迟3个月，设备订单面临违约。',
    responsibleUnit: 'zrj',
    responsiblePerson: '雷鸣（副局长）',
    raisedAt: '2026-04-08',
    dueAt: '2026-10-31',
    status: 'in_progress',
  },
  {
    category: 'project',
    enterpriseName: '瑞鸿精密机械有限公司',
    title: '新厂房施工许可办理环节多、时间长',
    description: '企业新建厂房项目需办理立项备案、工程规划许可、施工图审查、施工许可等多个事项，企业估计需要两周以上，影响开工节点。',
    responsibleUnit: 'spj',
    responsiblePerson: '段晓军（副局长）',
    raisedAt: '2026-03-16',
    dueAt: '2026-03-31',
    status: 'resolved',
    resolution: '纳入“十二事合一”集成审批，企业一次提交一套材料，3月18日一天内取得全部许可，当月开工。',
    resolvedAt: '2026-03-18',
  },
  {
    category: 'project',
    enterpriseName: '凯德新材料科技有限公司',
    title: '新增产线用电增容受制于变电站建设进度',
    description: '企业年产2万吨高性能复合材料项目需新增用电负荷1.2万千伏安，片区110千伏变电站尚未建成，投产时间可能推迟半年。',
    responsibleUnit: 'jfj',
    responsiblePerson: '陈国平（副局长）',
    raisedAt: '2026-05-11',
    dueAt: '2026-11-30',
    status: 'in_progress',
  },
  {
    category: 'project',
    enterpriseName: '泰和光电科技股份有限公司',
    title: '新厂区污水管网未接驳',
    description: '企业新厂区已竣工，但厂区外市政污水管网尚有600米未贯通，无法办理排水许可，影响竣工验收。',
    responsibleUnit: 'swgs',
    responsiblePerson: '莫志勇（副总经理）',
    raisedAt: '2026-04-20',
    dueAt: '2026-05-31',
    status: 'resolved',
    resolution: '水务公司组织夜间施工，5月26日完成600米污水管网铺设并接驳，同步协助企业办理排水许可。',
    resolvedAt: '2026-05-26',
  },
  {
    category: 'project',
    enterpriseName: '鼎盛精工模具有限公司',
    title: '租用的标准厂房交付延期',
    description: '企业签约租用智造产业园二期标准厂房1.2万平方米，原定6月交付，因厂房设计变更延期，企业设备已到港无处安置。',
    responsibleUnit: 'cyjt',
    responsiblePerson: '易凡（总经理）',
    raisedAt: '2026-06-22',
    dueAt: '2026-11-30',
    status: 'open',
  },
  {
    category: 'service',
    enterpriseName: '泰和智联汽车电子有限公司',
    title: '委托研发费用加计扣除口径把握不准',
    description: '企业委托高校开展的车规级芯片研发项目，对研发费用能否全额加计扣除存在疑问，担心汇算清缴后被调整。',
    responsibleUnit: 'swj',
    responsiblePerson: '柳青（副局长）',
    raisedAt: '2026-04-02',
    dueAt: '2026-05-31',
    status: 'resolved',
    resolution: '税务局组织专员上门辅导，明确委托研发按费用实际发生额的80%计入加计扣除基数，企业在汇算清缴中享受加计扣除1860万元。',
    resolvedAt: '2026-04-15',
  },
  {
    category: 'service',
    enterpriseName: '云启数据科技有限公司',
    title: '轻资产科技企业缺少抵押物贷款难',
    description: '企业订单增长需流动资金800万元，因无厂房等抵押物，银行授信额度不足。',
    responsibleUnit: 'dbgs',
    responsiblePerson: '韦佳（总经理）',
    raisedAt: '2026-03-03',
    dueAt: '2026-04-15',
    status: 'resolved',
    resolution: '融资担保公司以“科技担”产品提供信用担保，担保费率0.5%，合作银行于3月27日放款800万元。',
    resolvedAt: '2026-03-27',
  },
  {
    category: 'service',
    enterpriseName: '泰和维康医疗器械有限公司',
    title: '二类医疗器械注册检验排队时间长',
    description: '企业新研发的2款二类医疗器械需进行注册检验，省级检验机构排队超过5个月，影响产品上市。',
    responsibleUnit: 'scj',
    responsiblePerson: '戴立新（副局长）',
    raisedAt: '2026-05-06',
    dueAt: '2026-09-30',
    status: 'in_progress',
  },
  {
    category: 'service',
    enterpriseName: '润丰冷链物流有限公司',
    title: '冷链配送车辆城区通行证办理难',
    description: '企业承担全区商超生鲜配送，冷链车辆白天进入城区受限，通行证名额不足，配送时效难以保证。',
    responsibleUnit: 'jjd',
    responsiblePerson: '孔德明（副大队长）',
    raisedAt: '2026-02-26',
    dueAt: '2026-03-31',
    status: 'resolved',
    resolution: '交警大队将冷链配送车辆纳入城市配送车辆便利通行范围，为企业核发通行证18张，实行网上申领、一次办结。',
    resolvedAt: '2026-03-24',
  },
  {
    category: 'service',
    enterpriseName: '明德检测认证有限公司',
    title: '新引进技术骨干子女入学',
    description: '企业新引进的5名技术骨干子女需在秋季入学，户籍不在高新区，企业希望协调就近入学。',
    responsibleUnit: 'jyj',
    responsiblePerson: '钟磊（副局长）',
    raisedAt: '2026-05-20',
    dueAt: '2026-08-20',
    status: 'resolved',
    resolution: '按高层次人才子女“一站式”入学保障政策，5名学生全部安排在科苑小学、泰瑞中学就读。',
    resolvedAt: '2026-07-15',
  },
  {
    category: 'environment',
    enterpriseName: '北辰半导体材料有限公司',
    title: '泰瑞路夜间无路灯，员工下夜班出行不安全',
    description: '企业三班倒生产，泰瑞路厂区至公交站约1.5公里路段路灯长期不亮，员工下夜班出行存在安全隐患，已发生2起剐蹭事故。',
    responsibleUnit: 'jsj',
    responsiblePerson: '李明（副局长）',
    raisedAt: '2026-03-25',
    dueAt: '2026-04-30',
    status: 'resolved',
    resolution: '纳入4月“亮灯攻坚”，泰瑞路全线路灯于4月18日点亮，同步在公交站增设照明和监控。',
    resolvedAt: '2026-04-18',
  },
  {
    category: 'environment',
    enterpriseName: '海纳环保科技有限公司',
    title: '厂区周边道路汛期积水严重',
    description: '泰安路与科苑大道交叉口一带每逢强降雨积水深达40厘米，企业货车无法进出，6月份两次停产。',
    responsibleUnit: 'jsj',
    responsiblePerson: '朱卫华（总工程师）',
    raisedAt: '2026-06-28',
    dueAt: '2026-10-31',
    status: 'in_progress',
  },
  {
    category: 'environment',
    enterpriseName: '泰和融创软件有限公司',
    title: '软件园周边停车位严重不足',
    description: '泰和软件园入驻企业员工约6000人，周边公共停车泊位不足800个，员工停车难、违停被罚问题突出。',
    responsibleUnit: 'cgj',
    responsiblePerson: '秦海（副局长）',
    raisedAt: '2026-07-06',
    dueAt: '2026-12-31',
    status: 'open',
  },
  {
    category: 'environment',
    enterpriseName: '绿洲食品有限公司',
    title: '周边工地扬尘影响洁净车间生产',
    description: '企业毗邻的安置房工地扬尘较大，洁净车间过滤系统负荷加重，产品微生物指标两次接近上限。',
    responsibleUnit: 'sthj',
    responsiblePerson: '万琳（副局长）',
    raisedAt: '2026-04-13',
    dueAt: '2026-05-15',
    status: 'resolved',
    resolution: '生态环境分局会同建设局督促工地落实围挡喷淋、裸土覆盖和车辆冲洗，安装扬尘在线监测设备，5月以来周边PM10浓度下降35%。',
    resolvedAt: '2026-05-08',
  },
  {
    category: 'other',
    enterpriseName: '恒瑞达物流有限公司',
    title: '已整改的行政处罚信息影响招投标',
    description: '企业2024年因超限运输受到行政处罚，已按期整改，但公示信息仍在信用平台展示，影响参与国企物流招标。',
    responsibleUnit: 'scj',
    responsiblePerson: '戴立新（副局长）',
    raisedAt: '2026-01-15',
    dueAt: '2026-02-15',
    status: 'resolved',
    resolution: '通过信用修复“一件事”办理，5个工作日内完成信用修复并同步推送至各信用平台。',
    resolvedAt: '2026-01-22',
  },
  {
    category: 'other',
    enterpriseName: '华茂智能装备有限公司',
    title: '涉企合同诈骗案件报案后立案慢',
    description: '企业被外地客户以虚假订单骗取货物价值约460万元，报案后一个多月未立案，企业资金周转困难。',
    responsibleUnit: 'gaj',
    responsiblePerson: '崔勇（副局长）',
    raisedAt: '2026-05-14',
    dueAt: '2026-06-30',
    status: 'resolved',
    resolution: '公安分局经侦大队开辟涉企案件快速通道，5月21日立案，6月抓获犯罪嫌疑人2名，追回货款312万元。',
    resolvedAt: '2026-06-26',
  },
];

// ---------------------------------------------------------------------------

export const district: DemoDistrict = {
  name: '泰和高新技术产业开发区',
  groups,
  pillars,
  units: [...econUnits, ...socialUnits, ...agencyUnits, ...soeUnits],
  leaders,
  judges,
  problems,
};
