-- CreateTable
CREATE TABLE "ScopeVersion" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "version" TEXT NOT NULL
);
