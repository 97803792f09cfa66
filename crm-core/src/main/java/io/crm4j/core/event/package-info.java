/** Domain events: the closed hierarchy, the publisher and the listener API. */
@NullMarked
package io.crm4j.core.event;

import org.jspecify.annotations.NullMarked;
