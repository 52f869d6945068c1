-- The clinic (doc 003), part 1: OTP sign-in by phone, the development SMS outbox, and the
-- patient's profile. Portable between MariaDB and H2 in MariaDB mode.

-- The one live code of a phone number: a new code replaces the last.
CREATE TABLE clinic_otp_codes (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    phone             VARCHAR(16)  NOT NULL,
    -- guesses at this code, and whether it has signed someone in
    attempts          INT          NOT NULL DEFAULT 0,
    used              BOOLEAN      NOT NULL DEFAULT FALSE,
    -- an HMAC-SHA-256 of the code under the server's key, never the code itself
    code_hash         CHAR(64)     NOT NULL,
    channel           VARCHAR(10)  NOT NULL,
    sent_at           DATETIME(3)  NOT NULL,
    expires_at        DATETIME(3)  NOT NULL,
    -- the codes sent since window_started_at: an hourly cap per number beside the 60 s wait
    sends_in_window   INT          NOT NULL DEFAULT 1,
    window_started_at DATETIME(3)  NOT NULL,
    CONSTRAINT uq_clinic_otp_codes_phone UNIQUE (phone)
);

-- What the development SMS provider would have sent (no gateway configured): admins read it.
CREATE TABLE clinic_sms_outbox (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    phone      VARCHAR(16)   NOT NULL,
    channel    VARCHAR(10)   NOT NULL,
    text       VARCHAR(500)  NOT NULL,
    created_at DATETIME(3)   NOT NULL
);
CREATE INDEX ix_clinic_sms_outbox_phone ON clinic_sms_outbox (phone, created_at);
CREATE INDEX ix_clinic_sms_outbox_created ON clinic_sms_outbox (created_at);

-- Doc 003's patient profile beyond the account's name, email and phone. Dates are Gregorian
-- here; the API speaks Jalali. The three lists are JSON arrays of strings.
CREATE TABLE clinic_patients (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id             BIGINT        NOT NULL,
    national_id            VARCHAR(10),
    date_of_birth          DATE,
    gender                 VARCHAR(10),
    province               VARCHAR(100),
    city                   VARCHAR(100),
    postal_code            VARCHAR(10),
    address                VARCHAR(500),
    emergency_name         VARCHAR(200),
    emergency_relationship VARCHAR(100),
    emergency_phone        VARCHAR(16),
    blood_type             VARCHAR(3),
    height                 DOUBLE,
    weight                 DOUBLE,
    allergies              TEXT,
    chronic_diseases       TEXT,
    current_medications    TEXT,
    insurance_provider     VARCHAR(100),
    insurance_number       VARCHAR(50),
    insurance_expiry       DATE,
    created_at             DATETIME(3)   NOT NULL,
    updated_at             DATETIME(3)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_clinic_patients_account UNIQUE (account_id),
    CONSTRAINT fk_clinic_patients_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

-- A patient signs in with the phone number on their account (E.164, +989...).
CREATE INDEX ix_accounts_mobile ON accounts (mobile);
