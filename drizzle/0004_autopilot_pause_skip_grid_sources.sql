ALTER TABLE "assets" ADD COLUMN "source_asset_ids" jsonb;--> statement-breakpoint
ALTER TABLE "characters" ADD COLUMN "skipped" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "skipped" boolean DEFAULT false NOT NULL;