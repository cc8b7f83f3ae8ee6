// Ledger-fed indicators, the pure parts (DESIGN §8): the setup rule on the unit of measure, the submission form's
// handling of a computed actual (shown, never sent, no plausibility reason), and the board link behind a figure.
import { describe, expect, it } from 'vitest';
import { checkValues, contentFromForm, formFromContent, type FormIndicator, type FormState } from '@/components/submission/form-model';
import { ledgerBoardHref } from '@/components/ledger/links';
import { isLedgerFigure, LEDGER_FIGURES, ledgerSetupProblem } from '@/lib/problems/rules';
import { DEFAULT_SETTINGS } from '@/lib/scoring';

describe('ledgerSetupProblem', () => {
  it('accepts the figure’s own unit (and the full-width ％) and a typed indicator in any unit', () => {
    expect(ledgerSetupProblem({ ledgerFigure: 'on_time_rate', measureUnit: '%', direction: 'higher' })).toBeNull();
    expect(ledgerSetupProblem({ ledgerFigure: 'satisfaction_rate', measureUnit: ' ％ ', direction: 'higher' })).toBeNull();
    expect(ledgerSetupProblem({ ledgerFigure: 'overdue', measureUnit: '件', direction: 'lower' })).toBeNull();
    expect(ledgerSetupProblem({ ledgerFigure: null, measureUnit: '亿元', direction: 'milestone' })).toBeNull();
  });
  it('refuses another unit, naming the one required, and a milestone', () => {
    expect(ledgerSetupProblem({ ledgerFigure: 'on_time_rate', measureUnit: '件', direction: 'higher' })).toBe('ledgerUnitPercent');
    expect(ledgerSetupProblem({ ledgerFigure: 'closed', measureUnit: '%', direction: 'higher' })).toBe('ledgerUnitCount');
    expect(ledgerSetupProblem({ ledgerFigure: 'received', measureUnit: '', direction: 'higher' })).toBe('ledgerUnitCount');
    expect(ledgerSetupProblem({ ledgerFigure: 'on_time_rate', measureUnit: '%', direction: 'milestone' })).toBe('ledgerMilestone');
  });
  it('knows the figures', () => {
    for (const f of LEDGER_FIGURES) expect(isLedgerFigure(f)).toBe(true);
    expect(isLedgerFigure('on_time')).toBe(false);
    expect(isLedgerFigure(null)).toBe(false);
  });
});

const rate: FormIndicator = {
  id: 'r',
  unitId: 'u',
  key: 'on_time',
  name: '涉企诉求按期办结率',
  category: 'main',
  measureUnit: '%',
  dataSource: null,
  direction: 'higher',
  method: 'ratio',
  annualTarget: null,
  halfTarget: 90,
  plannedPercent: null,
  weight: 10,
  cap: null,
  actual: null,
  ledger: { figure: 'on_time_rate', value: 30, numerator: 3, denominator: 10 },
};
const form = (raw: string): FormState => ({ values: { r: { raw, evidence: '台账', note: '' } }, highlights: '', h2Goals: '', pillars: {}, gaps: [] });
const stored = {
  values: [{ indicatorId: 'r', actual: 95, evidence: '台账', plausibilityNote: '' }],
  highlights: '',
  h2Goals: '',
  pillarMeasures: [],
  gaps: [],
};

describe('the submission form with a ledger-fed indicator', () => {
  it('shows the computed value, not a stored or typed one, and asks no reason for it', () => {
    expect(formFromContent(stored, [rate]).values.r!.raw).toBe('');
    // 30 against a target of 90 would be implausibly low if typed: computed, it needs no reason
    const c = checkValues(form('95'), [rate], { on_time: 92 }, DEFAULT_SETTINGS).r!;
    expect(c.parsed).toEqual({ ok: true, value: 30 });
    expect([c.flag, c.needsNote]).toEqual([null, false]);
  });
  it('never sends an actual for it (the server takes it on submit); the evidence still goes', () => {
    const r = contentFromForm(form('95'), [rate], stored);
    expect(r.content.values).toEqual([{ indicatorId: 'r', actual: null, evidence: '台账', plausibilityNote: '' }]);
    expect(r.errors).toEqual({});
  });
});

describe('ledgerBoardHref', () => {
  it('links each figure to the problems behind it', () => {
    expect(ledgerBoardHref('on_time_rate', 'u1', 'p1')).toBe('/problems?unit=u1&closedIn=p1');
    expect(ledgerBoardHref('closed', 'u1', 'p1')).toBe('/problems?unit=u1&closedIn=p1');
    expect(ledgerBoardHref('satisfaction_rate', 'u1', 'p1')).toBe('/problems?unit=u1&rated=p1');
    expect(ledgerBoardHref('received', 'u1', 'p1')).toBe('/problems?unit=u1&period=p1');
    expect(ledgerBoardHref('overdue', 'u1', 'p1')).toBe('/problems?unit=u1&overdue=1');
  });
});
