-- The group roles of a PostgreSQL hall (antre server init), one per kind of device, each with only the
-- grants its programs need. They cannot log in: every device logs in with its own LOGIN role, a member of
-- one group (docs/INSTALL.md, "A hall of 20 PCs"), so that a stolen kiosk's password is withdrawn alone.
-- Run by the database's owner after the schema is made or migrated, and again after every upgrade: every
-- grant is taken back first, so running it twice gives the same grants. A new table gets its grants here.
-- A statement ends with ";" at the end of a line outside a $$ … $$ body.

DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['antre_display', 'antre_kiosk', 'antre_counter', 'antre_supervisor', 'antre_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END;
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM antre_display, antre_kiosk, antre_counter, antre_supervisor, antre_admin;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM antre_display, antre_kiosk, antre_counter, antre_supervisor, antre_admin;

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO antre_display, antre_kiosk, antre_counter, '
                   'antre_supervisor, antre_admin', current_database());
END;
$$;
GRANT USAGE ON SCHEMA public TO antre_display, antre_kiosk, antre_counter, antre_supervisor, antre_admin;

-- Everyone reads the whole hall: the display shows the queue, the others check rules against it.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO antre_display, antre_kiosk, antre_counter, antre_supervisor, antre_admin;

-- Every write appends to the audit chain, and a ticket's trigger keeps its day's revision (report_days).
GRANT INSERT ON events TO antre_kiosk, antre_counter, antre_supervisor;
GRANT INSERT, UPDATE ON day_revisions TO antre_kiosk, antre_counter, antre_supervisor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO antre_kiosk, antre_counter, antre_supervisor, antre_admin;

-- The kiosk issues tickets (and its first ticket of a day expires the tickets left from the day before),
-- takes complaints and survey answers; never the configuration or the staff.
GRANT INSERT ON tickets TO antre_kiosk;
GRANT UPDATE (status, finished_at) ON tickets TO antre_kiosk;
-- ... and closes, at the end of the day it was opened, a booth left open overnight.
GRANT UPDATE (ended_at) ON counter_states TO antre_kiosk;
GRANT INSERT ON complaints, complaint_notes, survey_responses TO antre_kiosk;

-- The booth calls, serves and transfers tickets, opens and closes its counter, counts its officer's wrong
-- PINs, and takes survey answers at the booth.
GRANT INSERT, UPDATE ON tickets, counter_states TO antre_counter;
GRANT UPDATE (priority_streak) ON counters TO antre_counter;
GRANT UPDATE (failed_attempts, locked_until) ON staff TO antre_counter;
GRANT INSERT ON survey_responses TO antre_counter;

-- The supervisor: everything of the queue, complaints and reports (their summaries are a cache), the
-- lockout of an officer; not the configuration, and not who the staff are.
GRANT INSERT, UPDATE ON tickets, counter_states, complaints, complaint_notes, survey_responses TO antre_supervisor;
GRANT INSERT, UPDATE, DELETE ON report_days TO antre_supervisor;
GRANT UPDATE (priority_streak) ON counters TO antre_supervisor;
GRANT UPDATE (failed_attempts, locked_until) ON staff TO antre_supervisor;

-- The administrator: the configuration and the staff, everything else too.
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO antre_admin;

-- The request keys of the idempotent issue (issue_requests) are written with the ticket they issued, and
-- every device's first write of a day runs the rollover, which prunes the keys older than a day.
GRANT INSERT, DELETE ON issue_requests TO antre_kiosk, antre_counter, antre_supervisor;
