-- Identity: accounts with roles, browser sessions, API keys and refresh tokens.
-- Portable between MariaDB and H2 in MariaDB mode.

CREATE TABLE accounts (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid                  CHAR(36)     NOT NULL,
    username              VARCHAR(50)  NOT NULL,
    username_key          VARCHAR(50)  NOT NULL,
    password_hash         VARCHAR(255) NOT NULL,
    first_name            VARCHAR(100),
    last_name             VARCHAR(100),
    mobile                VARCHAR(20),
    email                 VARCHAR(254),
    is_active             BOOLEAN      NOT NULL,
    max_chats             INT,
    max_messages_per_chat INT,
    expiry_date           DATE,
    total_chats           INT          NOT NULL DEFAULT 0,
    total_messages        INT          NOT NULL DEFAULT 0,
    last_login_at         DATETIME(3),
    created_at            DATETIME(3)  NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_accounts_uuid UNIQUE (uuid),
    CONSTRAINT uq_accounts_username UNIQUE (username_key)
);

CREATE TABLE account_roles (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_roles_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE web_sessions (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    key_hash       CHAR(64)     NOT NULL,
    account_id     BIGINT       NOT NULL,
    csrf_token     VARCHAR(64)  NOT NULL,
    client_address VARCHAR(64),
    user_agent     VARCHAR(255),
    created_at     DATETIME(3)  NOT NULL,
    last_seen_at   DATETIME(3)  NOT NULL,
    CONSTRAINT uq_web_sessions_key UNIQUE (key_hash),
    CONSTRAINT fk_web_sessions_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX ix_web_sessions_last_seen ON web_sessions (last_seen_at);

CREATE TABLE api_keys (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    key_hash     CHAR(64)     NOT NULL,
    prefix       VARCHAR(12)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    account_id   BIGINT       NOT NULL,
    created_by   VARCHAR(50),
    created_at   DATETIME(3)  NOT NULL,
    last_used_at DATETIME(3),
    revoked_at   DATETIME(3),
    CONSTRAINT uq_api_keys_hash UNIQUE (key_hash),
    CONSTRAINT fk_api_keys_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE refresh_tokens (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    jti        CHAR(36)    NOT NULL,
    account_id BIGINT      NOT NULL,
    issued_at  DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    revoked_at DATETIME(3),
    CONSTRAINT uq_refresh_tokens_jti UNIQUE (jti),
    CONSTRAINT fk_refresh_tokens_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX ix_refresh_tokens_expires ON refresh_tokens (expires_at);
