-- 0006: 会议记录 of the base's branch (三会一课 and the other kinds) and what 三会一课合规 counts.
-- A meeting may count as several kinds (a bit mask in the order of MEETING_KINDS). Its expected list (应到) is
-- saved as it stood on the meeting's date, so later roster changes do not rewrite history. An edit writes the
-- meeting's lists again under a new revision; the rows of earlier revisions are kept, never deleted.

CREATE TABLE branch_meeting (
  id              INTEGER PRIMARY KEY,
  date            TEXT NOT NULL,
  start_time      TEXT NOT NULL, -- HH:mm
  end_time        TEXT NOT NULL, -- HH:mm, after the start
  kind_mask       INTEGER NOT NULL CHECK (kind_mask BETWEEN 1 AND 127),
  title           TEXT NOT NULL,
  unit_id         INTEGER REFERENCES space_unit (id),       -- a room of 空间管理 …
  booking_id      INTEGER REFERENCES space_booking (id),    -- … booked for the meeting
  place           TEXT,                                     -- or a place typed
  group_id        INTEGER REFERENCES party_group (id),      -- 党小组会
  chair_id        INTEGER NOT NULL REFERENCES party_member (id),
  recorder_id     INTEGER NOT NULL REFERENCES party_member (id),
  agenda          TEXT,
  speeches        TEXT,                                     -- 发言摘要
  revision        INTEGER NOT NULL DEFAULT 1,               -- the lists below in force
  expected_count  INTEGER NOT NULL,                         -- 应到
  present_count   INTEGER NOT NULL,                         -- 实到
  voting_expected INTEGER NOT NULL,                         -- 正式党员 among the expected
  voting_present  INTEGER NOT NULL,
  archived_at     TEXT,
  archive_reason  TEXT,
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL,
  CHECK ((unit_id IS NULL) <> (place IS NULL)),
  CHECK (end_time > start_time)
) STRICT;
-- 三会一课合规 of a year reads only this index: meetings in force by date, with their kinds and group.
CREATE INDEX branch_meeting_live_by_date ON branch_meeting (date, kind_mask, group_id) WHERE archived_at IS NULL;
CREATE INDEX branch_meeting_by_date ON branch_meeting (date);
CREATE INDEX branch_meeting_by_booking ON branch_meeting (booking_id);

-- 应到 members, each present or absent (with a reason), with their category on the date and a 民主评议 grade.
CREATE TABLE branch_meeting_member (
  meeting_id     INTEGER NOT NULL REFERENCES branch_meeting (id),
  revision       INTEGER NOT NULL,
  member_id      INTEGER NOT NULL REFERENCES party_member (id),
  category       TEXT NOT NULL CHECK (category IN ('full','probationary')),
  present        INTEGER NOT NULL CHECK (present IN (0, 1)),
  absence_reason TEXT,
  review_grade   TEXT CHECK (review_grade IN ('excellent','qualified','basically_qualified','unqualified')),
  PRIMARY KEY (meeting_id, revision, member_id),
  CHECK (present = 1 OR absence_reason IS NOT NULL)
) STRICT, WITHOUT ROWID;
CREATE INDEX branch_meeting_member_by_member ON branch_meeting_member (member_id, meeting_id);

-- 列席: 入党积极分子, 观察员 (non-members) and other guests, by name.
CREATE TABLE branch_meeting_attendee (
  id           INTEGER PRIMARY KEY,
  meeting_id   INTEGER NOT NULL REFERENCES branch_meeting (id),
  revision     INTEGER NOT NULL,
  seq          INTEGER NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('activist','observer','guest')),
  name         TEXT NOT NULL,
  organization TEXT,
  note         TEXT
) STRICT;
CREATE INDEX branch_meeting_attendee_by_meeting ON branch_meeting_attendee (meeting_id, revision, seq);

-- 决议 with the votes as counted.
CREATE TABLE branch_meeting_resolution (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES branch_meeting (id),
  revision   INTEGER NOT NULL,
  seq        INTEGER NOT NULL,
  title      TEXT NOT NULL,
  yes        INTEGER NOT NULL CHECK (yes >= 0),
  no         INTEGER NOT NULL CHECK (no >= 0),
  abstain    INTEGER NOT NULL CHECK (abstain >= 0)
) STRICT;
CREATE INDEX branch_meeting_resolution_by_meeting ON branch_meeting_resolution (meeting_id, revision, seq);

-- Each member's 应到 and 实到 per year over the meetings in force, kept with every save and archive, so that the
-- attendance rates of a year read one row per member instead of every meeting's list.
CREATE TABLE branch_attendance_tally (
  year      INTEGER NOT NULL,
  member_id INTEGER NOT NULL REFERENCES party_member (id),
  expected  INTEGER NOT NULL CHECK (expected >= 0),
  present   INTEGER NOT NULL CHECK (present >= 0 AND present <= expected),
  PRIMARY KEY (year, member_id)
) STRICT, WITHOUT ROWID;
