-- crm4j schema version 2 (PostgreSQL): append-only lines of an aggregate (a points ledger), one row
-- per line, beside the aggregate's snapshot in crm4j_aggregate and written in the same transaction.
CREATE TABLE crm4j_line (
  kind VARCHAR(40) NOT NULL,
  id VARCHAR(128) COLLATE "C" NOT NULL,
  seq BIGINT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (kind, id, seq)
);
