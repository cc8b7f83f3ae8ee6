-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "chain" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL
);
