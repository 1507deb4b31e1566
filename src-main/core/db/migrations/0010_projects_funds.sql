-- 0010: 项目与资金 (domain §6): the residents' service projects and brands, 公益创投 rounds with their projects, dated
-- lifecycle, evaluations and tranches, and the funding ledger (资金台账). Amounts are integer 分. Nothing is deleted:
-- a mistaken row is archived with its reason. An `end_date` is the last day (inclusive).

-- 服务项目 / 品牌 of a resident organisation. `category` is one of the service areas (慈善法 第三条 + local ones).
CREATE TABLE service_project (
  id                INTEGER PRIMARY KEY,
  organization_id   INTEGER NOT NULL REFERENCES organization (id),
  name              TEXT NOT NULL,
  category          TEXT NOT NULL,
  start_date        TEXT NOT NULL,
  end_date          TEXT,
  place             TEXT,
  beneficiary_count INTEGER CHECK (beneficiary_count IS NULL OR beneficiary_count >= 0),
  beneficiary_kind  TEXT,    -- 受益对象: 老年人, 青少年 …
  service_count     INTEGER CHECK (service_count IS NULL OR service_count >= 0),
  service_unit      TEXT NOT NULL DEFAULT 'session' CHECK (service_unit IN ('session','visit')), -- 场次 / 人次
  brand_name        TEXT,    -- 幸福来敲门, 四点半课堂 …
  brand_stage       TEXT CHECK (brand_stage IS NULL OR brand_stage IN ('nurturing','formed','brand')), -- 培育 / 成型 / 品牌
  outcomes          TEXT,
  description       TEXT,
  created_by        TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  archived_at       TEXT,
  archive_reason    TEXT,
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE INDEX service_project_by_org ON service_project (organization_id, start_date);
CREATE INDEX service_project_by_category ON service_project (category, start_date) WHERE archived_at IS NULL;

-- 附件 of a service project (photos, reports): the file is copied into the data folder under its SHA-256.
CREATE TABLE service_project_attachment (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES service_project (id),
  file_name   TEXT NOT NULL,
  size_bytes  INTEGER NOT NULL,
  sha256      TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE INDEX service_project_attachment_by_project ON service_project_attachment (project_id);

-- 公益创投 round (第三届福山区公益创投大赛 …): the default tranche plan of its projects and where its money comes from.
CREATE TABLE venture_round (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  year          INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  source_kind   TEXT NOT NULL, -- the funding source kind the grants are paid from (fund_entry.source_kind)
  tranche_plan  TEXT NOT NULL, -- percentages, e.g. '60/40' or '50/30/20'
  budget_fen    INTEGER CHECK (budget_fen IS NULL OR budget_fen >= 0),
  note          TEXT,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  archived_at   TEXT,
  archive_reason TEXT,
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE UNIQUE INDEX venture_round_live_name ON venture_round (name) WHERE archived_at IS NULL;

-- 公益创投项目: one organisation's project in a round. `stage` is the latest step of the lifecycle (domain §6),
-- each step dated in venture_stage_event; 未通过 (rejected) or 终止 (terminated) end it early.
CREATE TABLE venture_project (
  id                 INTEGER PRIMARY KEY,
  round_id           INTEGER NOT NULL REFERENCES venture_round (id),
  organization_id    INTEGER NOT NULL REFERENCES organization (id),
  service_project_id INTEGER REFERENCES service_project (id),
  title              TEXT NOT NULL,
  category           TEXT NOT NULL,
  grant_fen          INTEGER NOT NULL CHECK (grant_fen >= 0),
  stage              TEXT NOT NULL CHECK (stage IN ('applied','qualification','review','publicity','signed',
                       'first_paid','implementing','mid_evaluation','followup_paid','final_evaluation','final_paid',
                       'disclosed','rejected','terminated')),
  stage_date         TEXT NOT NULL,
  note               TEXT,
  created_by         TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  archived_at        TEXT,
  archive_reason     TEXT,
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE INDEX venture_project_by_round ON venture_project (round_id);
CREATE INDEX venture_project_by_org ON venture_project (organization_id);

-- Each step of a venture project's lifecycle, appended, never edited.
CREATE TABLE venture_stage_event (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES venture_project (id),
  stage       TEXT NOT NULL,
  date        TEXT NOT NULL,
  note        TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX venture_stage_event_by_project ON venture_stage_event (project_id, date, id);

-- 中期评估 / 结项评估: score (× 10), result, reviewer. A correction archives the old one.
CREATE TABLE venture_evaluation (
  id             INTEGER PRIMARY KEY,
  project_id     INTEGER NOT NULL REFERENCES venture_project (id),
  kind           TEXT NOT NULL CHECK (kind IN ('mid','final')),
  date           TEXT NOT NULL,
  score_tenths   INTEGER CHECK (score_tenths IS NULL OR score_tenths BETWEEN 0 AND 1000),
  result         TEXT NOT NULL CHECK (result IN ('pass','fail')),
  reviewer       TEXT NOT NULL,
  note           TEXT,
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  archived_at    TEXT,
  archive_reason TEXT,
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE UNIQUE INDEX venture_evaluation_live ON venture_evaluation (project_id, kind) WHERE archived_at IS NULL;

-- 拨付 tranches: percentages in basis points (10000 = 100%) summing to exactly 10000 per project; the amounts in 分
-- sum to exactly the grant. A tranche is released by its trigger: 签约, 中期评估通过 or 结项评估通过.
CREATE TABLE venture_tranche (
  id             INTEGER PRIMARY KEY,
  project_id     INTEGER NOT NULL REFERENCES venture_project (id),
  seq            INTEGER NOT NULL CHECK (seq >= 1),
  percent_bp     INTEGER NOT NULL CHECK (percent_bp > 0 AND percent_bp <= 10000),
  amount_fen     INTEGER NOT NULL CHECK (amount_fen >= 0),
  trigger        TEXT NOT NULL CHECK (trigger IN ('signing','mid_evaluation','final_evaluation')),
  paid_on        TEXT,
  fund_entry_id  INTEGER REFERENCES fund_entry (id), -- the ledger's outflow of the payment
  paid_by        TEXT,
  CHECK ((paid_on IS NULL) = (paid_by IS NULL))
) STRICT;
CREATE UNIQUE INDEX venture_tranche_seq ON venture_tranche (project_id, seq);

-- 资金台账: every inflow and outflow. `year` is derived from the date for the yearly totals.
CREATE TABLE fund_entry (
  id                 INTEGER PRIMARY KEY,
  date               TEXT NOT NULL,
  year               INTEGER GENERATED ALWAYS AS (CAST(substr(date, 1, 4) AS INTEGER)) VIRTUAL,
  direction          TEXT NOT NULL CHECK (direction IN ('in','out')),
  amount_fen         INTEGER NOT NULL CHECK (amount_fen > 0),
  source_kind        TEXT NOT NULL CHECK (source_kind IN ('fiscal_special','welfare_lottery','government_purchase',
                       'party_work_fund','party_dues_allocation','party_dues_refund','reward','special_subsidy',
                       'donation','foundation_grant','other')),
  organization_id    INTEGER REFERENCES organization (id),
  service_project_id INTEGER REFERENCES service_project (id),
  venture_project_id INTEGER REFERENCES venture_project (id),
  counterparty       TEXT,   -- 付款方 / 收款方
  summary            TEXT NOT NULL, -- 摘要
  document_no        TEXT,   -- 凭证号
  attachment_name    TEXT,
  attachment_sha256  TEXT,
  attachment_size    INTEGER,
  created_by         TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  archived_at        TEXT,
  archive_reason     TEXT,
  CHECK ((attachment_sha256 IS NULL) = (attachment_name IS NULL)),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE INDEX fund_entry_by_date ON fund_entry (date, id) WHERE archived_at IS NULL;
CREATE INDEX fund_entry_by_org ON fund_entry (organization_id, date) WHERE archived_at IS NULL;
CREATE INDEX fund_entry_by_venture ON fund_entry (venture_project_id) WHERE venture_project_id IS NOT NULL;

-- 资金台账 totals, kept by the triggers below in the same transaction as every insert and archive (whoever writes:
-- the ledger's own form or a 公益创投 tranche payment), so that the yearly totals by source read a few hundred rows
-- instead of the whole ledger (1,000,000 rows: a GROUP BY over them takes far longer than the 50 ms allowed).
-- `scope_id` 0 is the whole base (every live entry); a positive `scope_id` is that organisation's live entries.
CREATE TABLE fund_tally (
  scope_id    INTEGER NOT NULL,
  year        INTEGER NOT NULL,
  month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  source_kind TEXT NOT NULL,
  direction   TEXT NOT NULL,
  amount_fen  INTEGER NOT NULL,
  entries     INTEGER NOT NULL,
  PRIMARY KEY (scope_id, year, month, source_kind, direction)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER fund_tally_insert AFTER INSERT ON fund_entry WHEN NEW.archived_at IS NULL
BEGIN
  INSERT INTO fund_tally (scope_id, year, month, source_kind, direction, amount_fen, entries)
  SELECT scope, NEW.year, CAST(substr(NEW.date, 6, 2) AS INTEGER), NEW.source_kind, NEW.direction, NEW.amount_fen, 1
  FROM (SELECT 0 AS scope UNION ALL SELECT NEW.organization_id WHERE NEW.organization_id IS NOT NULL)
  WHERE true
  ON CONFLICT DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen, entries = entries + 1;
END;

-- An entry leaves the totals when it is archived (冲销); its amount, date, source, direction and organisation are
-- never edited (a change is an archive and a new entry), so only the archive moves the totals.
CREATE TRIGGER fund_tally_archive AFTER UPDATE OF archived_at ON fund_entry
  WHEN OLD.archived_at IS NULL AND NEW.archived_at IS NOT NULL
BEGIN
  UPDATE fund_tally SET amount_fen = amount_fen - OLD.amount_fen, entries = entries - 1
  WHERE scope_id IN (0, coalesce(OLD.organization_id, 0)) AND year = OLD.year
    AND month = CAST(substr(OLD.date, 6, 2) AS INTEGER) AND source_kind = OLD.source_kind
    AND direction = OLD.direction;
END;

-- An entry's organisation may be corrected in place (a descriptive field): its amount moves between the two
-- organisations' tallies; the base's stays as it was.
CREATE TRIGGER fund_tally_move AFTER UPDATE OF organization_id ON fund_entry
  WHEN OLD.archived_at IS NULL AND NEW.archived_at IS NULL AND OLD.organization_id IS NOT NEW.organization_id
BEGIN
  UPDATE fund_tally SET amount_fen = amount_fen - OLD.amount_fen, entries = entries - 1
  WHERE scope_id = OLD.organization_id AND year = OLD.year AND month = CAST(substr(OLD.date, 6, 2) AS INTEGER)
    AND source_kind = OLD.source_kind AND direction = OLD.direction;
  INSERT INTO fund_tally (scope_id, year, month, source_kind, direction, amount_fen, entries)
  SELECT NEW.organization_id, NEW.year, CAST(substr(NEW.date, 6, 2) AS INTEGER), NEW.source_kind, NEW.direction,
    NEW.amount_fen, 1
  WHERE NEW.organization_id IS NOT NULL
  ON CONFLICT DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen, entries = entries + 1;
END;

-- The ledger's list of one year (or a date range) with its filters, newest first.
CREATE INDEX fund_entry_by_source ON fund_entry (source_kind, date) WHERE archived_at IS NULL;
CREATE INDEX fund_entry_by_service_project ON fund_entry (service_project_id) WHERE service_project_id IS NOT NULL;
