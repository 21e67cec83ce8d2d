CREATE TABLE "holiday_schedule" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"year" integer NOT NULL,
	"holidays" date[] NOT NULL,
	"adjusted_workdays" date[] NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "holiday_schedule_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "agreement" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"facts" text NOT NULL,
	"terms" jsonb NOT NULL,
	"performance_manner" text,
	"performance_deadline" date,
	"signed_on" date NOT NULL,
	"document_sha256" text,
	"document_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "attachment" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"scan_status" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachment_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_counter" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_sequence" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_counter_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_event" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"reason" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "case_event_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_party" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"kind" text DEFAULT 'person' NOT NULL,
	"name" text NOT NULL,
	"id_number_sealed" "bytea",
	"id_number_index" "bytea",
	"id_number_masked" text,
	"phone_sealed" "bytea",
	"phone_index" "bytea",
	"phone_masked" text,
	"sex" text,
	"ethnicity" text,
	"birth_date" date,
	"occupation" text,
	"address" text,
	"legal_representative" text,
	"represents_party_id" uuid,
	"relation" text,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "case_party_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "follow_up" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"performed" text NOT NULL,
	"satisfaction" text NOT NULL,
	"notes" text,
	"visitor_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "judicial_confirmation" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"court_name" text NOT NULL,
	"filed_on" date NOT NULL,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"ruling_number" text,
	"rejection_reason" text,
	"decided_on" date,
	"letter_sha256" text,
	"letter_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "judicial_confirmation_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "mediation_case" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"case_year" integer NOT NULL,
	"case_sequence" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" text NOT NULL,
	"tier_level" smallint NOT NULL,
	"org_unit_id" uuid,
	"category_id" uuid NOT NULL,
	"committee_id" uuid,
	"source" text NOT NULL,
	"referral" jsonb,
	"summary" text NOT NULL,
	"claims" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"risk_colour" text,
	"amount_involved_fen" bigint,
	"diverted_to" text,
	"lead_official" text,
	"responsible_department" text,
	"responsible_user_id" uuid,
	"conclude_by" date,
	"accept_by" date,
	"follow_up_by" date,
	"result" text,
	"registered_by" uuid NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"supervised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mediation_case_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "mediation_session" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"place" text NOT NULL,
	"room_id" uuid,
	"location" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mediator_user_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"attendance" uuid[],
	"notes" text,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mediation_session_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "dispute_category" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"national_code" text NOT NULL,
	"origin" text NOT NULL,
	"name" text NOT NULL,
	"list_version" text NOT NULL,
	"default_tier_level" smallint NOT NULL,
	"committee_id" uuid,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dispute_category_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "industry_committee" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "industry_committee_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "centre_department" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"presence" text NOT NULL,
	"schedule" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "centre_department_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "mediation_room" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"location" text,
	"capacity" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mediation_room_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "tenant_setting" (
	"county_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"value" jsonb NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_setting_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
ALTER TABLE "holiday_schedule" ADD CONSTRAINT "holiday_schedule_county_id_tenant_id_tenant_county_id_id_fk" FOREIGN KEY ("county_id","tenant_id") REFERENCES "public"."tenant"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_county_id_case_id_mediation_case_county_id_id_fk" FOREIGN KEY ("county_id","case_id") REFERENCES "public"."mediation_case"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_county_id_case_id_mediation_case_county_id_id_fk" FOREIGN KEY ("county_id","case_id") REFERENCES "public"."mediation_case"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_counter" ADD CONSTRAINT "case_counter_county_id_tenant_id_tenant_county_id_id_fk" FOREIGN KEY ("county_id","tenant_id") REFERENCES "public"."tenant"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_county_id_case_id_mediation_case_county_id_id_fk" FOREIGN KEY ("county_id","case_id") REFERENCES "public"."mediation_case"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_party" ADD CONSTRAINT "case_party_county_id_case_id_mediation_case_county_id_id_fk" FOREIGN KEY ("county_id","case_id") REFERENCES "public"."mediation_case"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_county_id_case_id_mediation_case_county_id_id_fk" FOREIGN KEY ("county_id","case_id") REFERENCES "public"."mediation_case"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judicial_confirmation" ADD CONSTRAINT "judicial_confirmation_county_id_case_id_mediation_case_county_id_id_fk" FOREIGN KEY ("county_id","case_id") REFERENCES "public"."mediation_case"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_case" ADD CONSTRAINT "mediation_case_county_id_tenant_id_tenant_county_id_id_fk" FOREIGN KEY ("county_id","tenant_id") REFERENCES "public"."tenant"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_session" ADD CONSTRAINT "mediation_session_county_id_case_id_mediation_case_county_id_id_fk" FOREIGN KEY ("county_id","case_id") REFERENCES "public"."mediation_case"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_category" ADD CONSTRAINT "dispute_category_county_id_tenant_id_tenant_county_id_id_fk" FOREIGN KEY ("county_id","tenant_id") REFERENCES "public"."tenant"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_category" ADD CONSTRAINT "dispute_category_county_id_committee_id_industry_committee_county_id_id_fk" FOREIGN KEY ("county_id","committee_id") REFERENCES "public"."industry_committee"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industry_committee" ADD CONSTRAINT "industry_committee_county_id_tenant_id_tenant_county_id_id_fk" FOREIGN KEY ("county_id","tenant_id") REFERENCES "public"."tenant"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_department" ADD CONSTRAINT "centre_department_county_id_tenant_id_tenant_county_id_id_fk" FOREIGN KEY ("county_id","tenant_id") REFERENCES "public"."tenant"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_room" ADD CONSTRAINT "mediation_room_county_id_tenant_id_tenant_county_id_id_fk" FOREIGN KEY ("county_id","tenant_id") REFERENCES "public"."tenant"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_setting" ADD CONSTRAINT "tenant_setting_county_id_tenant_id_tenant_county_id_id_fk" FOREIGN KEY ("county_id","tenant_id") REFERENCES "public"."tenant"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "holiday_schedule_county_tenant_year_key" ON "holiday_schedule" USING btree ("county_id","tenant_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_county_case_key" ON "agreement" USING btree ("county_id","case_id");--> statement-breakpoint
CREATE INDEX "attachment_county_case_idx" ON "attachment" USING btree ("county_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_counter_county_tenant_year_key" ON "case_counter" USING btree ("county_id","tenant_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "case_event_county_case_seq_key" ON "case_event" USING btree ("county_id","case_id","seq");--> statement-breakpoint
CREATE INDEX "case_party_county_case_idx" ON "case_party" USING btree ("county_id","case_id");--> statement-breakpoint
CREATE INDEX "case_party_county_id_number_index_idx" ON "case_party" USING btree ("county_id","id_number_index");--> statement-breakpoint
CREATE INDEX "case_party_county_phone_index_idx" ON "case_party" USING btree ("county_id","phone_index");--> statement-breakpoint
CREATE INDEX "follow_up_county_case_idx" ON "follow_up" USING btree ("county_id","case_id");--> statement-breakpoint
CREATE INDEX "judicial_confirmation_county_case_idx" ON "judicial_confirmation" USING btree ("county_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_case_county_tenant_number_key" ON "mediation_case" USING btree ("county_id","tenant_id","case_year","case_sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_case_county_tenant_idempotency_key" ON "mediation_case" USING btree ("county_id","tenant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "mediation_case_county_tenant_status_idx" ON "mediation_case" USING btree ("county_id","tenant_id","status");--> statement-breakpoint
CREATE INDEX "mediation_case_county_responsible_idx" ON "mediation_case" USING btree ("county_id","responsible_user_id");--> statement-breakpoint
CREATE INDEX "mediation_session_county_room_time_idx" ON "mediation_session" USING btree ("county_id","room_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dispute_category_county_tenant_name_key" ON "dispute_category" USING btree ("county_id","tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "industry_committee_county_tenant_name_key" ON "industry_committee" USING btree ("county_id","tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "centre_department_county_tenant_name_key" ON "centre_department" USING btree ("county_id","tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_room_county_tenant_name_key" ON "mediation_room" USING btree ("county_id","tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_setting_county_tenant_key_version_key" ON "tenant_setting" USING btree ("county_id","tenant_id","key","version");--> statement-breakpoint
CREATE INDEX "security_event_user_id_at_idx" ON "security_event" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "recovery_code_user_id_idx" ON "recovery_code" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "session_user_id_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
SELECT app_private.secure_tenant_table(t) FROM unnest(ARRAY[
  'tenant_setting', 'industry_committee', 'dispute_category', 'holiday_schedule',
  'centre_department', 'mediation_room', 'mediation_case', 'case_counter', 'case_party',
  'case_event', 'mediation_session', 'agreement', 'judicial_confirmation', 'follow_up', 'attachment'
]::regclass[]) AS t;
--> statement-breakpoint
-- The case timeline and configuration history are append-only for the app.
REVOKE UPDATE, DELETE, TRUNCATE ON case_event, tenant_setting FROM concord_app;
