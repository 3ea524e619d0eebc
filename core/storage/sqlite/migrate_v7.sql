-- Schema version 7: two indexes that hold every column the IKM report reads, so the IKM of any
-- period reads indexes alone, in their order, and groups a day's rows as they come (docs/PERFORMANCE.md §8):
-- a year's IKM per service was four times a scan of the survey table, most of it sorting 200,000 responses
-- and 250,000 tickets into groups. A few more bytes per response and per served ticket.

DROP INDEX IF EXISTS survey_responses_day;
CREATE INDEX survey_responses_day ON survey_responses (business_day, service_id, agency_id, counter_id,
    staff_id, persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana);

-- The served tickets, the IKM's population: only those rows, with the columns the IKM groups them by.
CREATE INDEX IF NOT EXISTS tickets_served ON tickets (business_day, service_id, counter_id, staff_id, status)
    WHERE status = 'done';
