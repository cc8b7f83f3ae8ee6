-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" TEXT NOT NULL
);

-- the single row every audited write renews
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 'initial');
