-- Doc 002's content (§3.2, §4.3): the one video or text a project made from a search result,
-- with its download. The download runs as a job of kind CONTENT_DOWNLOAD (its state, progress,
-- failure and times are the job's); download_uuid and task_uuid are the ids download-status
-- shows. file_path is relative to the content's folder (videos/<uuid>.mp4) once downloaded.
-- Portable between MariaDB and H2 in MariaDB mode.
CREATE TABLE content_items (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    uuid             CHAR(36)      NOT NULL,
    project_id       BIGINT        NOT NULL,
    search_result_id BIGINT,
    source_url       VARCHAR(2000) NOT NULL,
    -- what the download fetches: library:<id> or the provider's URL
    reference        VARCHAR(2000) NOT NULL,
    -- video, text, image
    content_type     VARCHAR(10)   NOT NULL,
    platform         VARCHAR(20)   NOT NULL,
    file_path        VARCHAR(300),
    file_size        BIGINT,
    download_uuid    CHAR(36)      NOT NULL,
    task_uuid        CHAR(36)      NOT NULL,
    job_id           BIGINT,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    CONSTRAINT uq_content_items_uuid UNIQUE (uuid),
    -- doc 002 §5.4: one content per project
    CONSTRAINT uq_content_items_project UNIQUE (project_id),
    CONSTRAINT fk_content_items_project FOREIGN KEY (project_id) REFERENCES content_projects (id) ON DELETE CASCADE,
    CONSTRAINT fk_content_items_result FOREIGN KEY (search_result_id) REFERENCES content_search_results (id) ON DELETE SET NULL,
    CONSTRAINT fk_content_items_job FOREIGN KEY (job_id) REFERENCES jobs (id) ON DELETE SET NULL
);
CREATE INDEX ix_content_items_job ON content_items (job_id);
