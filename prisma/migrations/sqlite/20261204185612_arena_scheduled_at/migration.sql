-- AlterTable
ALTER TABLE "Arena" ADD COLUMN "scheduledAt" DATETIME;
