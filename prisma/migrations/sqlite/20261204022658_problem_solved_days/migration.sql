-- AlterTable
ALTER TABLE "EnterpriseProblem" ADD COLUMN "solvedDays" INTEGER;

-- CreateIndex
CREATE INDEX "EnterpriseProblem_solvedDays_raisedAt_idx" ON "EnterpriseProblem"("solvedDays", "raisedAt");

-- "solvedDays" = whole days from raisedAt to resolvedAt (lib/problems/rules.ts daysOpen at resolution), NULL while
-- unsolved — kept here so every writer (services, seed, tests, imports) is covered. Dates are Prisma's ISO text;
-- the difference is rounded to whole milliseconds before the integer division so float error cannot lose a day.
CREATE TRIGGER "EnterpriseProblem_solvedDays_insert" AFTER INSERT ON "EnterpriseProblem"
BEGIN
  UPDATE "EnterpriseProblem" SET "solvedDays" = CASE WHEN NEW."resolvedAt" IS NULL THEN NULL
    ELSE MAX(0, CAST(ROUND((julianday(NEW."resolvedAt") - julianday(NEW."raisedAt")) * 86400000) AS INTEGER) / 86400000) END
  WHERE "id" = NEW."id";
END;

CREATE TRIGGER "EnterpriseProblem_solvedDays_update" AFTER UPDATE OF "raisedAt", "resolvedAt" ON "EnterpriseProblem"
BEGIN
  UPDATE "EnterpriseProblem" SET "solvedDays" = CASE WHEN NEW."resolvedAt" IS NULL THEN NULL
    ELSE MAX(0, CAST(ROUND((julianday(NEW."resolvedAt") - julianday(NEW."raisedAt")) * 86400000) AS INTEGER) / 86400000) END
  WHERE "id" = NEW."id";
END;

UPDATE "EnterpriseProblem" SET "solvedDays" = CASE WHEN "resolvedAt" IS NULL THEN NULL
  ELSE MAX(0, CAST(ROUND((julianday("resolvedAt") - julianday("raisedAt")) * 86400000) AS INTEGER) / 86400000) END;
