/** The customer aggregate: identity, names, contact points, consent, tags and history. */
@NullMarked
package io.crm4j.core.customer;

import org.jspecify.annotations.NullMarked;
