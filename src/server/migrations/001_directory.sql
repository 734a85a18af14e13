-- Every publish of the directory makes a new version; items remember the version that last
-- changed them, so a delta "since V" is every item with a later version. Removed items stay
-- as tombstones (doc IS NULL) so deltas can carry deletions.
CREATE TABLE directory_version (
  version integer PRIMARY KEY,
  published_at timestamptz NOT NULL DEFAULT now(),
  note text NOT NULL DEFAULT ''
);

CREATE TABLE directory_item (
  collection text NOT NULL CHECK (collection IN ('organizations', 'services', 'rights')),
  id text NOT NULL,
  version integer NOT NULL REFERENCES directory_version (version),
  doc jsonb,
  PRIMARY KEY (collection, id)
);

CREATE INDEX directory_item_by_version ON directory_item (version);
