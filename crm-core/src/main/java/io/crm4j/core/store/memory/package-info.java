/** The in-memory store, the embedded default. */
@NullMarked
package io.crm4j.core.store.memory;

import org.jspecify.annotations.NullMarked;
