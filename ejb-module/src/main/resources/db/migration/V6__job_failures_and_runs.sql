-- Job failures as codes (issue 12 §4): a failed job stores why as a code (navaa.jobs.control.JobFailure),
-- rendered in the reader's language at read time, instead of an exception's text, which named server
-- paths. The free texts already stored are converted: the ones the engine wrote in fixed words get their
-- code; every other one was an exception's message, so it becomes INTERNAL and the text is dropped (it
-- may name files; the server log of the day it failed holds it).
ALTER TABLE jobs ADD COLUMN error_code VARCHAR(40);
UPDATE jobs SET error_code = 'CANCELLED_BY_ADMIN'
    WHERE state = 'FAILED' AND error_message LIKE 'cancelled by admin%';
UPDATE jobs SET error_code = 'SERVER_RESTARTS_EXCEEDED'
    WHERE state = 'FAILED' AND error_message LIKE 'the server stopped during this job%';
UPDATE jobs SET error_code = 'RESUME_FAILED'
    WHERE state = 'FAILED' AND error_message LIKE 'could not be resumed after a restart%';
UPDATE jobs SET error_code = 'TARGET_SAMPLE_TOO_LITTLE_SPEECH'
    WHERE state = 'FAILED' AND error_message LIKE 'the speaker sample holds % of speech, too little%';
UPDATE jobs SET error_code = 'INTERNAL'
    WHERE state = 'FAILED' AND error_code IS NULL;
ALTER TABLE jobs DROP COLUMN error_message;

-- Where each batch execution started a resumable step of a job, and how much it did (issue 12 §6):
-- a job resumed after a crash shows a second run starting at its resume point.
CREATE TABLE job_runs (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_id          BIGINT       NOT NULL,
    execution_id    BIGINT       NOT NULL,
    step            VARCHAR(30)  NOT NULL,
    -- what start_position, total and processed count: frames (audio at the plan's rate) or stretches
    unit            VARCHAR(20)  NOT NULL,
    start_position  BIGINT       NOT NULL,
    total           BIGINT       NOT NULL,
    -- null until the step closes: an execution a crash killed never gets one
    processed       BIGINT,
    started_at      DATETIME(3)  NOT NULL,
    ended_at        DATETIME(3),
    CONSTRAINT fk_job_runs_job FOREIGN KEY (job_id) REFERENCES jobs (id) ON DELETE CASCADE
);
CREATE INDEX ix_job_runs_job ON job_runs (job_id, execution_id);
