-- Voice databases for diarization (doc 000 §9, api-map §2): named sets of enrolled
-- speakers, each with the embeddings of their samples (computed once at enrolment).

CREATE TABLE voice_databases (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_voice_databases_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX ix_voice_databases_owner ON voice_databases (account_id);

CREATE TABLE voice_speakers (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    database_id  BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    num_samples  INT          NOT NULL,
    -- JSON array of {"speech_seconds", "embedding": [128 floats]}, one per sample
    samples      MEDIUMTEXT   NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_voice_speakers_database FOREIGN KEY (database_id) REFERENCES voice_databases (id) ON DELETE CASCADE
);
CREATE INDEX ix_voice_speakers_database ON voice_speakers (database_id);
