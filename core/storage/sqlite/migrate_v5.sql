-- Schema version 5: the satisfaction survey (SKM, PermenPANRB 14/2017). One row per response, linked to the
-- visit it rates (ticket, business day, service, agency, booth, officer) and never to the person: there is no
-- column for a name or a NIK. The nine answers are columns named by element code, so that no question order
-- (the screen asks sarana 8th and pengaduan 9th) can shift them. Written by survey/SurveyStore.

CREATE TABLE survey_responses (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER REFERENCES tickets(id),
    business_day TEXT NOT NULL,
    service_id INTEGER NOT NULL REFERENCES services(id),
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    counter_id INTEGER REFERENCES counters(id),
    staff_id INTEGER REFERENCES staff(id),
    answered_at INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('kiosk', 'booth', 'paper', 'cli')),
    persyaratan INTEGER NOT NULL CHECK (persyaratan BETWEEN 1 AND 4),
    prosedur INTEGER NOT NULL CHECK (prosedur BETWEEN 1 AND 4),
    waktu INTEGER NOT NULL CHECK (waktu BETWEEN 1 AND 4),
    biaya INTEGER NOT NULL CHECK (biaya BETWEEN 1 AND 4),
    produk INTEGER NOT NULL CHECK (produk BETWEEN 1 AND 4),
    kompetensi INTEGER NOT NULL CHECK (kompetensi BETWEEN 1 AND 4),
    perilaku INTEGER NOT NULL CHECK (perilaku BETWEEN 1 AND 4),
    pengaduan INTEGER NOT NULL CHECK (pengaduan BETWEEN 1 AND 4),
    sarana INTEGER NOT NULL CHECK (sarana BETWEEN 1 AND 4),
    sex TEXT,
    age_band TEXT,
    education TEXT,
    occupation TEXT,
    saran TEXT NOT NULL DEFAULT '');

-- One response per ticket (paper forms without a ticket are NULL, and NULLs are distinct).
CREATE UNIQUE INDEX survey_responses_ticket ON survey_responses (ticket_id);
CREATE INDEX survey_responses_day ON survey_responses (business_day, service_id);
