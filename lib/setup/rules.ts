// Pure rules of a unit's indicator set (no I/O): what an indicator stores, from the form's checked fields — shared by
// the setup forms' service (lib/setup/indicators.server.ts), the Excel import's planner and commit
// (lib/import/setup-template.ts, lib/import/setup.server.ts) and the editor's rows (components/setup/indicator-editor.tsx).
import type { z } from 'zod';
import type { indicatorSchema } from '../domain/schemas';

/** The fields an indicator stores from the form (indicatorSchema's output): key, name, category … data source. */
export type IndicatorValues = z.output<typeof indicatorSchema>;
export type IndicatorField = keyof IndicatorValues;

/** Those fields in the form's order (also the order of the Indicator table's columns). */
export const INDICATOR_FIELDS = [
  'key',
  'name',
  'category',
  'measureUnit',
  'direction',
  'annualTarget',
  'halfTarget',
  'plannedPercent',
  'weight',
  'method',
  'cap',
  'dataSource',
] as const satisfies readonly IndicatorField[];

// every field listed once: a field added to indicatorSchema and not here fails to compile
type Missing = Exclude<IndicatorField, (typeof INDICATOR_FIELDS)[number]>;
const allListed: [Missing] extends [never] ? true : Missing = true;
void allListed;

/**
 * What is stored for checked form fields: a milestone keeps no targets (its planned % instead), a target indicator no
 * planned %; a blank data source is none.
 */
export function indicatorDataOf(f: IndicatorValues): IndicatorValues {
  const milestone = f.direction === 'milestone';
  return {
    key: f.key,
    name: f.name,
    category: f.category,
    measureUnit: f.measureUnit,
    direction: f.direction,
    annualTarget: milestone ? null : f.annualTarget,
    halfTarget: milestone ? null : f.halfTarget,
    plannedPercent: milestone ? f.plannedPercent : null,
    weight: f.weight,
    method: f.method,
    cap: f.cap,
    dataSource: f.dataSource && f.dataSource.trim() !== '' ? f.dataSource.trim() : null,
  };
}

/** The stored fields of a row that has them (a database row, a snapshot), in INDICATOR_FIELDS order. */
export function indicatorFieldsOf<T extends Record<IndicatorField, unknown>>(row: T): Pick<T, IndicatorField> {
  return Object.fromEntries(INDICATOR_FIELDS.map((f) => [f, row[f]])) as Pick<T, IndicatorField>;
}
