-- Doc 003's medical files: what a patient uploads (lab results, imaging, prescriptions, other),
-- optionally attached to one of their encounters. The bytes live under the data folder
-- (media/medical/<stored_name>, owner-only); a row and its file are made and removed together.
-- Portable between MariaDB and H2 in MariaDB mode.
CREATE TABLE clinic_medical_files (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid               CHAR(36)      NOT NULL,
    patient_account_id BIGINT        NOT NULL,
    -- one of the patient's own encounters (checked when uploaded), or null
    encounter_uuid     CHAR(36),
    -- lab_result, imaging, prescription, other
    file_type          VARCHAR(20)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    description        VARCHAR(2000),
    -- the name it was uploaded with, folders dropped; shown in the download's file name
    original_name      VARCHAR(255)  NOT NULL,
    -- from the content: application/pdf, image/jpeg, image/png, application/dicom
    mime_type          VARCHAR(40)   NOT NULL,
    file_size          BIGINT        NOT NULL,
    sha256             CHAR(64)      NOT NULL,
    -- the file's name in the medical folder (its uuid and an extension), never taken from the request
    stored_name        VARCHAR(64)   NOT NULL,
    uploaded_at        DATETIME(3)   NOT NULL,
    CONSTRAINT uq_clinic_medical_files_uuid UNIQUE (uuid),
    CONSTRAINT uq_clinic_medical_files_stored UNIQUE (stored_name),
    CONSTRAINT fk_clinic_medical_files_patient FOREIGN KEY (patient_account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX ix_clinic_medical_files_patient ON clinic_medical_files (patient_account_id, uploaded_at);
CREATE INDEX ix_clinic_medical_files_encounter ON clinic_medical_files (encounter_uuid);
