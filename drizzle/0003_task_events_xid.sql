ALTER TABLE "task_events" ADD COLUMN "xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "task_events_xid" ON "task_events" USING btree ("xid");