-- Doc 004's AI chats: a user's conversations with the language model, each message in order.
-- Ids are opaque random strings (doc 004), so they say nothing about how many chats exist.

CREATE TABLE chats (
    id                 VARCHAR(32)  NOT NULL PRIMARY KEY,
    account_id         BIGINT       NOT NULL,
    subject            VARCHAR(100) NOT NULL,
    -- every stored message, and the user's alone (what maxMessagesPerChat limits)
    message_count      INT          NOT NULL DEFAULT 0,
    user_message_count INT          NOT NULL DEFAULT 0,
    created_at         DATETIME(3)  NOT NULL,
    CONSTRAINT fk_chats_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX ix_chats_owner ON chats (account_id, created_at);

CREATE TABLE chat_messages (
    id          VARCHAR(32)  NOT NULL PRIMARY KEY,
    chat_id     VARCHAR(32)  NOT NULL,
    position    INT          NOT NULL,
    role        VARCHAR(10)  NOT NULL,
    -- a user's message is at most 4000 characters; a model's reply has no such bound
    content     MEDIUMTEXT   NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uq_chat_messages_position UNIQUE (chat_id, position),
    CONSTRAINT fk_chat_messages_chat FOREIGN KEY (chat_id) REFERENCES chats (id) ON DELETE CASCADE
);
