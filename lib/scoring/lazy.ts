// Lazy breakdowns: a unit's `indicators` and `panel` are built on first read, from the figures
// scorePeriod already computed, and then kept. They are own enumerable accessor properties, so
// JSON.stringify, structuredClone, spreading and deep equality all see the full breakdown.
import type { IndicatorResult, PanelResult, UnitResult } from './types';

/** Builds the breakdowns of one scorePeriod call (kept alive only until each of them was read). */
export interface BreakdownSource {
  indicators(unit: number): IndicatorResult[];
  panel(unit: number): PanelResult;
}

/** One unit's breakdowns: built, or still to be built from `source`. */
export interface BreakdownSlot {
  source: BreakdownSource | null;
  unit: number;
  indicators: IndicatorResult[] | undefined;
  panel: PanelResult | undefined;
  /** makePlain replaced the unit's accessors by data properties */
  plain: boolean;
}

// A unit's slot is held in a private class field stamped onto the result object: results keep plain keys
// only (a private field is no property at all to Object.keys, getOwnPropertyNames, symbols, JSON, spreading,
// structuredClone or React's server-to-client serialisation, which rejects hidden and symbol keys), and one
// getter serves every unit, so all unit results share one hidden class. (A WeakMap beside the objects did the
// same, but each call added a thousand ephemeron entries the collector then had to trace.)
class Target {
  constructor(target: object) {
    // the object under construction becomes `this` of the subclass below, which stamps its field onto it
    return target as Target;
  }
}

class SlotField extends Target {
  #slot: BreakdownSlot;

  constructor(target: object, slot: BreakdownSlot) {
    super(target);
    this.#slot = slot;
  }

  static own(o: object): BreakdownSlot | undefined {
    return #slot in o ? (o as SlotField).#slot : undefined;
  }
}

export function newSlot(source: BreakdownSource, unit: number): BreakdownSlot {
  return { source, unit, indicators: undefined, panel: undefined, plain: false };
}

function slotOf(from: object): BreakdownSlot | undefined {
  // `this` is the unit itself, or an object inheriting from it (Object.create)
  for (let o: object | null = from; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    const slot = SlotField.own(o);
    if (slot !== undefined) return slot;
  }
  return undefined;
}

function release(slot: BreakdownSlot): void {
  if (slot.indicators !== undefined && slot.panel !== undefined) slot.source = null;
}

/** A plain writable property, as a write to a plain object would leave (on an inheriting object it shadows). */
function writeOwn(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

// Two written-out descriptors rather than one factory over the key: closures of one factory share their
// feedback, so `slot[key]` turned polymorphic and the engine bench lost ~3 ms at 1,000 units (session 3).
const INDICATORS: PropertyDescriptor = {
  get(this: object): IndicatorResult[] | undefined {
    const slot = slotOf(this);
    if (slot === undefined) return undefined;
    if (slot.indicators === undefined) {
      slot.indicators = (slot.source as BreakdownSource).indicators(slot.unit);
      release(slot);
    }
    return slot.indicators;
  },
  set(this: object, value: IndicatorResult[]) {
    const slot = SlotField.own(this);
    if (slot === undefined || slot.plain) return writeOwn(this, 'indicators', value);
    slot.indicators = value;
    release(slot);
  },
  enumerable: true,
  configurable: true,
};

const PANEL: PropertyDescriptor = {
  get(this: object): PanelResult | undefined {
    const slot = slotOf(this);
    if (slot === undefined) return undefined;
    if (slot.panel === undefined) {
      slot.panel = (slot.source as BreakdownSource).panel(slot.unit);
      release(slot);
    }
    return slot.panel;
  },
  set(this: object, value: PanelResult) {
    const slot = SlotField.own(this);
    if (slot === undefined || slot.plain) return writeOwn(this, 'panel', value);
    slot.panel = value;
    release(slot);
  },
  enumerable: true,
  configurable: true,
};

/** Attaches a unit result under construction to its slot (before its lazy properties are defined). */
export function attachSlot(target: Partial<UnitResult>, slot: BreakdownSlot): void {
  new SlotField(target, slot);
}

/** Defines `indicators` on a unit result under construction (call it where the key belongs in the key order). */
export function defineLazyIndicators(target: Partial<UnitResult>): void {
  Object.defineProperty(target, 'indicators', INDICATORS);
}

/** Defines `panel` on a unit result under construction (call it where the key belongs in the key order). */
export function defineLazyPanel(target: Partial<UnitResult>): void {
  Object.defineProperty(target, 'panel', PANEL);
}

/** Whether some breakdown of this unit (its indicators or its panel with the judge cards) is not built yet. */
export function hasPendingBreakdown(unit: UnitResult): boolean {
  const slot = SlotField.own(unit);
  return slot !== undefined && (slot.indicators === undefined || slot.panel === undefined);
}

/**
 * Builds every breakdown not built yet (e.g. before keeping a result for long: afterwards it no longer
 * holds on to the input rows). Returns the same result; later reads return the same objects.
 */
export function materializeBreakdowns<T extends { units: readonly UnitResult[] }>(result: T): T {
  for (const u of result.units) {
    void u.indicators;
    void u.panel;
  }
  return result;
}

/** Replaces a unit's accessors by plain data properties holding the built breakdowns (same key order). */
export function makePlain(unit: UnitResult): void {
  const indicators = unit.indicators;
  const panel = unit.panel;
  const slot = SlotField.own(unit);
  if (slot !== undefined && !slot.plain) {
    slot.plain = true;
    writeOwn(unit, 'indicators', indicators);
    writeOwn(unit, 'panel', panel);
  }
}
