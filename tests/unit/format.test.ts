// One formatter for scores, percentages, values and dates (components/ui/format.ts).
import { createFormatter } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatters, percent, score, TIME_ZONE, value } from '@/components/ui/format';

const f = formatters(createFormatter({ locale: 'zh-CN', timeZone: TIME_ZONE }));
const en = formatters(createFormatter({ locale: 'en', timeZone: TIME_ZONE }));

describe('scores', () => {
  it('rounds for display only, 2 decimals, half away from zero without binary noise', () => {
    expect(f.n2(91.173003990212)).toBe('91.17');
    expect(f.n2(1.005)).toBe('1.01');
    expect(f.n2(0.7 * 85)).toBe('59.50');
    expect(f.n2(85)).toBe('85.00');
    expect(f.n2(1234.5)).toBe('1,234.50');
    expect(f.n2(null)).toBe('—');
    expect(score(85.165)).toBe('85.17');
    expect(score(null)).toBe('—');
  });

  it('signs adjustments with a real minus, and writes formula terms', () => {
    expect(f.signed2(2)).toBe('+2.00');
    expect(f.signed2(-1)).toBe('−1.00');
    expect(f.signed2(-0.001)).toBe('0.00');
    expect(f.term(-1)).toBe('− 1.00');
    expect(f.term(0)).toBe('+ 0.00');
    expect(f.signedVal(2)).toBe('+2');
    expect(f.signedVal(-0.5)).toBe('-0.5');
  });
});

describe('percentages', () => {
  it('one decimal everywhere, rounded half up on the displayed digit', () => {
    expect(f.pct(1.0381818181818183)).toBe('103.8%');
    expect(f.pct(0.972)).toBe('97.2%');
    expect(f.pct(0.9725)).toBe('97.3%');
    expect(f.pct(1)).toBe('100.0%');
    expect(f.pct(0)).toBe('0.0%');
    expect(f.pct(12.5)).toBe('1,250.0%');
    expect(f.pct(null)).toBe('—');
    expect(percent(0.55)).toBe('55.0%');
  });
});

describe('values and ratios', () => {
  it('values keep their digits without padding; ratios have 4 decimals', () => {
    expect(f.val(57.1)).toBe('57.1');
    expect(f.val(125000)).toBe('125,000');
    expect(f.val(0.123456)).toBe('0.1235');
    expect(f.val(1.256, 2)).toBe('1.26');
    expect(f.val(undefined)).toBe('—');
    expect(value(3)).toBe('3');
    expect(f.ratio(1.0381818181818183)).toBe('1.0382');
  });
});

describe('dates', () => {
  const at = new Date('2026-07-01T10:05:09Z'); // 18:05:09 in Shanghai

  it('reads the Chinese way, in the district time zone', () => {
    expect(f.date(at)).toBe('2026年7月1日');
    expect(f.dateTime(at)).toBe('2026年7月1日 18:05');
    expect(f.timestamp(at)).toBe('2026年7月1日 18:05:09');
    expect(f.time(at)).toBe('18:05:09');
  });

  it('a date near midnight UTC falls on the Shanghai day', () => {
    expect(f.date(new Date('2026-06-30T16:30:00Z'))).toBe('2026年7月1日');
  });

  it('the English switch reads naturally', () => {
    expect(en.date(at)).toBe('July 1, 2026');
    expect(en.n2(85)).toBe('85.00');
  });
});

describe('one formatter', () => {
  const own = /\bformat\.(?:number|dateTime)\(|\.toFixed\(|toLocale(?:Date|Time)?String\(/;

  it('pages and components format numbers and dates only through components/ui/format.ts', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(import.meta.dirname, '../..');
    const walk = (dir: string): string[] =>
      fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
        const rel = path.posix.join(dir, e.name);
        return e.isDirectory() ? walk(rel) : /\.tsx?$/.test(e.name) ? [rel] : [];
      });
    const offenders = [...walk('components'), ...walk('app')]
      .filter((f) => f !== 'components/ui/format.ts' && !f.startsWith('app/api/'))
      .filter((f) => own.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
