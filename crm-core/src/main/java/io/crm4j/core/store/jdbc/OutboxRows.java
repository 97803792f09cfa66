package io.crm4j.core.store.jdbc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.spi.OutboxEntry;
import java.io.IOException;
import java.util.List;

/**
 * The layout of {@code crm4j_outbox}: one row per unit of work holding its events as a JSON array,
 * and how an event's position ({@link OutboxEntry#seq()}) is made from the row and its place in it.
 */
final class OutboxRows {

  /** Bits of a position that hold the event's index within its row. */
  static final int INDEX_BITS = 16;

  /** Events per row at most; a larger unit of work writes several rows. */
  static final int CHUNK = 10_000;

  private OutboxRows() {}

  /** The position of the {@code index}-th event of row {@code seq}. */
  static long position(long seq, int index) {
    return (seq << INDEX_BITS) | index;
  }

  /** The row of a position. */
  static long row(long position) {
    return position >>> INDEX_BITS;
  }

  /** How many events of the row a position covers: its index plus one. */
  static int covered(long position) {
    return (int) (position & ((1L << INDEX_BITS) - 1)) + 1;
  }

  /**
   * Adds the row's events from index {@code from} on to {@code out} until it holds {@code limit},
   * each with its JSON exactly as stored.
   */
  static void read(long seq, String body, int from, int limit, List<OutboxEntry> out) {
    try (JsonParser parser = JdbcTransaction.JSON.getFactory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalStateException("outbox row " + seq + " must hold a JSON array, but did not");
      }
      int index = 0;
      while (parser.nextToken() == JsonToken.START_OBJECT && out.size() < limit) {
        int start = (int) parser.getTokenLocation().getCharOffset();
        parser.skipChildren();
        if (index >= from) {
          String json = body.substring(start, (int) parser.getCurrentLocation().getCharOffset());
          out.add(new OutboxEntry(position(seq, index), JdbcTransaction.fromJson(json, DomainEvent.class), json));
        }
        index++;
      }
    } catch (IOException e) {
      throw new IllegalStateException("outbox row " + seq + " must be readable, but was not: " + e.getMessage(), e);
    }
  }
}
