-- AlterTable
ALTER TABLE "PanelScore" ADD COLUMN     "sheetId" TEXT;

-- CreateTable
CREATE TABLE "PanelSheet" (
    "id" TEXT NOT NULL,
    "arenaId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PanelSheet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PanelSheet_arenaId_idx" ON "PanelSheet"("arenaId");

-- CreateIndex
CREATE INDEX "PanelSheet_judgeId_idx" ON "PanelSheet"("judgeId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelSheet_participantId_judgeId_key" ON "PanelSheet"("participantId", "judgeId");

-- CreateIndex
CREATE INDEX "PanelScore_sheetId_idx" ON "PanelScore"("sheetId");

-- AddForeignKey
ALTER TABLE "PanelSheet" ADD CONSTRAINT "PanelSheet_arenaId_fkey" FOREIGN KEY ("arenaId") REFERENCES "Arena"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelSheet" ADD CONSTRAINT "PanelSheet_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "ArenaParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelSheet" ADD CONSTRAINT "PanelSheet_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelScore" ADD CONSTRAINT "PanelScore_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "PanelSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;
