/** The JDBC store on embedded H2 or PostgreSQL, with versioned schema scripts and an event outbox. */
@NullMarked
package io.crm4j.core.store.jdbc;

import org.jspecify.annotations.NullMarked;
