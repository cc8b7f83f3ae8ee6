'use client';
// zod 4 feature-detects eval with `Function('')` the first time a page parses an object schema; under the CSP
// (script-src without 'unsafe-eval', lib/http/rules.ts) the browser blocks it and reports a violation. Jitless mode
// never tries: schemas are interpreted, as zod does anyway where eval is unavailable.
import { z } from 'zod';

z.config({ jitless: true });

export function ZodJitless() {
  return null;
}
