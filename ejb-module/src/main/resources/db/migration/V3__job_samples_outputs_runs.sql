-- Speaker extraction takes a second upload (the target speaker's sample); vocal
-- separation makes two outputs. Restart survival needs to know which server run claimed a
-- job and how often it was tried.

ALTER TABLE jobs ADD COLUMN sample_name VARCHAR(255);
ALTER TABLE jobs ADD COLUMN sample_path VARCHAR(1000);
-- JSON object: output name ("output", "vocals", "instrumental") -> file path
ALTER TABLE jobs ADD COLUMN outputs VARCHAR(2000);
-- the id of the server run that started the job's batch execution
ALTER TABLE jobs ADD COLUMN runner VARCHAR(36);
ALTER TABLE jobs ADD COLUMN attempts INT NOT NULL DEFAULT 0;
