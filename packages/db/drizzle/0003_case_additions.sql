-- Case additions: separate yearly sequences for agreements (counter kind), the agreement fields
-- the standard 协议书 prints (issues, responsibilities, performance time and place), agreements
-- superseded when a case is reopened (one current agreement per case), and the queue index.
DROP INDEX "agreement_county_case_key";--> statement-breakpoint
DROP INDEX "case_counter_county_tenant_year_key";--> statement-breakpoint
ALTER TABLE "agreement" ADD COLUMN "issues" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "agreement" ADD COLUMN "responsibilities" text;--> statement-breakpoint
ALTER TABLE "agreement" ADD COLUMN "performance_time" text;--> statement-breakpoint
ALTER TABLE "agreement" ADD COLUMN "performance_place" text;--> statement-breakpoint
ALTER TABLE "agreement" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_counter" ADD COLUMN "kind" text DEFAULT 'case' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_county_case_current_key" ON "agreement" USING btree ("county_id","case_id") WHERE superseded_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "case_counter_county_tenant_kind_year_key" ON "case_counter" USING btree ("county_id","tenant_id","kind","year");--> statement-breakpoint
CREATE INDEX "mediation_case_county_tenant_registered_idx" ON "mediation_case" USING btree ("county_id","tenant_id","registered_at");