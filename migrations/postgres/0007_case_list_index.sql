-- The dashboard filters and orders 50 cases out of tens of thousands: everything it filters and
-- sorts on is in one index, so the list never reads the case snapshots it does not show.
CREATE INDEX cases_list ON cases (deadline_at, id, state, kind, unit, number);
-- The statistics cache asks whether anything changed since: the latest update, from an index.
CREATE INDEX cases_updated ON cases (updated_at);
