/** The storage SPI: repositories, the activity log, units of work. Implement it to add an adapter. */
@NullMarked
package io.crm4j.core.spi;

import org.jspecify.annotations.NullMarked;
