-- crm4j schema version 3 (PostgreSQL): the relay's reads find the outbox rows not yet published
-- through an index, instead of walking every relayed row kept in the table on each poll. The column
-- is stored, so adding it rewrites the table once.
ALTER TABLE crm4j_outbox ADD COLUMN pending BOOLEAN GENERATED ALWAYS AS (published_count < event_count) STORED;
CREATE INDEX crm4j_outbox_pending ON crm4j_outbox (pending, seq);
