// The audit chain's pure part: the chain a write joins, and a hash that does not depend on how a database orders keys or
// spells numbers (lib/audit/hash.ts).
import { describe, expect, it } from 'vitest';
import { canonicalRow, chainFor, GENESIS_HASH, rowHash, type ChainedRow } from '@/lib/audit/hash';

const row: ChainedRow = {
  chain: 'global',
  seq: 1,
  prevHash: GENESIS_HASH,
  at: new Date('2026-03-01T08:05:09.123Z'),
  actorId: 'u1',
  actorName: '张三',
  ip: '10.0.0.1',
  action: 'setup.update_unit',
  entityType: 'unit',
  entityId: 'jsj',
  before: { name: '旧', n: 1.5, list: [{ b: 1, a: 2 }] },
  after: { name: '新', n: 2 },
};

describe('audit hash', () => {
  it('ignores key order at every depth and undefined members, as jsonb and JSON text give them back', () => {
    const reordered = { ...row, before: { list: [{ a: 2, b: 1 }], n: 1.5, name: '旧', gone: undefined } };
    expect(rowHash(reordered)).toBe(rowHash(row));
    // jsonb spells 1.50 and 1e21 differently; both parse to the same number
    expect(rowHash({ ...row, after: JSON.parse('{"n": 2.0, "name": "新", "big": 1e21}') })).toBe(
      rowHash({ ...row, after: JSON.parse('{"big": 1000000000000000000000, "name": "新", "n": 2}') }),
    );
  });

  it('changes with every covered field, including seq, prevHash and the millisecond', () => {
    const h = rowHash(row);
    const variants: Partial<ChainedRow>[] = [
      { seq: 2 },
      { prevHash: 'a'.repeat(64) },
      { at: new Date(row.at.getTime() + 1) },
      { actorId: null },
      { actorName: '李四' },
      { ip: null },
      { action: 'x' },
      { entityType: 'user' },
      { entityId: null },
      { before: null },
      { after: { name: '新', n: 3 } },
      { chain: 'main' },
    ];
    for (const v of variants) expect(rowHash({ ...row, ...v }), JSON.stringify(v)).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(canonicalRow(row)).toContain('"2026-03-01T08:05:09.123Z"');
  });

  it('a write joins its scope’s chain; an unshared write its entity’s; a named chain wins', () => {
    expect(chainFor('global', { entityType: 'unit', entityId: 'x' })).toBe('global');
    expect(chainFor({ period: 'p1' }, { entityType: 'submission', entityId: 's1' })).toBe('period:p1');
    expect(chainFor('unshared', { entityType: 'panel_sheet', entityId: 's1' })).toBe('panel_sheet:s1');
    expect(chainFor('unshared', { entityType: 'sign_in', entityId: null })).toBe('sign_in:');
    expect(chainFor('global', { entityType: 'audit_log', chain: 'audit_log' })).toBe('audit_log');
  });
});
