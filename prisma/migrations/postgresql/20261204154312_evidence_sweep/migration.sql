-- Deleted attachments are removed, not marked (the audit log keeps their name, hash and target)
DELETE FROM "EvidenceFile" WHERE "deletedAt" IS NOT NULL;

-- AlterTable
ALTER TABLE "EvidenceFile" DROP COLUMN "deletedAt",
DROP COLUMN "deletedById";

-- Blobs no attachment holds any more (decision 020: swept on delete from now on)
DELETE FROM "EvidenceChunk" WHERE "sha256" NOT IN (SELECT "blobSha256" FROM "EvidenceFile");
DELETE FROM "EvidenceBlob" WHERE "sha256" NOT IN (SELECT "blobSha256" FROM "EvidenceFile");
