-- Processing jobs of every kind (denoise, vocal separation, boost, speaker extraction):
-- one record per upload, with its state, progress, input, outputs and result.

CREATE TABLE jobs (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    progress       INT           NOT NULL DEFAULT 0,
    error_message  VARCHAR(1000),
    input_name     VARCHAR(255)  NOT NULL,
    input_path     VARCHAR(1000) NOT NULL,
    input_format   VARCHAR(10)   NOT NULL,
    input_size     BIGINT        NOT NULL,
    duration       DOUBLE        NOT NULL,
    sample_rate    INT           NOT NULL,
    channels       INT           NOT NULL,
    bit_rate       BIGINT        NOT NULL,
    parameters     VARCHAR(2000) NOT NULL,
    output_path    VARCHAR(1000),
    result         VARCHAR(4000),
    execution_id   BIGINT,
    created_at     DATETIME(3)   NOT NULL,
    started_at     DATETIME(3),
    completed_at   DATETIME(3),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_jobs_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX ix_jobs_owner_kind ON jobs (account_id, kind);
CREATE INDEX ix_jobs_state ON jobs (state);
