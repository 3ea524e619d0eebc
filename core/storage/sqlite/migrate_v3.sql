-- Schema version 3: every configuration the hall has had, as imported (without PINs), so that a report of a
-- past day uses that day's opening hours and booths (HallStore::import writes it, report/ReportCatalog reads it).

CREATE TABLE config_history (
    id INTEGER PRIMARY KEY,
    imported_at INTEGER NOT NULL,
    config_version INTEGER NOT NULL,
    config TEXT NOT NULL);

CREATE INDEX config_history_imported ON config_history (imported_at);
