-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN "plausibilityNote" TEXT;
