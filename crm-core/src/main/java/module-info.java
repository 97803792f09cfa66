/**
 * crm4j core: the CRM domain model, its workflows, the storage SPI with its adapters, domain
 * events and JSON mapping. Exports API and SPI packages only; {@code internal} packages stay
 * hidden.
 */
module io.crm4j.core {
  requires static org.jspecify;
  requires static org.apiguardian.api;
  requires org.slf4j;
  requires java.sql;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports io.crm4j.core.money;
  exports io.crm4j.core.customer;
  exports io.crm4j.core.activity;
  exports io.crm4j.core.event;
  exports io.crm4j.core.time;
  exports io.crm4j.core.complaint;
  exports io.crm4j.core.json;
  exports io.crm4j.core.spi;
  exports io.crm4j.core.store.memory;
  exports io.crm4j.core.store.jdbc;
  exports io.crm4j.core.service;
  exports io.crm4j.core.pipeline;
  exports io.crm4j.core.credit;
  exports io.crm4j.core.lifecycle;
  exports io.crm4j.core.loyalty;
  exports io.crm4j.core.programme;
  exports io.crm4j.core.outcome;

  opens io.crm4j.core.internal.json to com.fasterxml.jackson.databind;
}
