-- Doc 003's doctors: the professional profile and visit settings of an account with role
-- doctor, its insurances, breaks and photo, and patients' ratings of completed
-- visits (filled by booking). Portable between MariaDB and H2 in MariaDB mode.

-- Roles were stored by their place in navaa.identity.entity.Role (EclipseLink left the
-- converter out of the element collection): from now on by name, as V1 meant them, so SQL
-- (the doctor search) can name a role and a new role cannot change an old one's meaning.
UPDATE account_roles SET role = CASE role WHEN '0' THEN 'admin' WHEN '1' THEN 'doctor' WHEN '2' THEN 'patient'
    WHEN '3' THEN 'user' ELSE role END;

CREATE TABLE doctor_profiles (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id                  BIGINT       NOT NULL,
    gender                      VARCHAR(10),
    specialty_code              VARCHAR(50),
    specialty_title             VARCHAR(100),
    medical_council_number      VARCHAR(20),
    experience_years            INT,
    province                    VARCHAR(100),
    city                        VARCHAR(100),
    address                     VARCHAR(500),
    -- shown, never searched: a JSON array of texts
    languages                   VARCHAR(1000) NOT NULL DEFAULT '[]',
    online_consultation_enabled BOOLEAN      NOT NULL DEFAULT FALSE,
    online_consultation_fee     BIGINT,
    in_person_consultation_fee  BIGINT,
    consultation_duration       INT          NOT NULL DEFAULT 20,
    buffer_time                 INT          NOT NULL DEFAULT 0,
    -- Saturday first, comma-separated day names; empty: no visits
    working_days                VARCHAR(80)  NOT NULL DEFAULT '',
    -- minutes after midnight, Asia/Tehran
    work_start                  INT,
    work_end                    INT,
    notify_appointment_reminders BOOLEAN     NOT NULL DEFAULT TRUE,
    notify_new_appointments     BOOLEAN      NOT NULL DEFAULT TRUE,
    notify_cancellations        BOOLEAN      NOT NULL DEFAULT TRUE,
    notify_payments             BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at                  DATETIME(3)  NOT NULL,
    updated_at                  DATETIME(3)  NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_doctor_profiles_account UNIQUE (account_id),
    CONSTRAINT fk_doctor_profiles_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
-- the search's filters and sorts
CREATE INDEX ix_doctor_profiles_specialty ON doctor_profiles (specialty_code);
CREATE INDEX ix_doctor_profiles_city ON doctor_profiles (city);
CREATE INDEX ix_doctor_profiles_experience ON doctor_profiles (experience_years);
CREATE INDEX ix_doctor_profiles_fee ON doctor_profiles (in_person_consultation_fee);

CREATE TABLE doctor_insurances (
    profile_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    insurer    VARCHAR(100) NOT NULL,
    PRIMARY KEY (profile_id, position),
    CONSTRAINT fk_doctor_insurances_profile FOREIGN KEY (profile_id) REFERENCES doctor_profiles (id) ON DELETE CASCADE
);
CREATE INDEX ix_doctor_insurances_insurer ON doctor_insurances (insurer, profile_id);

CREATE TABLE doctor_breaks (
    profile_id  BIGINT NOT NULL,
    position    INT    NOT NULL,
    break_start INT    NOT NULL,
    break_end   INT    NOT NULL,
    PRIMARY KEY (profile_id, position),
    CONSTRAINT fk_doctor_breaks_profile FOREIGN KEY (profile_id) REFERENCES doctor_profiles (id) ON DELETE CASCADE
);

-- apart from the profile, so loading a profile never loads its image
CREATE TABLE doctor_photos (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    profile_id   BIGINT      NOT NULL,
    content_type VARCHAR(20) NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    CONSTRAINT uq_doctor_photos_profile UNIQUE (profile_id),
    CONSTRAINT fk_doctor_photos_profile FOREIGN KEY (profile_id) REFERENCES doctor_profiles (id) ON DELETE CASCADE
);

-- one per completed visit a patient rated; booking writes them
CREATE TABLE doctor_ratings (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    doctor_account_id  BIGINT      NOT NULL,
    patient_account_id BIGINT,
    encounter_id       CHAR(36),
    score              INT         NOT NULL,
    created_at         DATETIME(3) NOT NULL,
    CONSTRAINT uq_doctor_ratings_encounter UNIQUE (encounter_id),
    CONSTRAINT ck_doctor_ratings_score CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT fk_doctor_ratings_doctor FOREIGN KEY (doctor_account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT fk_doctor_ratings_patient FOREIGN KEY (patient_account_id) REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX ix_doctor_ratings_doctor ON doctor_ratings (doctor_account_id, score);
