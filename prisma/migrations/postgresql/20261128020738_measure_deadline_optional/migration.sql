-- AlterTable
ALTER TABLE "Measure" ALTER COLUMN "deadline" DROP NOT NULL;
