// A Period's scoring settings with DESIGN §4's defaults for anything missing or unusable.
import { finiteOrNull } from './numeric';
import type { PeriodSettings, PeriodSettingsInput } from './types';

export const DEFAULT_SETTINGS: Readonly<PeriodSettings> = Object.freeze({
  alpha: 0.7,
  beta: 0.3,
  bonusCap: 5,
  greenThreshold: 1,
  yellowThreshold: 0.8,
  timeProgress: 0.5,
  defaultCap: 1.2,
  rankFloor: 0.6,
});

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof PeriodSettings)[];

/** Caps cannot be negative (a negative cap would make every c negative); the rest only need to be finite. */
const NON_NEGATIVE: ReadonlySet<keyof PeriodSettings> = new Set(['bonusCap', 'defaultCap']);

export function resolveSettings(input: PeriodSettingsInput | null | undefined): {
  settings: PeriodSettings;
  /** absent or unusable, replaced by the default */
  defaulted: (keyof PeriodSettings)[];
  /** given but unusable (not finite, or a negative cap) — a subset of defaulted */
  invalid: (keyof PeriodSettings)[];
} {
  const settings = { ...DEFAULT_SETTINGS };
  const defaulted: (keyof PeriodSettings)[] = [];
  const invalid: (keyof PeriodSettings)[] = [];
  for (const k of KEYS) {
    const given = input?.[k];
    const v = finiteOrNull(given);
    if (v === null || (NON_NEGATIVE.has(k) && v < 0)) {
      defaulted.push(k);
      if (given !== null && given !== undefined) invalid.push(k);
    } else settings[k] = v;
  }
  return { settings, defaulted, invalid };
}
