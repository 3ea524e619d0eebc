-- The triggers that keep day_revisions (schema version 2), as PL/pgSQL trigger functions under the names of
-- sqlite/triggers.sql (antre check looks for them). A statement ends at a ";" that ends a line outside the
-- $$ … $$ body of a function.

CREATE FUNCTION antre_revise_day(day TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO day_revisions (business_day, revision) VALUES (day, 1)
        ON CONFLICT (business_day) DO UPDATE SET revision = day_revisions.revision + 1;
END;
$$;

CREATE FUNCTION antre_tickets_revise_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM antre_revise_day(OLD.business_day);
        RETURN OLD;
    END IF;
    PERFORM antre_revise_day(NEW.business_day);
    IF TG_OP = 'UPDATE' AND OLD.business_day <> NEW.business_day THEN
        PERFORM antre_revise_day(OLD.business_day);
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER tickets_insert_revises_day AFTER INSERT ON tickets
    FOR EACH ROW EXECUTE FUNCTION antre_tickets_revise_day();

CREATE TRIGGER tickets_update_revises_day AFTER UPDATE ON tickets
    FOR EACH ROW EXECUTE FUNCTION antre_tickets_revise_day();

CREATE TRIGGER tickets_delete_revises_day AFTER DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION antre_tickets_revise_day();
