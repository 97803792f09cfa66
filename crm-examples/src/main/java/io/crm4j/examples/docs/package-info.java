/**
 * The code examples of the documentation pages in {@code docs/}: each page's snippet is the text
 * between {@code // snippet-start} and {@code // snippet-end} of one class here, so it compiles
 * with the build and its test runs it.
 */
@NullMarked
package io.crm4j.examples.docs;

import org.jspecify.annotations.NullMarked;
