-- 0004: 陪伴指导 — mentors, pairings, coaching plans, coaching sessions with attachments, action items,
-- capability assessments. Coaching dimensions are a bit mask: 1 能力提升, 2 项目谋划, 4 组织实施, 8 效果评估,
-- 16 党建指导 (the order of enums.ts COACHING_DIMENSIONS).

CREATE TABLE mentor (
  id                      INTEGER PRIMARY KEY,
  name                    TEXT NOT NULL,
  kind                    TEXT NOT NULL CHECK (kind IN ('staff','expert','party_instructor')),
  phone                   TEXT,
  organization_name       TEXT,                       -- employer or title, for external experts
  dimension_mask          INTEGER NOT NULL DEFAULT 0,
  service_areas           TEXT NOT NULL DEFAULT '[]', -- JSON array of service-area codes
  monthly_capacity_min    INTEGER NOT NULL CHECK (monthly_capacity_min >= 0),
  active                  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  account_id              INTEGER UNIQUE REFERENCES app_user (id),
  note                    TEXT,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL
) STRICT;

-- 结对: a mentor accompanies an organisation for a period (end date included; none: open-ended).
CREATE TABLE mentor_pairing (
  id               INTEGER PRIMARY KEY,
  mentor_id        INTEGER NOT NULL REFERENCES mentor (id),
  organization_id  INTEGER NOT NULL REFERENCES organization (id),
  dimension_mask   INTEGER NOT NULL CHECK (dimension_mask > 0),
  start_date       TEXT NOT NULL,
  end_date         TEXT,
  monthly_min      INTEGER NOT NULL CHECK (monthly_min >= 0),  -- planned coaching time per month
  note             TEXT,
  cancelled_at     TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX mentor_pairing_by_mentor ON mentor_pairing (mentor_id, start_date);
CREATE INDEX mentor_pairing_by_org ON mentor_pairing (organization_id, start_date);

-- 指导计划: one goal per row.
CREATE TABLE coaching_goal (
  id               INTEGER PRIMARY KEY,
  organization_id  INTEGER NOT NULL REFERENCES organization (id),
  dimension        INTEGER NOT NULL,                  -- one bit of the mask
  title            TEXT NOT NULL,
  target_date      TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('not_started','in_progress','achieved','dropped')),
  progress         INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  note             TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX coaching_goal_by_org ON coaching_goal (organization_id, target_date);

-- 指导记录. end_min may be below start_min: the session then ends the next day (crosses midnight). Every
-- minute counts on the session's date. A record entered by mistake is archived, never deleted.
CREATE TABLE coaching_session (
  id                INTEGER PRIMARY KEY,
  organization_id   INTEGER NOT NULL REFERENCES organization (id),
  mentor_id         INTEGER NOT NULL REFERENCES mentor (id),
  date              TEXT NOT NULL,
  start_min         INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
  end_min           INTEGER NOT NULL CHECK (end_min BETWEEN 0 AND 1439),
  duration_min      INTEGER NOT NULL CHECK (duration_min > 0),
  mode              TEXT NOT NULL CHECK (mode IN ('onsite','phone','online')),
  dimension_mask    INTEGER NOT NULL CHECK (dimension_mask > 0),
  dimension_count   INTEGER NOT NULL CHECK (dimension_count BETWEEN 1 AND 5),
  topics            TEXT NOT NULL,
  work_done         TEXT NOT NULL,
  problems          TEXT,
  advice            TEXT,
  feedback_score    INTEGER CHECK (feedback_score BETWEEN 1 AND 5),
  feedback_comment  TEXT,
  created_by        INTEGER REFERENCES app_user (id),
  archived_at       TEXT,
  archive_reason    TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;
-- The hours report reads only this index.
CREATE INDEX coaching_session_by_date ON coaching_session
  (date, mentor_id, organization_id, duration_min, dimension_mask, dimension_count) WHERE archived_at IS NULL;
CREATE INDEX coaching_session_by_org ON coaching_session (organization_id, date);
-- The last live session of an organisation, one seek each (organisations without a session lately).
CREATE INDEX coaching_session_live_by_org ON coaching_session (organization_id, date) WHERE archived_at IS NULL;
CREATE INDEX coaching_session_by_mentor ON coaching_session (mentor_id, date);

-- 附件: the file is copied into the data folder under its SHA-256; the original path is not kept.
CREATE TABLE coaching_attachment (
  id           INTEGER PRIMARY KEY,
  session_id   INTEGER NOT NULL REFERENCES coaching_session (id),
  file_name    TEXT NOT NULL,
  size_bytes   INTEGER NOT NULL,
  sha256       TEXT NOT NULL,
  archived_at  TEXT,
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX coaching_attachment_by_session ON coaching_attachment (session_id);

-- 待办事项: made in a session; owned by the organisation or the mentor.
CREATE TABLE coaching_action_item (
  id               INTEGER PRIMARY KEY,
  session_id       INTEGER NOT NULL REFERENCES coaching_session (id),
  organization_id  INTEGER NOT NULL REFERENCES organization (id),
  mentor_id        INTEGER NOT NULL REFERENCES mentor (id),
  title            TEXT NOT NULL,
  owner            TEXT NOT NULL CHECK (owner IN ('organization','mentor')),
  due_date         TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
  closed_at        TEXT,
  closed_by        TEXT,
  closed_by_id     INTEGER REFERENCES app_user (id),
  close_note       TEXT,
  created_at       TEXT NOT NULL
) STRICT;
CREATE INDEX coaching_action_item_open ON coaching_action_item (due_date) WHERE status = 'open';
CREATE INDEX coaching_action_item_open_by_mentor ON coaching_action_item (mentor_id, due_date) WHERE status = 'open';
CREATE INDEX coaching_action_item_open_by_org ON coaching_action_item (organization_id, due_date) WHERE status = 'open';
CREATE INDEX coaching_action_item_by_session ON coaching_action_item (session_id);

-- 能力评估: a 1–5 score for every dimension, with the sessions that justify it.
CREATE TABLE capability_assessment (
  id               INTEGER PRIMARY KEY,
  organization_id  INTEGER NOT NULL REFERENCES organization (id),
  date             TEXT NOT NULL,
  occasion         TEXT NOT NULL CHECK (occasion IN ('stage_change','periodic')),
  stage            TEXT,
  assessor         TEXT NOT NULL,
  note             TEXT,
  archived_at      TEXT,
  created_at       TEXT NOT NULL
) STRICT;
CREATE INDEX capability_assessment_by_org ON capability_assessment (organization_id, date);

CREATE TABLE capability_score (
  assessment_id  INTEGER NOT NULL REFERENCES capability_assessment (id),
  dimension      INTEGER NOT NULL,
  score          INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  note           TEXT,
  PRIMARY KEY (assessment_id, dimension)
) STRICT;

CREATE TABLE capability_evidence (
  assessment_id  INTEGER NOT NULL REFERENCES capability_assessment (id),
  session_id     INTEGER NOT NULL REFERENCES coaching_session (id),
  PRIMARY KEY (assessment_id, session_id)
) STRICT;

-- Names by id without reading whole organisation rows (the hours report names thousands at once).
CREATE INDEX organization_id_name ON organization (id, name);
