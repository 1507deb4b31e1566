-- 0011: 待办提醒. The queue is derived from the records on every read (fixing the record clears its item); only what a
-- user decided about one item is stored here: 暂缓 (snooze) until a date, or 忽略 (dismiss), each with its required
-- reason, which is kept. The item key names the record and the due date it is about, so a record that changes (a new
-- end date, a new deadline) makes a new item and an old decision no longer hides it. Undoing a decision archives it.
CREATE TABLE reminder_handling (
  id             INTEGER PRIMARY KEY,
  item_key       TEXT NOT NULL,
  action         TEXT NOT NULL CHECK (action IN ('snooze','dismiss')),
  snooze_until   TEXT,
  reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  archived_at    TEXT,
  archived_by    TEXT,
  archive_reason TEXT,
  CHECK ((action = 'snooze') = (snooze_until IS NOT NULL)),
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;
CREATE INDEX reminder_handling_by_key ON reminder_handling (item_key) WHERE archived_at IS NULL;
