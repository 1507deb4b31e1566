-- 0009: 党建覆盖 of the resident organisations (domain §3) and the organisation records it reads (domain §1):
-- each organisation's Party organisation status over time, its 党建指导员/联络员 by period, the Party members who
-- work there but are not on the base's roster, 年检, 等级评估, 公益性捐赠税前扣除资格, 荣誉, and the 两关六同步
-- checklist. Nothing is edited away: a mistaken row is archived with its reason; an `end_date` is the last day
-- (inclusive) of a period and NULL while it lasts.

-- Party organisation status (党组织状态): each row holds from `start_date` until the day before the next live row
-- of the same organisation. 兜底 by the base's own branch has `by_base_branch = 1`.
CREATE TABLE org_party_status (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organization (id),
  status          TEXT NOT NULL CHECK (status IN ('standalone','joint','fallback','combined','work_only','none')),
  start_date      TEXT NOT NULL,
  covering_branch TEXT,    -- the branch that covers it: its own (单独组建), the joint one, the fallback one
  by_base_branch  INTEGER NOT NULL DEFAULT 0 CHECK (by_base_branch IN (0, 1)),
  note            TEXT,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  archived_at     TEXT,
  archive_reason  TEXT,
  CHECK (by_base_branch = 0 OR status IN ('fallback','combined')),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE UNIQUE INDEX org_party_status_live ON org_party_status (organization_id, start_date) WHERE archived_at IS NULL;
CREATE INDEX org_party_status_by_date ON org_party_status (start_date, organization_id) WHERE archived_at IS NULL;

-- The base branch's 兜底 periods (0005's branch_coverage) become status rows: 兜底 from the start, 无 from the day
-- after an ended period unless another period starts that day.
INSERT INTO org_party_status (organization_id, status, start_date, covering_branch, by_base_branch, note, created_by, created_at)
  SELECT c.organization_id, 'fallback', c.start_date, (SELECT name FROM party_branch WHERE id = 1), 1, c.note, 'migration', c.created_at
    FROM branch_coverage c;
INSERT INTO org_party_status (organization_id, status, start_date, covering_branch, by_base_branch, note, created_by, created_at)
  SELECT c.organization_id, 'none', date(c.end_date, '+1 day'), NULL, 0, NULL, 'migration', c.created_at
    FROM branch_coverage c
   WHERE c.end_date IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM branch_coverage n
                      WHERE n.organization_id = c.organization_id AND n.start_date = date(c.end_date, '+1 day'));
DROP TABLE branch_coverage;

