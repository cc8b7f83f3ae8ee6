// Migrate and seed once per run: two templates that files copy (tests/support/database.ts), and one seeded copy
// shared (read-only) by the files that only read the demo district. All dropped afterwards.
import type { TestProject } from 'vitest/node';
import { createTemplates, createTestDatabase } from '../support/database';

declare module 'vitest' {
  export interface ProvidedContext {
    seededUrl: string;
    seededTemplateUrl: string;
    migratedTemplateUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { migrated, seeded } = await createTemplates();
  const shared = await createTestDatabase('seeded', seeded.url);
  project.provide('seededUrl', shared.url);
  project.provide('seededTemplateUrl', seeded.url);
  project.provide('migratedTemplateUrl', migrated.url);
  return async () => {
    for (const db of [shared, seeded, migrated]) await db.drop();
  };
}
