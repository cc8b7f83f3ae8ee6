-- CreateTable
CREATE TABLE "PanelSheet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "arenaId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,
    "total" REAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PanelSheet_arenaId_fkey" FOREIGN KEY ("arenaId") REFERENCES "Arena" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PanelSheet_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "ArenaParticipant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PanelSheet_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PanelScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "arenaId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "sheetId" TEXT,
    "score" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PanelScore_arenaId_fkey" FOREIGN KEY ("arenaId") REFERENCES "Arena" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PanelScore_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "ArenaParticipant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PanelScore_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PanelScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "RubricCriterion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PanelScore_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "PanelSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PanelScore" ("arenaId", "createdAt", "criterionId", "id", "judgeId", "participantId", "score", "updatedAt") SELECT "arenaId", "createdAt", "criterionId", "id", "judgeId", "participantId", "score", "updatedAt" FROM "PanelScore";
DROP TABLE "PanelScore";
ALTER TABLE "new_PanelScore" RENAME TO "PanelScore";
CREATE INDEX "PanelScore_arenaId_idx" ON "PanelScore"("arenaId");
CREATE INDEX "PanelScore_sheetId_idx" ON "PanelScore"("sheetId");
CREATE UNIQUE INDEX "PanelScore_participantId_judgeId_criterionId_key" ON "PanelScore"("participantId", "judgeId", "criterionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PanelSheet_arenaId_idx" ON "PanelSheet"("arenaId");

-- CreateIndex
CREATE INDEX "PanelSheet_judgeId_idx" ON "PanelSheet"("judgeId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelSheet_participantId_judgeId_key" ON "PanelSheet"("participantId", "judgeId");
