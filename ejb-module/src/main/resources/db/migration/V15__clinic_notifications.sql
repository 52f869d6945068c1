-- Doc 003's doctor notifications (the dashboard's "notifications"): one row per event a
-- doctor is told of (a booking, a patient's cancellation). The message is not stored: the
-- doctor reads it later in the language of that request, so the row keeps the event's type
-- and facts (who, which visit, when) and the text is written at read time. Reminders of a
-- visit about to start are worked out when read, never stored.
-- Portable between MariaDB and H2 in MariaDB mode.
CREATE TABLE clinic_notifications (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid          CHAR(36)     NOT NULL,
    -- the doctor told
    account_id    BIGINT       NOT NULL,
    -- new_appointment, appointment_cancelled
    type          VARCHAR(40)  NOT NULL,
    -- the facts the message is written from: the patient's name as it was then (null: no
    -- name given), the visit and its time
    patient_name  VARCHAR(301),
    encounter_id  CHAR(36),
    visit_at      DATETIME(3),
    created_at    DATETIME(3)  NOT NULL,
    is_read       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_clinic_notifications_uuid UNIQUE (uuid),
    CONSTRAINT fk_clinic_notifications_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
-- a doctor's newest first
CREATE INDEX ix_clinic_notifications_account ON clinic_notifications (account_id, created_at);
