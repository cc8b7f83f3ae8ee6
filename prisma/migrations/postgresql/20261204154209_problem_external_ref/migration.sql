-- AlterTable
ALTER TABLE "EnterpriseProblem" ADD COLUMN     "externalRef" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseProblem_externalRef_key" ON "EnterpriseProblem"("externalRef");
