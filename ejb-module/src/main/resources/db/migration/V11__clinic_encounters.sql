-- Doc 003's encounters: a patient's booked visit with a doctor, its price split between the
-- insurer and the patient, and its payment state (pending until the wallet arrives).
-- Portable between MariaDB and H2 in MariaDB mode.
CREATE TABLE clinic_encounters (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid               CHAR(36)     NOT NULL,
    booking_reference  VARCHAR(40)  NOT NULL,
    patient_account_id BIGINT       NOT NULL,
    doctor_account_id  BIGINT       NOT NULL,
    scheduled_at       DATETIME(3)  NOT NULL,
    duration_minutes   INT          NOT NULL,
    visit_type         VARCHAR(10)  NOT NULL,
    -- pending, confirmed, completed, cancelled
    status             VARCHAR(12)  NOT NULL,
    chief_complaint    VARCHAR(500),
    description        TEXT,
    insurance_provider VARCHAR(100),
    insurance_number   VARCHAR(50),
    -- rials
    total_amount       BIGINT       NOT NULL,
    insurance_discount BIGINT       NOT NULL,
    payable_amount     BIGINT       NOT NULL,
    payment_status     VARCHAR(12)  NOT NULL,
    -- what the patient owes for cancelling (rials; the policy's share once the free period is over)
    cancellation_fee   BIGINT,
    cancelled_at       DATETIME(3),
    created_at         DATETIME(3)  NOT NULL,
    CONSTRAINT uq_clinic_encounters_uuid UNIQUE (uuid),
    CONSTRAINT uq_clinic_encounters_reference UNIQUE (booking_reference),
    CONSTRAINT fk_clinic_encounters_patient FOREIGN KEY (patient_account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT fk_clinic_encounters_doctor FOREIGN KEY (doctor_account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
-- a doctor's calendar, and a patient's list
CREATE INDEX ix_clinic_encounters_doctor ON clinic_encounters (doctor_account_id, scheduled_at);
CREATE INDEX ix_clinic_encounters_patient ON clinic_encounters (patient_account_id, scheduled_at);