-- 党建指导员 (a mentor of kind party_instructor; one may serve many organisations) and 联络员 (a mentor or a named
-- person), each for a period.
CREATE TABLE org_party_contact (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organization (id),
  role            TEXT NOT NULL CHECK (role IN ('instructor','liaison')),
  mentor_id       INTEGER REFERENCES mentor (id),
  person_name     TEXT,
  phone           TEXT,
  start_date      TEXT NOT NULL,
  end_date        TEXT,
  note            TEXT,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  archived_at     TEXT,
  archive_reason  TEXT,
  CHECK ((mentor_id IS NULL) <> (person_name IS NULL)),
  CHECK (role = 'liaison' OR mentor_id IS NOT NULL),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE INDEX org_party_contact_by_org ON org_party_contact (organization_id, start_date);
CREATE INDEX org_party_contact_by_mentor ON org_party_contact (mentor_id, start_date) WHERE mentor_id IS NOT NULL;

-- Party members who work in a resident organisation but whose membership (组织关系) is elsewhere, i.e. not on the
-- base's roster. Members on the roster are linked through party_member.organization_id and are not repeated here.
-- 正式 on a date D: category = 'full' and (full_on IS NULL or full_on <= D); otherwise 预备.
CREATE TABLE org_party_member (
  id               INTEGER PRIMARY KEY,
  organization_id  INTEGER NOT NULL REFERENCES organization (id),
  name             TEXT NOT NULL,
  gender           TEXT CHECK (gender IN ('male','female')),
  category         TEXT NOT NULL CHECK (category IN ('full','probationary')),
  full_on          TEXT,   -- 转正 date, when known
  post             TEXT,   -- post in the organisation
  management_post  INTEGER NOT NULL DEFAULT 0 CHECK (management_post IN (0, 1)), -- 担任管理职务 (双向进入)
  membership_place TEXT,   -- 组织关系所在党组织
  phone            TEXT,
  start_date       TEXT NOT NULL, -- in the organisation from
  end_date         TEXT,          -- last day in the organisation
  note             TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  archived_at      TEXT,
  archive_reason   TEXT,
  CHECK (category = 'full' OR full_on IS NULL),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE INDEX org_party_member_by_org ON org_party_member (organization_id, start_date);

-- A roster member who holds a management post in their organisation (双向进入、交叉任职).
ALTER TABLE party_member ADD COLUMN management_post INTEGER NOT NULL DEFAULT 0 CHECK (management_post IN (0, 1));

-- The organisations in residence (stage, not archived) in name order with their registration date, read from the
-- index alone: the 年检与评估 overview goes through all of them on every page.
CREATE INDEX organization_in_residence ON organization (stage, archived_at, name_pinyin, registered_on);

-- 年检, one live record per organisation and year (年度). `result` is the label from the settings list at the
-- time; `grade` is what it means for the rules (合格 / 基本合格 / 不合格), kept so a renamed label changes nothing.
CREATE TABLE annual_inspection (
  id                 INTEGER PRIMARY KEY,
  organization_id    INTEGER NOT NULL REFERENCES organization (id),
  year               INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  result             TEXT NOT NULL,
  grade              TEXT NOT NULL CHECK (grade IN ('pass','basic','fail')),
  concluded_on       TEXT,
  party_work_checked INTEGER NOT NULL DEFAULT 0 CHECK (party_work_checked IN (0, 1)), -- 党建工作同步检查
  note               TEXT,
  created_by         TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  archived_at        TEXT,
  archive_reason     TEXT,
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE UNIQUE INDEX annual_inspection_live ON annual_inspection (organization_id, year) WHERE archived_at IS NULL;
CREATE INDEX annual_inspection_by_year ON annual_inspection (year) WHERE archived_at IS NULL;
-- Covers what 年检与评估 reads for every resident (the grade of a year) without touching the table.
CREATE INDEX annual_inspection_grade ON annual_inspection (organization_id, year, grade, archived_at) WHERE archived_at IS NULL;

-- 等级评估: 1A–5A, valid 5 years; `valid_until` is the last valid day (rated_on + 5 years, domain §0).
CREATE TABLE org_rating (
  id                      INTEGER PRIMARY KEY,
  organization_id         INTEGER NOT NULL REFERENCES organization (id),
  grade                   INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
  rated_on                TEXT NOT NULL,
  valid_until             TEXT NOT NULL,
  score_tenths            INTEGER CHECK (score_tenths IS NULL OR score_tenths >= 0), -- 评估得分 × 10
  rated_by                TEXT,   -- 评估机关
  document_no             TEXT,
  party_building_assessed INTEGER NOT NULL DEFAULT 0 CHECK (party_building_assessed IN (0, 1)), -- 党组织规范化建设评估同步开展
  note                    TEXT,
  created_by              TEXT NOT NULL,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  archived_at             TEXT,
  archive_reason          TEXT,
  CHECK (valid_until > rated_on),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
-- Covering: the rating that applies on a day (the latest rated on or before it) with its grade and last day.
CREATE INDEX org_rating_by_org ON org_rating (organization_id, rated_on, grade, valid_until, archived_at) WHERE archived_at IS NULL;
CREATE INDEX org_rating_by_valid ON org_rating (valid_until) WHERE archived_at IS NULL;

-- 公益性捐赠税前扣除资格: valid 3 years; `valid_until` is the last valid day.
CREATE TABLE tax_deduction_qualification (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organization (id),
  granted_on      TEXT NOT NULL,
  valid_until     TEXT NOT NULL,
  document_no     TEXT,
  note            TEXT,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  archived_at     TEXT,
  archive_reason  TEXT,
  CHECK (valid_until > granted_on),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE INDEX tax_deduction_by_org ON tax_deduction_qualification (organization_id, granted_on) WHERE archived_at IS NULL;

-- 荣誉 (齐鲁和谐使者, 烟台和谐使者 …) for an organisation or a person (of an organisation, maybe on the roster).
-- `party_related`: a 创先争优 honour (先进基层党组织, 优秀共产党员 …), what 两关六同步 item 5 reads.
CREATE TABLE honour (
  id              INTEGER PRIMARY KEY,
  title           TEXT NOT NULL,
  level           TEXT NOT NULL CHECK (level IN ('national','provincial','municipal','district','other')),
  awarded_on      TEXT NOT NULL,
  awarded_by      TEXT,
  recipient_kind  TEXT NOT NULL CHECK (recipient_kind IN ('organization','person')),
  organization_id INTEGER REFERENCES organization (id),
  person_name     TEXT,
  member_id       INTEGER REFERENCES party_member (id),
  party_related   INTEGER NOT NULL DEFAULT 0 CHECK (party_related IN (0, 1)),
  note            TEXT,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  archived_at     TEXT,
  archive_reason  TEXT,
  CHECK (recipient_kind = 'person' OR (organization_id IS NOT NULL AND person_name IS NULL AND member_id IS NULL)),
  CHECK (recipient_kind = 'organization' OR person_name IS NOT NULL),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE INDEX honour_by_date ON honour (awarded_on) WHERE archived_at IS NULL;
CREATE INDEX honour_by_org ON honour (organization_id, awarded_on) WHERE archived_at IS NULL;

-- 两关六同步: an item's status set by hand for an organisation and year. Items without a live entry show what the
-- app already knows (the prefill, computed when read). A new entry, or 恢复自动, supersedes the live one.
CREATE TABLE six_sync_entry (
  id              INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organization (id),
  year            INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  item            INTEGER NOT NULL CHECK (item BETWEEN 1 AND 6),
  status          TEXT NOT NULL CHECK (status IN ('not_started','synced','not_applicable')),
  date            TEXT,
  note            TEXT,
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  superseded_at   TEXT
) STRICT;
CREATE UNIQUE INDEX six_sync_entry_live ON six_sync_entry (organization_id, year, item) WHERE superseded_at IS NULL;
CREATE INDEX six_sync_entry_by_year ON six_sync_entry (year, organization_id) WHERE superseded_at IS NULL;
