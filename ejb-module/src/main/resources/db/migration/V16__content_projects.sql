-- Doc 002 (ContentAgent): a CRM user's projects, the searches run in them and the videos each
-- search found. Ids shown to clients are the uuid columns; rows go with their project.
-- Portable between MariaDB and H2 in MariaDB mode.
CREATE TABLE content_projects (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid             CHAR(36)     NOT NULL,
    owner_account_id BIGINT       NOT NULL,
    title            VARCHAR(255) NOT NULL,
    -- video, text
    project_type     VARCHAR(10)  NOT NULL,
    -- draft, searching, selecting, generating, ready, published, failed
    status           VARCHAR(20)  NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    CONSTRAINT uq_content_projects_uuid UNIQUE (uuid),
    CONSTRAINT fk_content_projects_owner FOREIGN KEY (owner_account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX ix_content_projects_owner ON content_projects (owner_account_id, created_at);

-- One search (doc 002 §4.2.1), run synchronously: in_progress while the sources answer,
-- then completed or failed.
CREATE TABLE content_search_requests (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid              CHAR(36)      NOT NULL,
    project_id        BIGINT        NOT NULL,
    query_text        VARCHAR(500)  NOT NULL,
    language          VARCHAR(10)   NOT NULL,
    top_results_count INT           NOT NULL,
    -- a JSON array of platform names; empty: every platform
    platforms         VARCHAR(200)  NOT NULL,
    -- the client's params object as JSON text
    params            VARCHAR(4000) NOT NULL,
    -- pending, in_progress, completed, failed
    status            VARCHAR(20)   NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    completed_at      DATETIME(3),
    CONSTRAINT uq_content_search_requests_uuid UNIQUE (uuid),
    CONSTRAINT fk_content_search_requests_project FOREIGN KEY (project_id) REFERENCES content_projects (id) ON DELETE CASCADE
);
CREATE INDEX ix_content_search_requests_project ON content_search_requests (project_id, created_at);

-- A video a search found (doc 002 §4.2.2). reference is what the download fetches again: the
-- library's own id (library:<id>) or the URL a remote provider gave; link is null for a library
-- video without a page of its own (the API links it to this server).
CREATE TABLE content_search_results (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid              CHAR(36)      NOT NULL,
    search_request_id BIGINT        NOT NULL,
    project_id        BIGINT        NOT NULL,
    reference         VARCHAR(2000) NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    link              VARCHAR(2000),
    snippet           TEXT          NOT NULL,
    platform          VARCHAR(20)   NOT NULL,
    result_rank       INT           NOT NULL,
    is_selected       BOOLEAN       NOT NULL,
    -- a JSON object
    metadata          TEXT          NOT NULL,
    fetched_at        DATETIME(3)   NOT NULL,
    CONSTRAINT uq_content_search_results_uuid UNIQUE (uuid),
    CONSTRAINT fk_content_search_results_request FOREIGN KEY (search_request_id) REFERENCES content_search_requests (id) ON DELETE CASCADE,
    CONSTRAINT fk_content_search_results_project FOREIGN KEY (project_id) REFERENCES content_projects (id) ON DELETE CASCADE
);
CREATE INDEX ix_content_search_results_project ON content_search_results (project_id, fetched_at);
