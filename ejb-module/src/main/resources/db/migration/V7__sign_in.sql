-- Sign-in hardening (issue 12).

-- Raised whenever the account's password changes; access tokens carry the value they were
-- issued with (claim "cver"), and one with an older value is refused, so a password reset
-- ends the tokens already handed out instead of leaving them an hour to live.
ALTER TABLE accounts ADD COLUMN credentials_version INT NOT NULL DEFAULT 0;

-- Keys a password login gave (POST /api/auth/token/), as opposed to keys an admin issued:
-- a password reset revokes the first kind. Those made before this column are recognised by
-- how the token endpoint named them.
ALTER TABLE api_keys ADD COLUMN from_login BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE api_keys SET from_login = TRUE
 WHERE name = 'login' AND created_by = (SELECT a.username FROM accounts a WHERE a.id = api_keys.account_id);

-- The random input from which the token endpoint derives its key again (HMAC-SHA-256 with the
-- server's login-token secret), so that it can give a user their one key back while the
-- database still holds only the key's SHA-256. Null for every other key.
ALTER TABLE api_keys ADD COLUMN login_salt CHAR(43);
