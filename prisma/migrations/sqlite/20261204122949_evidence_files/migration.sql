-- CreateTable
CREATE TABLE "EvidenceBlob" (
    "sha256" TEXT NOT NULL PRIMARY KEY,
    "size" INTEGER NOT NULL,
    "mime" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "EvidenceChunk" (
    "sha256" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BLOB NOT NULL,

    PRIMARY KEY ("sha256", "seq"),
    CONSTRAINT "EvidenceChunk_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "EvidenceBlob" ("sha256") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blobSha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "periodId" TEXT,
    "unitId" TEXT NOT NULL,
    "submissionId" TEXT,
    "submissionVersion" INTEGER,
    "indicatorId" TEXT,
    "measureId" TEXT,
    "problemId" TEXT,
    "uploadedById" TEXT NOT NULL,
    "uploadedByName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    "deletedById" TEXT,
    CONSTRAINT "EvidenceFile_blobSha256_fkey" FOREIGN KEY ("blobSha256") REFERENCES "EvidenceBlob" ("sha256") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFile_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFile_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFile_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "EnterpriseProblem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT 'main',
    "measureUnit" TEXT NOT NULL,
    "direction" TEXT NOT NULL DEFAULT 'higher',
    "annualTarget" REAL,
    "halfTarget" REAL,
    "plannedPercent" REAL,
    "weight" REAL NOT NULL,
    "method" TEXT NOT NULL DEFAULT 'ratio',
    "cap" REAL,
    "dataSource" TEXT,
    "ledgerFigure" TEXT,
    "evidenceRequired" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Indicator_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Indicator_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Indicator" ("annualTarget", "cap", "category", "createdAt", "dataSource", "direction", "halfTarget", "id", "key", "ledgerFigure", "measureUnit", "method", "name", "periodId", "plannedPercent", "sortOrder", "unitId", "updatedAt", "weight") SELECT "annualTarget", "cap", "category", "createdAt", "dataSource", "direction", "halfTarget", "id", "key", "ledgerFigure", "measureUnit", "method", "name", "periodId", "plannedPercent", "sortOrder", "unitId", "updatedAt", "weight" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE INDEX "Indicator_periodId_key_idx" ON "Indicator"("periodId", "key");
CREATE INDEX "Indicator_unitId_idx" ON "Indicator"("unitId");
CREATE UNIQUE INDEX "Indicator_periodId_unitId_key_key" ON "Indicator"("periodId", "unitId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EvidenceFile_unitId_periodId_idx" ON "EvidenceFile"("unitId", "periodId");

-- CreateIndex
CREATE INDEX "EvidenceFile_indicatorId_idx" ON "EvidenceFile"("indicatorId");

-- CreateIndex
CREATE INDEX "EvidenceFile_measureId_idx" ON "EvidenceFile"("measureId");

-- CreateIndex
CREATE INDEX "EvidenceFile_problemId_idx" ON "EvidenceFile"("problemId");

-- CreateIndex
CREATE INDEX "EvidenceFile_blobSha256_idx" ON "EvidenceFile"("blobSha256");
