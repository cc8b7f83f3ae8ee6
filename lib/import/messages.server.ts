// Import issues and refusals in Chinese: the file is the 考核办's paperwork, and the preview shows the same sentence.
import 'server-only';
import { createTranslator } from 'next-intl';
import { messages } from '../../messages';
import type { ImportFileError, ImportIssue } from './rules';

const zh = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'], onError: () => {} });

/** An issue's message key rendered in Chinese (the key itself when unknown, so nothing is silently blank). */
export function issueMessage(i: Pick<ImportIssue, 'key' | 'params'>): string {
  const key = i.key as Parameters<typeof zh>[0];
  return zh.has(key) ? zh(key, i.params ?? {}) : i.key;
}

/** A refusal of the whole file; a code with a dot is a full key (a kind's own message), else one under excelImport.file. */
export function fileErrorMessage(e: ImportFileError): string {
  return issueMessage({ key: e.code.includes('.') ? e.code : `excelImport.file.${e.code}`, params: e.params });
}
