// Random but consistent enterprise problems (status, solving, rating, reopening, supervision, assisting units) for the
// board's integration test and bench/problems.bench.ts. Deterministic for a seed, so a failure can be replayed.
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { PROBLEM_CATEGORIES, PROBLEM_SOURCES } from '@/lib/domain/enums';
import { problemCode } from '@/lib/problems/rules';

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTERPRISES = [
  '泰和精密制造有限公司',
  '鸿远新材料科技有限公司',
  '华创生物医药股份有限公司',
  '金桥物流有限公司',
  '星河数据科技有限公司',
  '青禾食品有限公司',
];
const TITLES = ['项目用地审批迟迟未批复', '十二事合一审批一日办结', '泰鸿路路灯不亮', '厂区周边道路积水', '人才公寓申请排队', '企业用电增容'];
const DETAILS = ['企业反映办理进度缓慢，请协调', '企业希望明确办理时限', '涉及多个部门，需要联合会商'];

const DAY = 86_400_000;
/** 2025-01-01 00:00 China time — the generated problems are raised over the two years from here. */
const FROM = new Date('2025-01-01T00:00:00+08:00').getTime();

export interface RandomProblemsOptions {
  unitIds: readonly string[];
  n: number;
  seed: number;
  /** raised no later than this (problems are never raised in the future of `now`) */
  now: Date;
  /** first sequence number per year (keeps clear of the seeded numbers) */
  firstSeq?: number;
  createdById?: string | null;
}

/** Insert `n` problems with 0–2 assisting units each; returns how many assist rows were written. */
export async function insertRandomProblems(db: Db, o: RandomProblemsOptions): Promise<{ problems: number; assists: number }> {
  const r = rng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const span = Math.max(DAY, Math.min(o.now.getTime(), FROM + 730 * DAY) - FROM);
  const seq = new Map<number, number>();
  let assists = 0;
  const CHUNK = 500;
  for (let done = 0; done < o.n; done += CHUNK) {
    const problems: Prisma.EnterpriseProblemCreateManyInput[] = [];
    const helpers: { problemId: string; unitId: string }[] = [];
    for (let i = done; i < Math.min(o.n, done + CHUNK); i++) {
      const raisedAt = new Date(FROM + Math.floor(r() * span));
      const year = new Date(raisedAt.getTime() + 8 * 3600_000).getUTCFullYear();
      const s = (seq.get(year) ?? o.firstSeq ?? 5000) + 1;
      seq.set(year, s);
      // the deadline: the last second of a China-time day 3–60 days on
      const dueDay = new Date(raisedAt.getTime() + (3 + Math.floor(r() * 58)) * DAY + 8 * 3600_000).toISOString().slice(0, 10);
      const dueAt = new Date(`${dueDay}T23:59:59+08:00`);
      const roll = r();
      let status = 'pending';
      let resolvedAt: Date | null = null;
      let rating: string | null = null;
      let ratedAt: Date | null = null;
      let reopenCount = 0;
      const later = (from: Date, maxDays: number) => new Date(Math.min(o.now.getTime(), from.getTime() + Math.floor(r() * maxDays * DAY)));
      if (roll < 0.15) status = 'pending';
      else if (roll < 0.35) status = 'in_progress';
      else if (roll < 0.4) status = 'transferred';
      else if (roll < 0.45) {
        // rated 不满意 and reopened: back in progress, no longer solved
        status = 'in_progress';
        rating = 'dissatisfied';
        ratedAt = later(raisedAt, 90);
        reopenCount = 1;
      } else {
        status = roll < 0.65 ? 'resolved' : 'closed';
        resolvedAt = later(raisedAt, 90);
        if (status === 'closed' || r() < 0.5) {
          rating = status === 'closed' ? (r() < 0.7 ? 'satisfied' : 'basic') : pick(['satisfied', 'basic', 'dissatisfied'] as const);
          ratedAt = later(resolvedAt, 20);
          // a resolved problem whose rating was 不满意 would have been reopened
          if (rating === 'dissatisfied') rating = 'basic';
        }
      }
      const id = `rp${o.seed}x${i}`;
      const supervised = r() < 0.1;
      problems.push({
        id,
        code: problemCode(year, s),
        category: pick(PROBLEM_CATEGORIES),
        source: pick(PROBLEM_SOURCES),
        enterpriseName: pick(ENTERPRISES),
        title: pick(TITLES),
        description: `${pick(DETAILS)}（${i}）`,
        leadUnitId: pick(o.unitIds),
        responsiblePerson: pick(['王强', '李娜', '陈明', '赵敏']),
        raisedAt,
        dueAt,
        status,
        resolution: resolvedAt ? '已协调解决' : null,
        resolvedAt,
        rating,
        ratedAt,
        closedAt: status === 'closed' ? later(ratedAt ?? resolvedAt!, 10) : null,
        reopenCount,
        supervised,
        supervisedAt: supervised ? raisedAt : null,
        createdById: o.createdById ?? null,
      });
      const lead = problems[problems.length - 1]!.leadUnitId;
      const k = r() < 0.6 ? 0 : r() < 0.7 ? 1 : 2;
      const chosen = new Set<string>();
      for (let j = 0; j < k; j++) {
        const u = pick(o.unitIds);
        if (u !== lead && !chosen.has(u)) chosen.add(u);
      }
      for (const unitId of chosen) helpers.push({ problemId: id, unitId });
    }
    await db.enterpriseProblem.createMany({ data: problems });
    if (helpers.length) await db.problemAssist.createMany({ data: helpers });
    assists += helpers.length;
  }
  return { problems: o.n, assists };
}
