-- The triggers that keep day_revisions (schema version 2). Trigger syntax is the one part of the schema that
-- is SQLite's own: another dialect writes its own trigger functions for the same three events, under the
-- same names (antre check looks for them).

CREATE TRIGGER tickets_insert_revises_day AFTER INSERT ON tickets BEGIN
    INSERT INTO day_revisions (business_day, revision) VALUES (NEW.business_day, 1)
        ON CONFLICT (business_day) DO UPDATE SET revision = revision + 1;
END;

CREATE TRIGGER tickets_update_revises_day AFTER UPDATE ON tickets BEGIN
    INSERT INTO day_revisions (business_day, revision) VALUES (NEW.business_day, 1)
        ON CONFLICT (business_day) DO UPDATE SET revision = revision + 1;
    INSERT INTO day_revisions (business_day, revision)
        SELECT OLD.business_day, 1 WHERE OLD.business_day <> NEW.business_day
        ON CONFLICT (business_day) DO UPDATE SET revision = revision + 1;
END;

CREATE TRIGGER tickets_delete_revises_day AFTER DELETE ON tickets BEGIN
    INSERT INTO day_revisions (business_day, revision) VALUES (OLD.business_day, 1)
        ON CONFLICT (business_day) DO UPDATE SET revision = revision + 1;
END;
