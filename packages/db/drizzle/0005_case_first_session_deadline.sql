-- The first-session deadline (DOMAIN.md §10, ADR 006): due from acceptance, cleared once a session
-- is held. Cases accepted before this column existed simply have none and run on their conclusion
-- date; no backfill, as due dates need the working-day calendar, which lives in the app.
ALTER TABLE "mediation_case" ADD COLUMN "first_session_by" date;
