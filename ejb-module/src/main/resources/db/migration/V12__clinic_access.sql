-- Who may see a patient's data besides the patient, and the record of every such look.
-- Portable between MariaDB and H2 in MariaDB mode.

-- A doctor's temporary access to a patient (doc 003, "مدیریت دسترسی موقت"): it gives nothing
-- until the patient approves it with its code, and nothing after it expires or is revoked.
CREATE TABLE clinic_access_grants (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid               CHAR(36)     NOT NULL,
    access_code        CHAR(6)      NOT NULL,
    doctor_account_id  BIGINT       NOT NULL,
    patient_account_id BIGINT       NOT NULL,
    -- comma-separated: view_history, view_reports, add_notes
    permissions        VARCHAR(100) NOT NULL,
    reason             VARCHAR(500),
    -- pending, approved, revoked
    status             VARCHAR(10)  NOT NULL,
    created_at         DATETIME(3)  NOT NULL,
    expires_at         DATETIME(3)  NOT NULL,
    approved_at        DATETIME(3),
    revoked_at         DATETIME(3),
    CONSTRAINT uq_clinic_access_grants_uuid UNIQUE (uuid),
    CONSTRAINT uq_clinic_access_grants_code UNIQUE (access_code),
    CONSTRAINT fk_clinic_access_grants_doctor FOREIGN KEY (doctor_account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT fk_clinic_access_grants_patient FOREIGN KEY (patient_account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX ix_clinic_access_grants_pair ON clinic_access_grants (doctor_account_id, patient_account_id);
CREATE INDEX ix_clinic_access_grants_patient ON clinic_access_grants (patient_account_id, created_at);

-- Every read or change of a patient's data by someone else, allowed or refused. Rows are only
-- ever inserted: nothing in the API updates or deletes them. No foreign keys, on purpose: the
-- record outlives a deleted account, and it is written in a transaction of its own (a refusal
-- must be kept while the request's work rolls back), which must not wait on rows the request's
-- own transaction holds.
CREATE TABLE clinic_access_log (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- null when the patient asked for does not exist; patient_ref keeps what was asked for
    patient_account_id BIGINT,
    patient_ref        VARCHAR(64)  NOT NULL,
    actor_account_id   BIGINT       NOT NULL,
    -- doctor or admin
    actor_role         VARCHAR(10)  NOT NULL,
    -- what was done, e.g. medical_file.download, and to which record (its id)
    action             VARCHAR(40)  NOT NULL,
    subject            VARCHAR(64),
    -- what allowed it: a grant (its uuid) or the doctor's own encounter with the patient
    grant_uuid         CHAR(36),
    encounter_uuid     CHAR(36),
    allowed            BOOLEAN      NOT NULL,
    created_at         DATETIME(3)  NOT NULL
);
CREATE INDEX ix_clinic_access_log_patient ON clinic_access_log (patient_account_id, created_at);
