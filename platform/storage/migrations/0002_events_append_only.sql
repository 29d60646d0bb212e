-- The event log is the audit trail: once written, an event is never changed or removed.
-- Enforced in the database so no code path (nor a hand-typed statement) can do it by mistake.
-- A superuser can still bypass triggers; the per-stream hash chain (verify-events) detects that.
CREATE FUNCTION events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events is append-only: % refused', TG_OP
    USING ERRCODE = 'restrict_violation', HINT = 'append a correcting event instead';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER events_no_update_or_delete
  BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER events_no_truncate
  BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();
