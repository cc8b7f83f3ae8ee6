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

describe('units of measure (DESIGN §4): converted into the indicator’s unit, or refused naming it', () => {
  const parse = (raw: string, measureUnit: string) => parseNumberInput(raw, { measureUnit });
  it('the three reported cases: 平方米 and 亿平方米 convert into 万平方米, 公里 is refused', () => {
    expect(value('125000平方米', '万平方米')).toBe(12.5);
    expect(value('0.125亿平方米', '万平方米')).toBe(1250);
    expect(parse('12.5公里', '万平方米')).toEqual({ ok: false, error: 'badUnit', expected: '万平方米' });
  });
  it('says what was typed when it converted, and nothing when the unit was the indicator’s own', () => {
    expect(parse('125000平方米', '万平方米')).toEqual({ ok: true, value: 12.5, converted: { typed: 125000, unit: '平方米' } });
    expect(parse('12.5万平方米', '万平方米')).toEqual({ ok: true, value: 12.5 });
    expect(parse('12.5', '万平方米')).toEqual({ ok: true, value: 12.5 });
  });
  it('money: 元 / 万元 / 亿元 in any direction', () => {
    expect(value('3500万元', '亿元')).toBe(0.35);
    expect(value('0.35亿元', '万元')).toBe(3500);
    expect(value('1,200,000元', '万元')).toBe(120);
    expect(value('12.6亿', '亿元')).toBe(12.6);
    expect(value('12.6美元', '亿元')).toBe('badUnit');
  });
  it('counts: 个 / 千 / 万 / 亿 as multipliers of the indicator’s own unit', () => {
    expect(value('1.1万', '个')).toBe(11000);
    expect(value('3千', '家')).toBe(3000);
    expect(value('2万个', '个')).toBe(20000);
    expect(value('12个', '个')).toBe(12);
    expect(value('1.2万人', '人')).toBe(12000);
    expect(value('5000人次', '万人次')).toBe(0.5);
    expect(value('12户', '家')).toBe('badUnit');
    expect(value('12个', '万平方米')).toBe('badUnit');
  });
  it('time: hours into days, nothing else', () => {
    expect(value('36小时', '天')).toBe(1.5);
    expect(value('2天', '天')).toBe(2);
    expect(value('2周', '天')).toBe('badUnit');
    expect(value('2万', '天')).toBe('badUnit');
    expect(value('2天', '小时')).toBe(48);
  });
  it('percent only where the indicator is in percent', () => {
    expect(value('97.2%', '%')).toBe(97.2);
    expect(value('９７．２％', '%')).toBe(97.2);
    expect(value('97.2%', '个')).toBe('badUnit');
    expect(value('97万', '%')).toBe('badUnit');
  });
  it('still refuses malformed numbers as numbers, not as units', () => {
    expect(value('1 000平方米', '万平方米')).toBe('notNumber');
    expect(value('12e3', '个')).toBe('notNumber');
    expect(value('约1000', '个')).toBe('notNumber');
  });
  it('refuses a conversion that ends out of range', () => {
    expect(value('20000亿亿元', '元')).toBe('badUnit');
    expect(value('200000亿元', '元')).toBe('tooLarge');
  });
});
