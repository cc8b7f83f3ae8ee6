-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IndicatorValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "indicatorId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "actual" REAL,
    "evidence" TEXT,
    "plausibilityNote" TEXT,
    "ledgerNumerator" INTEGER,
    "ledgerDenominator" INTEGER,
    "source" TEXT NOT NULL DEFAULT 'unit',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IndicatorValue_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IndicatorValue" ("actual", "evidence", "id", "indicatorId", "ledgerDenominator", "ledgerNumerator", "plausibilityNote", "submissionId", "updatedAt") SELECT "actual", "evidence", "id", "indicatorId", "ledgerDenominator", "ledgerNumerator", "plausibilityNote", "submissionId", "updatedAt" FROM "IndicatorValue";
DROP TABLE "IndicatorValue";
ALTER TABLE "new_IndicatorValue" RENAME TO "IndicatorValue";
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_key" ON "IndicatorValue"("indicatorId");
CREATE INDEX "IndicatorValue_submissionId_idx" ON "IndicatorValue"("submissionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
