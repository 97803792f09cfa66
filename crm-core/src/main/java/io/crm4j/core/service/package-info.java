/** Application services over a store: customer registration, changes, merge, export and erasure. */
@NullMarked
package io.crm4j.core.service;

import org.jspecify.annotations.NullMarked;
