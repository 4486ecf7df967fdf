CREATE TABLE "shots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"show_id" uuid NOT NULL,
	"episode_id" uuid,
	"sequence" text NOT NULL,
	"position" integer NOT NULL,
	"spec" jsonb NOT NULL,
	"frame_asset_id" uuid,
	"clip_asset_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assets" ADD COLUMN "shot_id" uuid;--> statement-breakpoint
ALTER TABLE "assets" ADD COLUMN "content_hash" text;--> statement-breakpoint
ALTER TABLE "characters" ADD COLUMN "voice" jsonb;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "score_asset_id" uuid;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "animatic_asset_id" uuid;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "animatic_wanted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "shots" ADD CONSTRAINT "shots_show_id_shows_id_fk" FOREIGN KEY ("show_id") REFERENCES "public"."shows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shots" ADD CONSTRAINT "shots_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shots_sequence" ON "shots" USING btree ("show_id","sequence","position");--> statement-breakpoint
CREATE INDEX "assets_show_content_hash" ON "assets" USING btree ("show_id","content_hash");