-- 0003: 空间管理 — floors, units (with their place on the plan), outages, allocations with history, bookings.

CREATE TABLE space_floor (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  sort_order  INTEGER NOT NULL DEFAULT 0,
  grid_width  INTEGER NOT NULL DEFAULT 40,
  grid_height INTEGER NOT NULL DEFAULT 24,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE space_unit (
  id          INTEGER PRIMARY KEY,
  floor_id    INTEGER NOT NULL REFERENCES space_floor (id),
  code        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name        TEXT,
  unit_type   TEXT NOT NULL CHECK (unit_type IN ('office','workstation','meeting_room','training_room','activity_room','party_room','roadshow_hall')),
  area_centi  INTEGER NOT NULL CHECK (area_centi > 0), -- m² × 100
  seats       INTEGER NOT NULL DEFAULT 0,
  amenities   TEXT NOT NULL DEFAULT '[]',          -- JSON array of strings
  x           INTEGER,
  y           INTEGER,
  w           INTEGER,
  h           INTEGER,
  archived_at TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX space_unit_by_floor ON space_unit (floor_id);

-- 维修 / 停用, from start to end (both included; no end: until further notice). Cancelled, never deleted.
CREATE TABLE space_unit_outage (
  id           INTEGER PRIMARY KEY,
  unit_id      INTEGER NOT NULL REFERENCES space_unit (id),
  kind         TEXT NOT NULL CHECK (kind IN ('maintenance','disabled')),
  start_date   TEXT NOT NULL,
  end_date     TEXT,
  note         TEXT,
  cancelled_at TEXT,
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX space_unit_outage_by_unit ON space_unit_outage (unit_id, start_date);

-- 分配: both dates included. A mistaken allocation is cancelled, never deleted.
CREATE TABLE space_allocation (
  id              INTEGER PRIMARY KEY,
  unit_id         INTEGER NOT NULL REFERENCES space_unit (id),
  organization_id INTEGER NOT NULL REFERENCES organization (id),
  start_date      TEXT NOT NULL,
  end_date        TEXT NOT NULL,
  note            TEXT,
  cancelled_at    TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (end_date >= start_date)
) STRICT;
CREATE INDEX space_allocation_by_unit ON space_allocation (unit_id, start_date, end_date);
CREATE INDEX space_allocation_by_org ON space_allocation (organization_id, start_date);
CREATE INDEX space_allocation_by_end ON space_allocation (end_date);

CREATE TABLE space_allocation_event (
  id            INTEGER PRIMARY KEY,
  allocation_id INTEGER NOT NULL REFERENCES space_allocation (id),
  kind          TEXT NOT NULL CHECK (kind IN ('created','extended','ended_early','cancelled')),
  from_end      TEXT,
  to_end        TEXT,
  note          TEXT,
  recorded_at   TEXT NOT NULL,
  recorded_by   TEXT NOT NULL
) STRICT;
CREATE INDEX space_allocation_event_by_allocation ON space_allocation_event (allocation_id, id);

CREATE TABLE space_booking_series (
  id          INTEGER PRIMARY KEY,
  unit_id     INTEGER NOT NULL REFERENCES space_unit (id),
  from_date   TEXT NOT NULL,
  to_date     TEXT NOT NULL,
  start_min   INTEGER NOT NULL,
  end_min     INTEGER NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;

-- 预约: one room, one day, [start, end) in minutes after midnight. Cancelled, never deleted.
CREATE TABLE space_booking (
  id              INTEGER PRIMARY KEY,
  unit_id         INTEGER NOT NULL REFERENCES space_unit (id),
  date            TEXT NOT NULL,
  start_min       INTEGER NOT NULL,
  end_min         INTEGER NOT NULL,
  booker_kind     TEXT NOT NULL CHECK (booker_kind IN ('organization','mentor','branch','base')),
  organization_id INTEGER REFERENCES organization (id),
  booker_name     TEXT NOT NULL,
  title           TEXT NOT NULL,
  attendees       INTEGER NOT NULL,
  series_id       INTEGER REFERENCES space_booking_series (id),
  cancelled_at    TEXT,
  cancel_reason   TEXT,
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  CHECK (end_min > start_min)
) STRICT;
-- The live bookings of a room by day: the clash check and the monthly room hours read only this index.
CREATE INDEX space_booking_active ON space_booking (unit_id, date, start_min, end_min) WHERE cancelled_at IS NULL;
CREATE INDEX space_booking_by_date ON space_booking (date);
CREATE INDEX space_booking_by_series ON space_booking (series_id, date);
