-- 0002: accounts and roles, the audit log's actor id, and the base branch's 党员 roster.

CREATE TABLE app_user (
  id                   INTEGER PRIMARY KEY,
  username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name         TEXT NOT NULL,
  password_hash        TEXT NOT NULL, -- scrypt, hex
  password_salt        TEXT NOT NULL, -- per user, hex
  active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
  failed_attempts      INTEGER NOT NULL DEFAULT 0,
  locked_until_ms      INTEGER,
  last_login_at        TEXT,
  created_at           TEXT NOT NULL
) STRICT;

CREATE TABLE app_user_role (
  user_id INTEGER NOT NULL REFERENCES app_user (id),
  role    TEXT NOT NULL CHECK (role IN ('admin','front_desk','mentor','branch_secretary','party_affairs','read_only')),
  PRIMARY KEY (user_id, role)
) STRICT, WITHOUT ROWID;

ALTER TABLE audit_log ADD COLUMN actor_id INTEGER;
CREATE INDEX audit_log_by_actor ON audit_log (actor, at);
CREATE INDEX audit_log_by_channel ON audit_log (channel, at);

-- 党员: never deleted; 转出, 出党 and 去世 will be dated events (基地党支部).
CREATE TABLE party_member (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  gender          TEXT NOT NULL CHECK (gender IN ('male','female')),
  birth_date      TEXT NOT NULL,
  id_number       TEXT NOT NULL UNIQUE, -- 公民身份号码, normalised (upper-case X); shown masked
  category        TEXT NOT NULL CHECK (category IN ('full','probationary')),
  relation        TEXT NOT NULL CHECK (relation IN ('formal','concurrent','mobile')),
  organization_id INTEGER REFERENCES organization (id),
  post            TEXT,
  phone           TEXT,
  joined_on       TEXT,
  veteran_member  INTEGER NOT NULL DEFAULT 0 CHECK (veteran_member IN (0, 1)),
  veteran_cadre   INTEGER NOT NULL DEFAULT 0 CHECK (veteran_cadre IN (0, 1)),
  note            TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX party_member_by_org ON party_member (organization_id);
CREATE INDEX party_member_by_name ON party_member (name);
