// Shapes of the demo district's hand-written data (prisma/demo/district.ts), turned into rows by prisma/seed.ts.

export type UnitKind = 'department' | 'agency' | 'soe';
export type Direction = 'higher' | 'lower' | 'milestone';
export type Method = 'ratio' | 'efficacy' | 'rank';

export interface DemoGroup {
  /** short ascii id used by units below, e.g. 'econ' */
  id: string;
  name: string; // e.g. 经济发展类
  description: string;
}

export interface DemoPillar {
  code: string; // e.g. 'P1'
  name: string;
  description: string;
}

export interface DemoIndicator {
  /** shared key when several units hold the same indicator (compared by efficacy/rank); otherwise unique within the unit */
  key: string;
  name: string;
  category: 'main' | 'task'; // 主要指标 | 重点工作
  measureUnit: string; // 亿元, 个, 天, %, 盏, 项 …
  direction: Direction;
  /** annual target for 2026 (null for milestones) */
  annualTarget: number | null;
  /** explicit 2026 first-half target; null → annual × 0.5 (序时进度) */
  halfTarget: number | null;
  /** milestones only: percent planned to be done by the end of the half (e.g. 60) */
  plannedPercent?: number;
  weight: number; // a unit's weights sum to exactly 100
  method: Method;
  cap?: number; // completion cap, default 1.2
  pillars: string[]; // pillar codes
  dataSource: string; // e.g. 区统计局月报
  /** 2025 second half: its own half target (or planned % for milestones) and the actual reported */
  prev: { halfTarget: number; actual: number };
  /** 2026 first half actual (percent done for milestones); null = not filled yet (only in draft submissions) */
  actual: number | null;
  evidence?: string; // 佐证说明
  /** ledger-fed (对企服务台账): the seed computes the actual from the demo problems; `prev.actual` and `actual` are unused */
  ledgerFigure?: 'on_time_rate' | 'satisfaction_rate';
}

export interface DemoGap {
  description: string; // 差距短板, 1–3 sentences, concrete with numbers
  rootCause: string; // 根源剖析, 1–3 sentences
  measures: DemoMeasure[];
}

export interface DemoMeasure {
  content: string; // 整改措施
  /** code of the responsible unit (usually the unit itself, sometimes a partner unit) */
  responsibleUnit: string;
  responsiblePerson: string; // e.g. 张伟（副局长）
  deadline: string; // ISO date, 2026-07-01 … 2027-03-31
  status: 'not_started' | 'in_progress' | 'done';
  pillar?: string; // pillar code
  progress?: { date: string; note: string }[];
}

export interface DemoAdjustment {
  period: '2025H2' | '2026H1';
  points: number; // >0 bonus, <0 penalty
  reason: string;
  evidence?: string;
}

export interface DemoUnit {
  /** lowercase ascii, 2–6 letters (pinyin initials), unique; usernames are `${code}_head` and `${code}_staff` */
  code: string;
  name: string; // full name, e.g. 高新区建设局
  shortName: string; // e.g. 建设局
  kind: UnitKind;
  group: string; // DemoGroup.id
  head: { name: string; title: string }; // 单位负责人, e.g. { name: '王建国', title: '局长' }
  staff: { name: string; title: string }; // 填报员
  indicators: DemoIndicator[]; // 8–15
  /** 2026H1 submission state */
  submission: 'approved' | 'submitted' | 'late' | 'returned' | 'draft' | 'none';
  returnComment?: string; // when 'returned'
  highlights: string; // 亮绩, 2–5 sentences with numbers
  h2Goals: string; // 下半年目标
  pillarMeasures: { pillar: string; content: string }[]; // 1–3
  gaps: DemoGap[]; // 2–4
  adjustments?: DemoAdjustment[];
  /** approximate panel total (0–100) the judges gave this unit in 2025H2; the seed spreads it over judges and criteria */
  panel2025H2: number;
}

export interface DemoPerson {
  username: string;
  name: string;
  title: string;
}

export interface DemoDistrict {
  name: string; // e.g. 泰和高新技术产业开发区 (fictional)
  groups: DemoGroup[];
  pillars: DemoPillar[];
  units: DemoUnit[];
  leaders: DemoPerson[]; // 区领导, 4–6
  judges: DemoPerson[]; // 评委 who are not leaders, 2–4
}
