-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "ledgerFigure" TEXT;

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN "ledgerDenominator" INTEGER;
ALTER TABLE "IndicatorValue" ADD COLUMN "ledgerNumerator" INTEGER;

-- CreateTable
CREATE TABLE "ProblemAssist" (
    "problemId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    PRIMARY KEY ("problemId", "unitId"),
    CONSTRAINT "ProblemAssist_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "EnterpriseProblem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProblemAssist_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProblemEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "problemId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "note" TEXT,
    "data" TEXT,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProblemEvent_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "EnterpriseProblem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EnterpriseProblem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'visit',
    "enterpriseName" TEXT NOT NULL,
    "creditCode" TEXT,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "leadUnitId" TEXT NOT NULL,
    "responsiblePerson" TEXT NOT NULL,
    "raisedAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "resolution" TEXT,
    "resolvedAt" DATETIME,
    "rating" TEXT,
    "ratingNote" TEXT,
    "ratedAt" DATETIME,
    "closedAt" DATETIME,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "supervised" BOOLEAN NOT NULL DEFAULT false,
    "supervisedAt" DATETIME,
    "supervisionNote" TEXT,
    "transferReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EnterpriseProblem_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- existing rows keep their data: numbered QY-00001… in raising order, lead unit = the former responsible unit,
-- a missing deadline becomes the raising day, the former status open is now pending (待受理)
INSERT INTO "new_EnterpriseProblem" ("category", "code", "createdAt", "description", "dueAt", "enterpriseName", "id", "leadUnitId", "raisedAt", "resolution", "resolvedAt", "responsiblePerson", "status", "title", "updatedAt") SELECT "category", 'QY-' || printf('%05d', row_number() OVER (ORDER BY "raisedAt", "id")), "createdAt", "description", COALESCE("dueAt", "raisedAt"), "enterpriseName", "id", "responsibleUnitId", "raisedAt", "resolution", "resolvedAt", "responsiblePerson", CASE "status" WHEN 'open' THEN 'pending' ELSE "status" END, "title", "updatedAt" FROM "EnterpriseProblem";
DROP TABLE "EnterpriseProblem";
ALTER TABLE "new_EnterpriseProblem" RENAME TO "EnterpriseProblem";
CREATE UNIQUE INDEX "EnterpriseProblem_code_key" ON "EnterpriseProblem"("code");
CREATE INDEX "EnterpriseProblem_leadUnitId_status_idx" ON "EnterpriseProblem"("leadUnitId", "status");
CREATE INDEX "EnterpriseProblem_status_dueAt_idx" ON "EnterpriseProblem"("status", "dueAt");
CREATE INDEX "EnterpriseProblem_raisedAt_idx" ON "EnterpriseProblem"("raisedAt");
CREATE INDEX "EnterpriseProblem_resolvedAt_idx" ON "EnterpriseProblem"("resolvedAt");
CREATE INDEX "EnterpriseProblem_category_idx" ON "EnterpriseProblem"("category");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ProblemAssist_unitId_idx" ON "ProblemAssist"("unitId");

-- CreateIndex
CREATE INDEX "ProblemEvent_problemId_at_idx" ON "ProblemEvent"("problemId", "at");
