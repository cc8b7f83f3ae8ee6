-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- the single row every audited write renews
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 'initial');
