-- Schema version 4: complaints (pengaduan). Each gets a reference ADU-<year>-<seq> numbered gaplessly per year
-- (MAX(seq)+1 under the write lock), an SLA class with its due day (the hall's local date), a status and the
-- answer given to the citizen; complaint_notes keeps the desk's notes in order. The hall's holidays and the SLA
-- days of each class are part of its configuration (HallStore reads and writes them). Codes of agency, service
-- and booth are kept as text: a complaint outlives a change of the configuration.

CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    received_at INTEGER NOT NULL,
    received_day TEXT NOT NULL,
    channel TEXT NOT NULL,
    lapor_id TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    body TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    agency_code TEXT NOT NULL DEFAULT '',
    service_code TEXT NOT NULL DEFAULT '',
    counter_code TEXT NOT NULL DEFAULT '',
    ticket_id INTEGER,
    ticket_number TEXT NOT NULL DEFAULT '',
    sla_class TEXT NOT NULL,
    due_day TEXT NOT NULL,
    status TEXT NOT NULL,
    reject_reason TEXT NOT NULL DEFAULT '',
    assigned_agency TEXT NOT NULL DEFAULT '',
    assigned_staff TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '',
    answered_at INTEGER,
    answered_day TEXT NOT NULL DEFAULT '',
    closed_at INTEGER,
    updated_at INTEGER NOT NULL,
    UNIQUE (year, seq));

CREATE INDEX complaints_received ON complaints (received_day);

CREATE INDEX complaints_status ON complaints (status, due_day);

CREATE TABLE complaint_notes (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    at INTEGER NOT NULL,
    staff_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    note TEXT NOT NULL);

CREATE INDEX complaint_notes_complaint ON complaint_notes (complaint_id);

CREATE TABLE site_holidays (
    day TEXT PRIMARY KEY);

CREATE TABLE complaint_sla (
    sla_class TEXT PRIMARY KEY,
    days INTEGER NOT NULL);
