-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "evidenceRequired" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "EvidenceBlob" (
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mime" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceBlob_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "EvidenceChunk" (
    "sha256" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "EvidenceChunk_pkey" PRIMARY KEY ("sha256","seq")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),
    "deletedById" TEXT,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "EvidenceChunk" ADD CONSTRAINT "EvidenceChunk_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "EvidenceBlob"("sha256") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_blobSha256_fkey" FOREIGN KEY ("blobSha256") REFERENCES "EvidenceBlob"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "EnterpriseProblem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
