-- DropForeignKey
ALTER TABLE "EnterpriseProblem" DROP CONSTRAINT "EnterpriseProblem_periodId_fkey";

-- DropForeignKey
ALTER TABLE "EnterpriseProblem" DROP CONSTRAINT "EnterpriseProblem_responsibleUnitId_fkey";

-- DropIndex
DROP INDEX "EnterpriseProblem_responsibleUnitId_idx";

-- DropIndex
DROP INDEX "EnterpriseProblem_status_idx";

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "ledgerFigure" TEXT;

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "ledgerDenominator" INTEGER,
ADD COLUMN     "ledgerNumerator" INTEGER;

-- AlterTable: existing rows keep their data (numbered QY-00001… in raising order, lead unit = the former
-- responsible unit, a missing deadline becomes the raising day, the former status open is now pending)
ALTER TABLE "EnterpriseProblem" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "code" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "creditCode" TEXT,
ADD COLUMN     "leadUnitId" TEXT,
ADD COLUMN     "ratedAt" TIMESTAMP(3),
ADD COLUMN     "rating" TEXT,
ADD COLUMN     "ratingNote" TEXT,
ADD COLUMN     "reopenCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'visit',
ADD COLUMN     "supervised" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "supervisedAt" TIMESTAMP(3),
ADD COLUMN     "supervisionNote" TEXT,
ADD COLUMN     "transferReason" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "status" SET DEFAULT 'pending';

UPDATE "EnterpriseProblem" p SET
  "code" = 'QY-' || lpad(n.rn::text, 5, '0'),
  "leadUnitId" = p."responsibleUnitId",
  "dueAt" = COALESCE(p."dueAt", p."raisedAt"),
  "status" = CASE p."status" WHEN 'open' THEN 'pending' ELSE p."status" END
FROM (SELECT "id", row_number() OVER (ORDER BY "raisedAt", "id") AS rn FROM "EnterpriseProblem") n
WHERE n."id" = p."id";

ALTER TABLE "EnterpriseProblem" DROP COLUMN "periodId",
DROP COLUMN "responsibleUnitId",
ALTER COLUMN "code" SET NOT NULL,
ALTER COLUMN "leadUnitId" SET NOT NULL,
ALTER COLUMN "dueAt" SET NOT NULL;

-- CreateTable
CREATE TABLE "ProblemAssist" (
    "problemId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "ProblemAssist_pkey" PRIMARY KEY ("problemId","unitId")
);

-- CreateTable
CREATE TABLE "ProblemEvent" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "note" TEXT,
    "data" TEXT,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProblemEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProblemAssist_unitId_idx" ON "ProblemAssist"("unitId");

-- CreateIndex
CREATE INDEX "ProblemEvent_problemId_at_idx" ON "ProblemEvent"("problemId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseProblem_code_key" ON "EnterpriseProblem"("code");

-- CreateIndex
CREATE INDEX "EnterpriseProblem_leadUnitId_status_idx" ON "EnterpriseProblem"("leadUnitId", "status");

-- CreateIndex
CREATE INDEX "EnterpriseProblem_status_dueAt_idx" ON "EnterpriseProblem"("status", "dueAt");

-- CreateIndex
CREATE INDEX "EnterpriseProblem_raisedAt_idx" ON "EnterpriseProblem"("raisedAt");

-- CreateIndex
CREATE INDEX "EnterpriseProblem_resolvedAt_idx" ON "EnterpriseProblem"("resolvedAt");

-- CreateIndex
CREATE INDEX "EnterpriseProblem_category_idx" ON "EnterpriseProblem"("category");

-- AddForeignKey
ALTER TABLE "EnterpriseProblem" ADD CONSTRAINT "EnterpriseProblem_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemAssist" ADD CONSTRAINT "ProblemAssist_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "EnterpriseProblem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemAssist" ADD CONSTRAINT "ProblemAssist_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemEvent" ADD CONSTRAINT "ProblemEvent_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "EnterpriseProblem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
