CREATE TABLE "spend_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"job_id" text,
	"task_id" uuid,
	"show_id" uuid,
	"kind" text DEFAULT '' NOT NULL,
	"seconds" double precision,
	"cost_usd" double precision DEFAULT 0 NOT NULL,
	"outcome" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "spend_ledger_provider_job" ON "spend_ledger" USING btree ("provider","job_id");--> statement-breakpoint
CREATE INDEX "spend_ledger_show_created" ON "spend_ledger" USING btree ("show_id","created_at");