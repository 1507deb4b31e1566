-- 0001: settings, 入驻组织 with service areas and stage history, and the audit log.

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL -- JSON
) STRICT;

CREATE TABLE organization (
  id                   INTEGER PRIMARY KEY,
  name                 TEXT NOT NULL,
  name_key             TEXT NOT NULL,            -- normalised name, unique
  name_initials        TEXT NOT NULL,            -- pinyin initials, for search
  name_pinyin          TEXT NOT NULL,            -- full pinyin, for sorting
  search_text          TEXT NOT NULL,            -- lower-cased name, short name, contact, code, pinyin: one column to search
  short_name           TEXT,
  uscc                 TEXT,                     -- 统一社会信用代码, normalised
  legal_type           TEXT NOT NULL CHECK (legal_type IN ('social_group','private_non_enterprise','foundation','preparing','filed')),
  stage                TEXT NOT NULL CHECK (stage IN ('applied','review','resident','incubating','venture_guidance','capacity_building','graduated','exited')),
  stage_date           TEXT NOT NULL,
  legal_representative TEXT,
  contact_person       TEXT NOT NULL,
  contact_phone        TEXT NOT NULL,
  email                TEXT,
  address              TEXT,
  registered_on        TEXT,
  registrar            TEXT,
  agreement_no         TEXT,
  agreement_start      TEXT,
  agreement_end        TEXT,
  entry_year           INTEGER GENERATED ALWAYS AS (CAST(substr(agreement_start, 1, 4) AS INTEGER)) VIRTUAL,
  description          TEXT,
  archived_at          TEXT,
  archive_reason       TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  CHECK (agreement_end IS NULL OR agreement_start IS NULL OR agreement_end > agreement_start)
) STRICT;

CREATE UNIQUE INDEX organization_uscc_unique ON organization (uscc) WHERE uscc IS NOT NULL;
CREATE UNIQUE INDEX organization_name_key_unique ON organization (name_key);
CREATE INDEX organization_updated ON organization (updated_at);
CREATE INDEX organization_pinyin ON organization (name_pinyin);
CREATE INDEX organization_stage ON organization (stage, stage_date);
CREATE INDEX organization_legal_type ON organization (legal_type);
CREATE INDEX organization_entry_year ON organization (entry_year);
CREATE INDEX organization_agreement_end ON organization (agreement_end);

-- 服务领域 (several per organisation)
CREATE TABLE organization_service_area (
  organization_id INTEGER NOT NULL REFERENCES organization (id),
  area            TEXT NOT NULL,
  PRIMARY KEY (organization_id, area)
) STRICT, WITHOUT ROWID;
CREATE INDEX organization_service_area_by_area ON organization_service_area (area, organization_id);

-- 孵化阶段 history: appended, never edited
CREATE TABLE organization_stage_history (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organization (id),
  stage           TEXT NOT NULL,
  date            TEXT NOT NULL,
  note            TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  recorded_by     TEXT NOT NULL
) STRICT;
CREATE INDEX organization_stage_history_by_org ON organization_stage_history (organization_id, date, id);

-- 操作日志: every write, appended; the app can neither edit nor delete it.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  channel     TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   INTEGER,
  before_json TEXT,
  after_json  TEXT
) STRICT;
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_by_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
