-- Doctors' notes about a patient (doc 003, "ثبت یادداشت برای بیمار"): written by a doctor the
-- patient let in (a grant with add_notes) or by the doctor of the encounter it belongs to.
-- A private note is read by its author only. Portable between MariaDB and H2 in MariaDB mode.
CREATE TABLE clinic_notes (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid               CHAR(36)     NOT NULL,
    patient_account_id BIGINT       NOT NULL,
    -- the author; the note stays with the patient's record if the doctor's account goes
    doctor_account_id  BIGINT,
    encounter_id       BIGINT,
    -- clinical, followup, prescription, other
    note_type          VARCHAR(20)  NOT NULL,
    content            TEXT         NOT NULL,
    is_private         BOOLEAN      NOT NULL,
    -- a JSON array of at most ten short texts
    tags               VARCHAR(1000) NOT NULL,
    created_at         DATETIME(3)  NOT NULL,
    CONSTRAINT uq_clinic_notes_uuid UNIQUE (uuid),
    CONSTRAINT fk_clinic_notes_patient FOREIGN KEY (patient_account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT fk_clinic_notes_doctor FOREIGN KEY (doctor_account_id) REFERENCES accounts (id) ON DELETE SET NULL,
    CONSTRAINT fk_clinic_notes_encounter FOREIGN KEY (encounter_id) REFERENCES clinic_encounters (id) ON DELETE SET NULL
);
CREATE INDEX ix_clinic_notes_patient ON clinic_notes (patient_account_id, created_at);
