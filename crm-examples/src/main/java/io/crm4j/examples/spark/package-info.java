/**
 * Fitting and scoring the CLV models on Apache Spark (issue 10): column blocks cached as an RDD,
 * one {@code treeAggregate} of the crm4j kernels per Newton step, scoring with {@code mapPartitions}.
 * Spark is a provided dependency: nothing outside this package loads a Spark class.
 */
@NullMarked
package io.crm4j.examples.spark;

import org.jspecify.annotations.NullMarked;
