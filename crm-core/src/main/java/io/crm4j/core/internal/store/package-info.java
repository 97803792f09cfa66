/** Units of work the services share; not exported, not API. */
@NullMarked
package io.crm4j.core.internal.store;

import org.jspecify.annotations.NullMarked;
