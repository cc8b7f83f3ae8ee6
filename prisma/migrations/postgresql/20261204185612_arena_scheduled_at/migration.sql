-- AlterTable
ALTER TABLE "Arena" ADD COLUMN     "scheduledAt" TIMESTAMP(3);
