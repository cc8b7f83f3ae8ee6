'use server';
// Server action of the settings page (/admin/settings): decode what was typed, then lib/settings/security.server.ts.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { DomainError } from '@/lib/actions/result';
import { decodeSettingsForm } from './form';
import { changeSecuritySettings } from './security.server';

export const saveSettingsAction = defineAction({
  permission: 'settings:manage',
  schema: z.record(z.string().max(64), z.union([z.string().max(100), z.boolean()])),
  handler: async (input, ctx) => {
    const { values, errors } = decodeSettingsForm(input);
    const fieldErrors = Object.fromEntries(Object.entries(errors).map(([k, code]) => [k, [code]]));
    if (Object.keys(fieldErrors).length) throw new DomainError('invalidInput', undefined, fieldErrors);
    await changeSecuritySettings(ctx, values);
    revalidatePath('/', 'layout');
    return null;
  },
});
