-- AlterTable
ALTER TABLE "EnterpriseProblem" ADD COLUMN     "solvedDays" INTEGER;

-- CreateIndex
CREATE INDEX "EnterpriseProblem_solvedDays_raisedAt_idx" ON "EnterpriseProblem"("solvedDays", "raisedAt");

-- "solvedDays" = whole days from raisedAt to resolvedAt (lib/problems/rules.ts daysOpen at resolution), NULL while
-- unsolved — kept here so every writer (services, seed, tests, imports) is covered.
-- The body is an E'' string with its semicolons written as \073: Prisma's migration runner splits scripts at every
-- semicolon, dollar quotes included.
CREATE FUNCTION "EnterpriseProblem_solvedDays"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW."solvedDays" := CASE WHEN NEW."resolvedAt" IS NULL THEN NULL ELSE GREATEST(0, FLOOR(EXTRACT(EPOCH FROM (NEW."resolvedAt" - NEW."raisedAt")) / 86400))::integer END\073 RETURN NEW\073 END';

CREATE TRIGGER "EnterpriseProblem_solvedDays" BEFORE INSERT OR UPDATE OF "raisedAt", "resolvedAt" ON "EnterpriseProblem"
  FOR EACH ROW EXECUTE FUNCTION "EnterpriseProblem_solvedDays"();

UPDATE "EnterpriseProblem" SET "resolvedAt" = "resolvedAt" WHERE "resolvedAt" IS NOT NULL;
