-- 0005: 基地党支部 — the branch itself, its committee terms and 党小组, and the roster over time: each member's
-- periods on the roster (建档/转入/接收 … 转出/出党/去世), so the roster on any past date can be shown.

CREATE TABLE party_branch (
  id          INTEGER PRIMARY KEY CHECK (id = 1), -- one branch: the base's own
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('fallback','joint','standalone')),
  founded_on  TEXT,
  superior    TEXT, -- 上级党组织
  note        TEXT,
  updated_at  TEXT NOT NULL
) STRICT;

-- Resident organisations whose Party work the branch covers (兜底), each for a period.
CREATE TABLE branch_coverage (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organization (id),
  start_date      TEXT NOT NULL,
  end_date        TEXT, -- last day covered; NULL while it lasts
  note            TEXT,
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX branch_coverage_by_org ON branch_coverage (organization_id, start_date);

-- 党小组
CREATE TABLE party_group (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  leader_id   INTEGER REFERENCES party_member (id),
  note        TEXT,
  archived_at TEXT,
  created_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX party_group_live_name ON party_group (name) WHERE archived_at IS NULL;

-- 支部委员会 (or, below 7 正式党员, a secretary only) for one term.
CREATE TABLE committee_term (
  id          INTEGER PRIMARY KEY,
  start_date  TEXT NOT NULL,
  end_date    TEXT NOT NULL, -- start + the term (3 years by default), the day the term ends
  has_committee INTEGER NOT NULL CHECK (has_committee IN (0, 1)),
  full_members INTEGER NOT NULL, -- 正式党员 on the roster on start_date, as the rule was judged
  note        TEXT,
  archived_at TEXT,
  archive_reason TEXT,
  created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE committee_post (
  id         INTEGER PRIMARY KEY,
  term_id    INTEGER NOT NULL REFERENCES committee_term (id),
  member_id  INTEGER NOT NULL REFERENCES party_member (id),
  role       TEXT NOT NULL CHECK (role IN ('secretary','deputy_secretary','organization','propaganda','discipline','member')),
  start_date TEXT NOT NULL,
  end_date   TEXT, -- left the post early
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX committee_post_by_term ON committee_post (term_id);
CREATE INDEX committee_post_by_member ON committee_post (member_id);

ALTER TABLE party_member ADD COLUMN full_on TEXT; -- 转正 date; NULL with category 'full' = full before registration
ALTER TABLE party_member ADD COLUMN group_id INTEGER REFERENCES party_group (id);

-- Periods on the roster. On the roster on D: start_date <= D AND (end_date IS NULL OR end_date > D):
-- the exit date (转出/出党/去世) is the first day off the roster.
CREATE TABLE party_member_period (
  id          INTEGER PRIMARY KEY,
  member_id   INTEGER NOT NULL REFERENCES party_member (id),
  start_date  TEXT NOT NULL,
  start_kind  TEXT NOT NULL CHECK (start_kind IN ('registered','transfer_in','admitted')),
  start_note  TEXT, -- e.g. 转入 from which organisation
  end_date    TEXT,
  end_kind    TEXT CHECK (end_kind IN ('transfer_out','expelled','deceased')),
  end_note    TEXT,
  CHECK ((end_date IS NULL) = (end_kind IS NULL)),
  CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX party_member_period_by_member ON party_member_period (member_id, start_date);
CREATE INDEX party_member_period_by_dates ON party_member_period (start_date, end_date, member_id);

-- Members registered before this version were on the roster from the day they were registered.
INSERT INTO party_member_period (member_id, start_date, start_kind)
  SELECT id, substr(created_at, 1, 10), 'registered' FROM party_member;
