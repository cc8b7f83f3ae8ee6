-- CreateTable
CREATE TABLE "ScopeVersion" (
    "scope" TEXT NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "ScopeVersion_pkey" PRIMARY KEY ("scope")
);
