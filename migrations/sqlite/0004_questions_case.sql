-- Each turn re-writes its case's pending questions: find them by case, not by scanning them all.
CREATE INDEX questions_case ON questions (case_id, status);
