/**
 * crm4j inside a Spring application's transaction (issue 21): Spring Boot with HikariCP,
 * {@code DataSourceTransactionManager} and {@code @Transactional}; the application's order row and
 * crm4j's purchase commit or roll back together. Spring Boot is a provided dependency of
 * crm-examples only: nothing outside this package loads a Spring class, and crm4j-cli.jar leaves
 * the package out.
 */
@NullMarked
package io.crm4j.examples.spring;

import org.jspecify.annotations.NullMarked;
