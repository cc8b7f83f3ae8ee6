-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'unit';
