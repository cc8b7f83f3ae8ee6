-- RedefineTables (deleted attachments are removed, not marked: the audit log keeps their name, hash and target)
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EvidenceFile" (
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
    CONSTRAINT "EvidenceFile_blobSha256_fkey" FOREIGN KEY ("blobSha256") REFERENCES "EvidenceBlob" ("sha256") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFile_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFile_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFile_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "EnterpriseProblem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EvidenceFile" ("blobSha256", "createdAt", "fileName", "id", "indicatorId", "measureId", "periodId", "problemId", "submissionId", "submissionVersion", "unitId", "uploadedById", "uploadedByName") SELECT "blobSha256", "createdAt", "fileName", "id", "indicatorId", "measureId", "periodId", "problemId", "submissionId", "submissionVersion", "unitId", "uploadedById", "uploadedByName" FROM "EvidenceFile" WHERE "deletedAt" IS NULL;
DROP TABLE "EvidenceFile";
ALTER TABLE "new_EvidenceFile" RENAME TO "EvidenceFile";
CREATE INDEX "EvidenceFile_unitId_periodId_idx" ON "EvidenceFile"("unitId", "periodId");
CREATE INDEX "EvidenceFile_indicatorId_idx" ON "EvidenceFile"("indicatorId");
CREATE INDEX "EvidenceFile_measureId_idx" ON "EvidenceFile"("measureId");
CREATE INDEX "EvidenceFile_problemId_idx" ON "EvidenceFile"("problemId");
CREATE INDEX "EvidenceFile_blobSha256_idx" ON "EvidenceFile"("blobSha256");
-- Blobs no attachment holds any more (decision 020: swept on delete from now on)
DELETE FROM "EvidenceChunk" WHERE "sha256" NOT IN (SELECT "blobSha256" FROM "EvidenceFile");
DELETE FROM "EvidenceBlob" WHERE "sha256" NOT IN (SELECT "blobSha256" FROM "EvidenceFile");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
