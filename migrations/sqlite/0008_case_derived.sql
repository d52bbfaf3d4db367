-- The dashboard reads small columns, never the snapshots it does not show. Each case row now also
-- carries its number's year, its place in the case list (`due_key`: the nearest deadline, or a
-- time after every deadline), when it was first closed, and what the statistics count of it
-- (`facts`, JSON). The bot writes them with every change; rows from before are filled in from
-- their snapshots at the next start (`deadline_known` 0 marks them, with an index of their own).
ALTER TABLE cases ADD COLUMN year INTEGER;
ALTER TABLE cases ADD COLUMN due_key TEXT;
ALTER TABLE cases ADD COLUMN closed_at TEXT;
ALTER TABLE cases ADD COLUMN facts TEXT;
UPDATE cases SET deadline_known = 0;
CREATE INDEX cases_unfilled ON cases (id) WHERE deadline_known = 0;
DROP INDEX cases_list;
DROP INDEX cases_deadline;
-- The case list walks this index in its order and stops after its page: every filter is in it.
CREATE INDEX cases_list ON cases (due_key, id DESC, state, kind, unit, year);
-- A year's statistics come from this index alone.
CREATE INDEX cases_year ON cases (year, kind, state, opened_at, closed_at, facts);
