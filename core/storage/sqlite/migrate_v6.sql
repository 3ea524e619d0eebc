-- Schema version 6: idempotent ticket issue. A kiosk sends one request key per button press and the same key
-- again when it could not learn whether its issue committed (a lost connection, a crash before the answer):
-- the key is written in the same transaction as the ticket, so a retry finds the ticket issued instead of
-- issuing a second one. Written by QueueEngine::issue; keys older than a day are pruned at the rollover.

CREATE TABLE issue_requests (
    request_key TEXT PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    service_id INTEGER NOT NULL REFERENCES services(id),
    priority INTEGER NOT NULL,
    ahead INTEGER NOT NULL,
    others_ahead INTEGER NOT NULL,
    created_at INTEGER NOT NULL);

CREATE INDEX issue_requests_created ON issue_requests (created_at);
