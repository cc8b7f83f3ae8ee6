// Numbers as people type them: full-width, separators, units — parsed or refused with a reason.
import { describe, expect, it } from 'vitest';
import { parseNumberInput, toHalfWidth } from '@/lib/domain/number-input';

const value = (raw: string, measureUnit?: string) => {
  const r = parseNumberInput(raw, { measureUnit });
  return r.ok ? r.value : r.error;
};

describe('parseNumberInput', () => {
  it('reads plain, decimal and signed-positive numbers', () => {
    expect(value('1363')).toBe(1363);
    expect(value('12.5')).toBe(12.5);
    expect(value('.5')).toBe(0.5);
    expect(value('+3')).toBe(3);
    expect(value('0')).toBe(0);
  });
  it('reads full-width digits and punctuation', () => {
    expect(value('１３６３')).toBe(1363);
    expect(value('１２．５')).toBe(12.5);
    expect(value('１，３６３')).toBe(1363);
    expect(toHalfWidth('８５％')).toBe('85%');
  });
  it('drops thousands separators only where they group thousands', () => {
    expect(value('1,363')).toBe(1363);
    expect(value('12,345,678.9')).toBe(12345678.9);
    expect(value('1,36')).toBe('notNumber');
    expect(value('13,63')).toBe('notNumber');
  });
  it('accepts a trailing unit: the indicator’s own or any CJK / % suffix', () => {
    expect(value('1,363盏', '盏')).toBe(1363);
    expect(value('1363 盏')).toBe(1363);
    expect(value('12.6亿元', '亿元')).toBe(12.6);
    expect(value('85%')).toBe(85);
    expect(value('1天', '天')).toBe(1);
  });
  it('refuses text that is not a number', () => {
    for (const bad of ['abc', '约1000', '1000左右x', '1.2.3', '12e3', '--1', '1 000', 'NaN', 'Infinity', '<script>']) expect(value(bad), bad).toBe('notNumber');
  });
  it('refuses negative values unless allowed, and absurd magnitudes', () => {
    expect(value('-5')).toBe('negative');
    expect(value('－５')).toBe('negative');
    expect(parseNumberInput('-5', { allowNegative: true })).toEqual({ ok: true, value: -5 });
    expect(value('10000000000000')).toBe('tooLarge');
  });
  it('treats empty input as not filled', () => {
    expect(parseNumberInput('')).toEqual({ ok: true, value: null });
    expect(parseNumberInput('   ')).toEqual({ ok: true, value: null });
    expect(parseNumberInput(null)).toEqual({ ok: true, value: null });
  });
  it('normalises -0 to 0', () => expect(Object.is(value('-0'), 0)).toBe(true));
});
