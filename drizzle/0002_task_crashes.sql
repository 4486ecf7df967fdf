ALTER TABLE "tasks" ADD COLUMN "crashes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "resume_pending" boolean DEFAULT false NOT NULL;