// Evidence file rules: accepted types by content, stored names, headers, when files may change, required evidence.
import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_NAME_MAX,
  isEvidenceFileRequest,
  acceptedType,
  contentDisposition,
  missingEvidence,
  sanitizeFileName,
  servedInline,
  sizeRefusal,
  submissionAcceptsEvidence,
  targetOf,
} from '@/lib/evidence/rules';

describe('acceptedType', () => {
  it('takes the five types and nothing else, whatever the name', () => {
    expect(acceptedType({ ext: 'pdf', mime: 'application/pdf' })).toEqual({ ext: 'pdf', mime: 'application/pdf' });
    expect(acceptedType({ ext: 'jpg', mime: 'image/jpeg' })?.mime).toBe('image/jpeg');
    expect(acceptedType({ ext: 'xlsx', mime: 'x' })?.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    for (const ext of ['zip', 'exe', 'gif', 'doc', 'xls', 'svg', 'html', 'toString', '__proto__']) expect(acceptedType({ ext, mime: 'x' }), ext).toBeNull();
    expect(acceptedType(undefined)).toBeNull();
  });

  it('refuses empty and over-20 MB bodies', () => {
    expect(sizeRefusal(0)).toBe('evidenceEmpty');
    expect(sizeRefusal(1)).toBeNull();
    expect(sizeRefusal(EVIDENCE_MAX_BYTES)).toBeNull();
    expect(sizeRefusal(EVIDENCE_MAX_BYTES + 1)).toBe('evidenceTooLarge');
  });
});

describe('sanitizeFileName', () => {
  it('keeps a Chinese name and puts the detected extension on it', () => {
    expect(sanitizeFileName('2026年上半年统计快报.pdf', 'pdf')).toBe('2026年上半年统计快报.pdf');
    expect(sanitizeFileName('现场照片.PDF', 'png')).toBe('现场照片.png');
    expect(sanitizeFileName('photo.jpeg', 'jpg')).toBe('photo.jpg');
    expect(sanitizeFileName('报告.final', 'docx')).toBe('报告.final.docx');
  });

  it('drops paths, control, separator and bidi characters; never an empty or dot name', () => {
    expect(sanitizeFileName('C:\\Users\\张三\\桌面\\台账.xlsx', 'xlsx')).toBe('台账.xlsx');
    expect(sanitizeFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(sanitizeFileName('a\u0000b\r\nc"<>|?*:.pdf', 'pdf')).toBe('abc.pdf');
    expect(sanitizeFileName('invoice\u202efdp.exe', 'pdf')).toBe('invoicefdp.exe.pdf');
    expect(sanitizeFileName('', 'pdf')).toBe('佐证材料.pdf');
    expect(sanitizeFileName('...', 'png')).toBe('佐证材料.png');
  });

  it('cuts a long name to the limit, extension kept', () => {
    const name = sanitizeFileName(`${'很长的文件名'.repeat(40)}.pdf`, 'pdf');
    expect([...name].length).toBeLessThanOrEqual(EVIDENCE_NAME_MAX);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('serving', () => {
  it('images and PDF inline, Office files as attachments', () => {
    expect(servedInline('application/pdf')).toBe(true);
    expect(servedInline('image/png')).toBe(true);
    expect(servedInline('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(false);
  });

  it('Content-Disposition carries an ASCII fallback and the UTF-8 name per RFC 5987', () => {
    const h = contentDisposition('inline', '统计快报 (终稿).pdf');
    expect(h).toBe(`inline; filename="evidence.pdf"; filename*=UTF-8''${encodeURIComponent('统计快报')}%20%28${encodeURIComponent('终稿')}%29.pdf`);
    expect(contentDisposition('attachment', 'a"b;c.xlsx')).toMatch(/^attachment; filename="a_b_c\.xlsx"; filename\*=UTF-8''a%22b%3Bc\.xlsx$/);
    expect(contentDisposition('attachment', 'x\r\ny.pdf')).not.toMatch(/[\r\n]/);
  });
});

describe('when files may change', () => {
  it('only while the period collects and the submission is a draft or returned', () => {
    expect(submissionAcceptsEvidence('open', 'draft')).toBe(true);
    expect(submissionAcceptsEvidence('review', 'returned')).toBe(true);
    expect(submissionAcceptsEvidence('open', null)).toBe(true);
    expect(submissionAcceptsEvidence('open', 'submitted')).toBe(false);
    expect(submissionAcceptsEvidence('open', 'approved')).toBe(false);
    expect(submissionAcceptsEvidence('published', 'draft')).toBe(false);
  });

  it('a request names exactly one target', () => {
    expect(targetOf({ indicatorId: 'i1' })).toEqual({ kind: 'indicator', id: 'i1' });
    expect(targetOf({ problemId: 'p1' })).toEqual({ kind: 'problem', id: 'p1' });
    expect(targetOf({})).toBeNull();
    expect(targetOf({ indicatorId: 'i1', measureId: 'm1' })).toBeNull();
  });
});

describe('missingEvidence', () => {
  it('names each required indicator without a file, in order', () => {
    const indicators = [
      { id: 'a', name: '地区生产总值增速', evidenceRequired: true },
      { id: 'b', name: '固定资产投资', evidenceRequired: false },
      { id: 'c', name: '规上工业增加值', evidenceRequired: true },
      { id: 'd', name: '招商引资到位资金', evidenceRequired: true },
    ];
    expect(missingEvidence(indicators, new Set(['c']))).toEqual([
      { code: 'evidence', params: { name: '地区生产总值增速' } },
      { code: 'evidence', params: { name: '招商引资到位资金' } },
    ]);
    expect(missingEvidence(indicators, new Set(['a', 'c', 'd']))).toEqual([]);
  });
});

describe('isEvidenceFileRequest', () => {
  it('matches one file’s address only', () => {
    expect(isEvidenceFileRequest('/api/evidence/abc')).toBe(true);
    expect(isEvidenceFileRequest('/api/evidence/abc?download=1')).toBe(true);
    expect(isEvidenceFileRequest('/api/evidence?indicatorId=x')).toBe(false);
    expect(isEvidenceFileRequest('/api/evidence/abc/more')).toBe(false);
    expect(isEvidenceFileRequest('/units/abc')).toBe(false);
  });
});
