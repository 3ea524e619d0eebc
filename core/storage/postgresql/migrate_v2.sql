-- Schema version 2: summaries of past days for reports (see core/report/DaySummaryStore). day_revisions counts the changes to
-- each day's tickets; the triggers of triggers.sql (run with this script) keep it, so that no write path can
-- forget to, and a summary is used only while its day's count is the one it was made from.

CREATE TABLE day_revisions (business_day TEXT PRIMARY KEY, revision BIGINT NOT NULL);

CREATE TABLE report_days (
    business_day TEXT PRIMARY KEY,
    revision BIGINT NOT NULL,
    format BIGINT NOT NULL,
    timezone TEXT NOT NULL,
    tickets BIGINT NOT NULL,
    data BYTEA NOT NULL);
