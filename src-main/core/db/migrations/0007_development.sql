-- 0007: 发展党员 — each person's way from 入党申请人 to 正式党员: the dated steps, the half-year reviews
-- (培养考察) and the two 入党介绍人. Admission as 预备党员 puts them on the roster (party_member, linked here).
-- Reads only tables of 0002 and 0005.

CREATE TABLE development_record (
  id                   INTEGER PRIMARY KEY,
  name                 TEXT NOT NULL,
  gender               TEXT NOT NULL CHECK (gender IN ('male','female')),
  birth_date           TEXT NOT NULL,
  id_number            TEXT NOT NULL, -- 公民身份号码, normalised (upper-case X); shown masked
  organization_id      INTEGER REFERENCES organization (id),
  post                 TEXT,
  phone                TEXT,
  stage                TEXT NOT NULL
                       CHECK (stage IN ('applicant','activist','candidate','probationary','full','disqualified')),
  applied_on           TEXT NOT NULL, -- 递交入党申请书
  interviewed_on       TEXT,          -- 谈话
  activist_on          TEXT,          -- 确定为入党积极分子
  candidate_on         TEXT,          -- 确定为发展对象
  training_days        INTEGER CHECK (training_days IS NULL OR training_days >= 0),   -- 短期集中培训
  training_hours       INTEGER CHECK (training_hours IS NULL OR training_hours >= 0), -- 学时
  trained_on           TEXT,          -- training finished
  admitted_on          TEXT,          -- 支部大会讨论接收为预备党员
  approved_on          TEXT,          -- 上级党委审批
  extension_months     INTEGER CHECK (extension_months IS NULL OR extension_months BETWEEN 6 AND 12),
  extension_decided_on TEXT,          -- 延长预备期, once
  extension_reason     TEXT,
  full_decided_on      TEXT,          -- 支部大会讨论转正
  full_on              TEXT,          -- 转正 date = the end of probation
  disqualified_on      TEXT,          -- 取消资格
  disqualify_reason    TEXT,
  member_id            INTEGER REFERENCES party_member (id), -- the roster entry, from admission
  note                 TEXT,
  archived_at          TEXT,
  archive_reason       TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  CHECK ((extension_months IS NULL) = (extension_decided_on IS NULL)),
  CHECK ((disqualified_on IS NULL) = (disqualify_reason IS NULL)),
  CHECK ((stage = 'disqualified') = (disqualified_on IS NOT NULL))
) STRICT;
-- One live record per person; after 取消资格 (or an archived mistake) they may apply again.
CREATE UNIQUE INDEX development_record_live_person ON development_record (id_number)
  WHERE archived_at IS NULL AND disqualified_on IS NULL;
CREATE INDEX development_record_by_stage ON development_record (stage, name);
CREATE UNIQUE INDEX development_record_by_member ON development_record (member_id) WHERE member_id IS NOT NULL;

-- 培养考察: a dated review with its note, at least every half year while 入党积极分子 or 发展对象.
CREATE TABLE development_review (
  id          INTEGER PRIMARY KEY,
  record_id   INTEGER NOT NULL REFERENCES development_record (id),
  reviewed_on TEXT NOT NULL,
  note        TEXT NOT NULL,
  archived_at TEXT, -- entered by mistake
  archive_reason TEXT,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX development_review_by_record ON development_review (record_id, reviewed_on);

-- 入党介绍人: members who were 正式党员 on the roster the day they were named. A replaced sponsor keeps their row.
CREATE TABLE development_sponsor (
  id          INTEGER PRIMARY KEY,
  record_id   INTEGER NOT NULL REFERENCES development_record (id),
  member_id   INTEGER NOT NULL REFERENCES party_member (id),
  named_on    TEXT NOT NULL,
  replaced_at TEXT,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX development_sponsor_by_record ON development_sponsor (record_id);
CREATE INDEX development_sponsor_by_member ON development_sponsor (member_id);
