-- Follow-up attempts (回访未成功): a visit that could not be carried out (party unreachable,
-- refused, moved away) is recorded with its reason and leaves the loop open; performance is
-- asked only where the case has an agreement. Existing rows are visits carried out.
ALTER TABLE "follow_up" ALTER COLUMN "performed" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up" ALTER COLUMN "satisfaction" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up" ADD COLUMN "carried_out" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up" ADD COLUMN "not_carried_out_reason" text;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_carried_out_or_reason" CHECK (("follow_up"."carried_out" and "follow_up"."satisfaction" is not null and "follow_up"."not_carried_out_reason" is null)
        or (not "follow_up"."carried_out" and "follow_up"."not_carried_out_reason" is not null
          and "follow_up"."performed" is null and "follow_up"."satisfaction" is null));