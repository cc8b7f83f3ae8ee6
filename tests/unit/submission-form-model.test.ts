// The submission form's pure model: typed actuals travel as typed (the server converts), over-long text is named, never cut.
import { describe, expect, it } from 'vitest';
import { checkValues, contentFromForm, overLimits, type FormIndicator, type FormState } from '@/components/submission/form-model';
import { LIMITS } from '@/lib/domain/submission-content';
import { DEFAULT_SETTINGS } from '@/lib/scoring';

const area: FormIndicator = {
  id: 'a',
  unitId: 'u',
  key: 'area',
  name: '新增绿地面积',
  category: 'main',
  measureUnit: '万平方米',
  dataSource: null,
  direction: 'higher',
  method: 'ratio',
  annualTarget: null,
  halfTarget: 12,
  plannedPercent: null,
  weight: 10,
  cap: null,
  actual: null,
};
const form = (raw: string, extra: Partial<FormState> = {}): FormState => ({
  values: { a: { raw, evidence: '', note: '' } },
  highlights: '',
  h2Goals: '',
  pillars: {},
  gaps: [],
  ...extra,
});
const empty = { values: [], highlights: '', h2Goals: '', pillarMeasures: [], gaps: [] };

describe('contentFromForm', () => {
  it('sends the typed text for the server to read, and keeps the converted number as what was saved', () => {
    const r = contentFromForm(form('125000平方米'), [area], empty);
    expect(r.content.values[0]?.actual).toBe('125000平方米');
    expect(r.numbers[0]?.actual).toBe(12.5);
    expect(r.errors).toEqual({});
  });
  it('a refused suffix keeps the last saved number and reports the error', () => {
    const r = contentFromForm(form('12.5公里'), [area], { ...empty, values: [{ indicatorId: 'a', actual: 11, evidence: '' }] });
    expect(r.content.values[0]?.actual).toBe(11);
    expect(r.errors).toEqual({ a: 'badUnit' });
  });
});

describe('checkValues', () => {
  it('flags an implausible value and asks for a reason until one is typed', () => {
    const c = checkValues(form('120'), [area], {}, DEFAULT_SETTINGS).a!;
    expect(c.flag).toBe('high');
    expect(c.needsNote).toBe(true);
    const f = form('120');
    f.values.a!.note = '含划入的湿地公园';
    expect(checkValues(f, [area], {}, DEFAULT_SETTINGS).a?.needsNote).toBe(false);
  });
  it('compares with last period by key', () => {
    expect(checkValues(form('12'), [area], { area: 40 }, DEFAULT_SETTINGS).a?.flag).toBe('drop');
  });
});

describe('overLimits', () => {
  it('names every text over its limit, with its length, and nothing at the limit', () => {
    const f = form('', {
      highlights: 'x'.repeat(LIMITS.highlights),
      gaps: [{ id: 'g', description: '', rootCause: 'y'.repeat(LIMITS.rootCause + 25), measures: [] }],
    });
    expect(overLimits(f, [area], new Map())).toEqual([{ code: 'rootCause', params: { n: 1, len: LIMITS.rootCause + 25, max: LIMITS.rootCause } }]);
  });
});
