-- 0008: 党费 — each member's dues bases over time and the payments month by month. Nothing is edited in place
-- or deleted: a correction archives the old base (with its reason) and adds the new one; a payment entered by
-- mistake is reversed (冲正) by archiving it with a reason. Amounts are integer 分.

-- A member's category and monthly base from a month on (`YYYY-MM`), until a later base. Employed (在职): the
-- after-tax regular pay; retired (离退休): the pension; the other categories pay a flat amount and have no base.
CREATE TABLE dues_base (
  id             INTEGER PRIMARY KEY,
  member_id      INTEGER NOT NULL REFERENCES party_member (id),
  from_month     TEXT NOT NULL CHECK (from_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  kind           TEXT NOT NULL CHECK (kind IN ('employed','retired','student','unemployed','relief','farmer')),
  base_fen       INTEGER CHECK (base_fen IS NULL OR base_fen > 0),
  note           TEXT,
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  archived_at    TEXT,
  archive_reason TEXT,
  CHECK ((kind IN ('employed','retired')) = (base_fen IS NOT NULL)),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
-- One live base per member and month.
CREATE UNIQUE INDEX dues_base_live ON dues_base (member_id, from_month) WHERE archived_at IS NULL;

-- One month's dues paid (缴纳). `computed_fen` is what the rule gave for the month when it was recorded; a
-- different `amount_fen` carries its reason.
CREATE TABLE dues_payment (
  id              INTEGER PRIMARY KEY,
  member_id       INTEGER NOT NULL REFERENCES party_member (id),
  month           TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  amount_fen      INTEGER NOT NULL CHECK (amount_fen >= 0),
  computed_fen    INTEGER NOT NULL CHECK (computed_fen >= 0),
  override_reason TEXT,
  paid_on         TEXT NOT NULL,
  -- The payments recorded together (one receipt for several months) share the id of the first.
  batch_id        INTEGER,
  note            TEXT,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  archived_at     TEXT,
  archive_reason  TEXT,
  CHECK (amount_fen = computed_fen OR override_reason IS NOT NULL),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
-- A month is paid once: only one live payment per member and month.
CREATE UNIQUE INDEX dues_payment_live ON dues_payment (member_id, month) WHERE archived_at IS NULL;
-- The ledger reads a year of live payments from this index alone.
CREATE INDEX dues_payment_by_month ON dues_payment (month, member_id, amount_fen, paid_on, id)
  WHERE archived_at IS NULL;
