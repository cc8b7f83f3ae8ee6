-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "submissionId" TEXT,
    "gapId" TEXT,
    "pillarId" TEXT,
    "content" TEXT NOT NULL,
    "responsibleUnitId" TEXT NOT NULL,
    "responsiblePerson" TEXT NOT NULL,
    "deadline" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'not_started',
    "closedAt" DATETIME,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Measure_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measure_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measure_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Measure_gapId_fkey" FOREIGN KEY ("gapId") REFERENCES "Gap" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Measure_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "StrategyPillar" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Measure_responsibleUnitId_fkey" FOREIGN KEY ("responsibleUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Measure" ("closedAt", "content", "createdAt", "deadline", "gapId", "id", "periodId", "pillarId", "responsiblePerson", "responsibleUnitId", "sortOrder", "status", "submissionId", "unitId", "updatedAt") SELECT "closedAt", "content", "createdAt", "deadline", "gapId", "id", "periodId", "pillarId", "responsiblePerson", "responsibleUnitId", "sortOrder", "status", "submissionId", "unitId", "updatedAt" FROM "Measure";
DROP TABLE "Measure";
ALTER TABLE "new_Measure" RENAME TO "Measure";
CREATE INDEX "Measure_unitId_idx" ON "Measure"("unitId");
CREATE INDEX "Measure_responsibleUnitId_idx" ON "Measure"("responsibleUnitId");
CREATE INDEX "Measure_periodId_idx" ON "Measure"("periodId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
