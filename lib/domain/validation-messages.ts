// Turns zod issues (whose messages are keys under `validation` in messages/*.json) into readable text.
import type { z } from 'zod';

export function describeIssues(error: z.ZodError, messages: Record<string, string>): string[] {
  return error.issues.map((issue) => {
    const text = messages[issue.message] ?? messages.invalid ?? issue.message;
    const field = issue.path.join('.');
    return field ? `${field}: ${text}` : text;
  });
}
