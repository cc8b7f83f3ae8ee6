// A stored indicator as the setup import's planner sees it (lib/import/setup-template.ts ExistingIndicator), for the
// pure tests: a higher-is-better count of unit u1, with `over` applied.
import type { ExistingIndicator } from '@/lib/import/setup-template';

export const storedIndicator = (over: Partial<ExistingIndicator>): ExistingIndicator => ({
  id: 'i1',
  unitId: 'u1',
  key: 'bridges',
  name: '新建桥梁',
  category: 'main',
  measureUnit: '座',
  direction: 'higher',
  annualTarget: 12,
  halfTarget: null,
  plannedPercent: null,
  weight: 60,
  method: 'ratio',
  cap: null,
  dataSource: '区建设局台账',
  pillarIds: ['p1'],
  ...over,
});
