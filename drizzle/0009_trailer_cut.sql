ALTER TABLE "shows" ADD COLUMN "trailer_score_asset_id" uuid;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "trailer_wanted" boolean DEFAULT false NOT NULL;