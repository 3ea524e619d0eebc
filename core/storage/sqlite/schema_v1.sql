-- Antre schema version 1 (SQLite). Times are UTC epoch milliseconds; business_day is the site's local date.
-- Portable SQL only, like every query of the core: no AUTOINCREMENT, no SQLite-only types. A statement ends
-- with ";" at the end of a line; comments are lines starting with "--" between statements.

CREATE TABLE site (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    timezone TEXT NOT NULL,
    priority_run_limit INTEGER NOT NULL DEFAULT 3,
    ticket_footer TEXT NOT NULL DEFAULT '',
    running_text TEXT NOT NULL DEFAULT '',
    call_phrase TEXT NOT NULL DEFAULT '',
    config_version INTEGER NOT NULL DEFAULT 1);

CREATE TABLE agencies (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0);

CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    daily_quota INTEGER,
    target_wait_min INTEGER NOT NULL DEFAULT 15,
    cutoff_min INTEGER NOT NULL DEFAULT 0,
    schedule TEXT NOT NULL,
    standard TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0);

CREATE TABLE counters (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0,
    priority_streak INTEGER NOT NULL DEFAULT 0);

CREATE TABLE counter_services (
    counter_id INTEGER NOT NULL REFERENCES counters(id),
    service_id INTEGER NOT NULL REFERENCES services(id),
    PRIMARY KEY (counter_id, service_id));

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    staff_code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'admin')),
    pin_hash TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    active INTEGER NOT NULL DEFAULT 1);

CREATE TABLE staff_counters (
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    counter_id INTEGER NOT NULL REFERENCES counters(id),
    PRIMARY KEY (staff_id, counter_id));

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    business_day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    seq INTEGER NOT NULL,
    service_id INTEGER NOT NULL REFERENCES services(id),
    original_service_id INTEGER NOT NULL REFERENCES services(id),
    priority INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    issue_hour INTEGER NOT NULL,
    queued_at INTEGER NOT NULL,
    first_called_at INTEGER,
    called_at INTEGER,
    serving_at INTEGER,
    finished_at INTEGER,
    counter_id INTEGER REFERENCES counters(id),
    staff_id INTEGER REFERENCES staff(id),
    outcome TEXT,
    recall_count INTEGER NOT NULL DEFAULT 0,
    transferred INTEGER NOT NULL DEFAULT 0,
    estimated_wait_min INTEGER,
    UNIQUE (business_day, prefix, seq));

CREATE INDEX tickets_queue ON tickets (status, service_id, priority, queued_at);
CREATE INDEX tickets_day ON tickets (business_day, service_id);
CREATE INDEX tickets_counter ON tickets (counter_id, status);
-- The kiosk's estimator reads today's calls of a few services; without this it reads the whole history.
CREATE INDEX tickets_service_called ON tickets (service_id, first_called_at);

CREATE TABLE counter_states (
    id INTEGER PRIMARY KEY,
    counter_id INTEGER NOT NULL REFERENCES counters(id),
    staff_id INTEGER REFERENCES staff(id),
    state TEXT NOT NULL CHECK (state IN ('open', 'break')),
    reason TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL,
    ended_at INTEGER);

CREATE INDEX counter_states_counter ON counter_states (counter_id, ended_at);
CREATE INDEX counter_states_started ON counter_states (started_at);
-- Every write looks for booths still open from an earlier day (rollover): only the open states, not all.
CREATE INDEX counter_states_open ON counter_states (ended_at, started_at);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    ticket_id INTEGER,
    counter_code TEXT NOT NULL DEFAULT '',
    staff_code TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL);

CREATE INDEX events_ticket ON events (ticket_id);
CREATE INDEX events_kind ON events (kind, id);
