/** The end-to-end demo job: CDNOW into an H2 store, then lifecycle, CLV, tiers, credit and complaints. */
@NullMarked
package io.crm4j.examples.demo;

import org.jspecify.annotations.NullMarked;
