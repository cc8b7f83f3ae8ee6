// One migrated, seeded database shared (read-only) by the integration files; dropped afterwards.
import type { TestProject } from 'vitest/node';
import { createTestDatabase, migrate, seed } from '../support/database';

declare module 'vitest' {
  export interface ProvidedContext {
    seededUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await createTestDatabase('seeded');
  migrate(db.url);
  seed(db.url);
  project.provide('seededUrl', db.url);
  return async () => {
    await db.drop();
  };
}
