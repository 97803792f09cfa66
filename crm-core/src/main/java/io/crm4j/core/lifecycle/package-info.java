/** Customer lifecycle: statuses and relationship phases on a graph held as data, the policy that moves customers, and scheduled evaluation. */
@NullMarked
package io.crm4j.core.lifecycle;

import org.jspecify.annotations.NullMarked;
