package io.crm4j.core.customer;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The customer aggregate: a person or an organisation, how to reach them, what they consented
 * to, and the history of changes to the record. Activity (purchases, payments…) is not held here
 * but in the activity log, referring to the customer by {@link CustomerId}.
 *
 * <p>Every change returns a new instance with a history entry; the store raises {@link #version()}
 * on each successful write (optimistic versioning). {@link #toString()} masks personal data.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Customer {

  /** Whether the customer is a natural person or an organisation. */
  public enum Kind { INDIVIDUAL, ORGANISATION }

  private final CustomerId id;
  private final long version;
  private final Kind kind;
  private final PartyName name;
  private final List<ContactPoint> contactPoints;
  private final Set<String> tags;
  private final Map<String, String> attributes;
  private final List<Consent> consents;
  private final List<HistoryEntry> history;
  private final Set<CustomerId> mergedIds;
  private final Instant createdAt;
  private final @Nullable Instant erasedAt;

  private Customer(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.version = Checks.nonNegative(b.version, "version");
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.name = Objects.requireNonNull(b.name, "name");
    this.contactPoints = List.copyOf(b.contactPoints);
    this.tags = Collections.unmodifiableSortedSet(new TreeSet<>(b.tags));
    this.attributes = Map.copyOf(b.attributes);
    this.consents = List.copyOf(b.consents);
    this.history = List.copyOf(b.history);
    TreeSet<CustomerId> merged = new TreeSet<>(Comparator.comparing(CustomerId::value));
    merged.addAll(b.mergedIds);
    this.mergedIds = Collections.unmodifiableSortedSet(merged);
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
    this.erasedAt = b.erasedAt;
  }

  /** A copy of {@code c} with another version, sharing its immutable collections. */
  private Customer(Customer c, long version) {
    this.id = c.id;
    this.version = Checks.nonNegative(version, "version");
    this.kind = c.kind;
    this.name = c.name;
    this.contactPoints = c.contactPoints;
    this.tags = c.tags;
    this.attributes = c.attributes;
    this.consents = c.consents;
    this.history = c.history;
    this.mergedIds = c.mergedIds;
    this.createdAt = c.createdAt;
    this.erasedAt = c.erasedAt;
  }

  /** A new individual customer, not yet stored (version 0). */
  public static Customer individual(CustomerId id, String givenName, String familyName, Instant createdAt) {
    return register(id, Kind.INDIVIDUAL, PartyName.person(givenName, familyName), createdAt);
  }

  /** A new organisation customer, not yet stored (version 0). */
  public static Customer organisation(CustomerId id, String legalName, Instant createdAt) {
    return register(id, Kind.ORGANISATION, PartyName.organisation(legalName), createdAt);
  }

  private static Customer register(CustomerId id, Kind kind, PartyName name, Instant createdAt) {
    Builder b = new Builder();
    b.id = id;
    b.kind = kind;
    b.name = name;
    b.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    b.history.add(new HistoryEntry(createdAt, "registered"));
    return new Customer(b);
  }

  /**
   * Rebuilds a customer from stored state, checking nothing but the invariants. For storage
   * adapters and crm4j's JSON mapping only: applications create customers with
   * {@link #individual}/{@link #organisation} and change them with the {@code withX} methods, which
   * record history; a restored customer records none. Not part of the API; it may change at any time.
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public static Customer restore(CustomerId id, long version, Kind kind, PartyName name,
      List<ContactPoint> contactPoints, Set<String> tags, Map<String, String> attributes,
      List<Consent> consents, List<HistoryEntry> history, Set<CustomerId> mergedIds,
      Instant createdAt, @Nullable Instant erasedAt) {
    Builder b = new Builder();
    b.id = id;
    b.version = version;
    b.kind = kind;
    b.name = name;
    b.contactPoints.addAll(Objects.requireNonNull(contactPoints, "contactPoints"));
    b.tags.addAll(Objects.requireNonNull(tags, "tags"));
    b.attributes.putAll(Objects.requireNonNull(attributes, "attributes"));
    b.consents.addAll(Objects.requireNonNull(consents, "consents"));
    b.history.addAll(Objects.requireNonNull(history, "history"));
    b.mergedIds.addAll(Objects.requireNonNull(mergedIds, "mergedIds"));
    b.createdAt = createdAt;
    b.erasedAt = erasedAt;
    return new Customer(b);
  }

  public CustomerId id() {
    return id;
  }

  /** The stored version: 0 before the first write, raised by one on every write. */
  public long version() {
    return version;
  }

  public Kind kind() {
    return kind;
  }

  public PartyName name() {
    return name;
  }

  public List<ContactPoint> contactPoints() {
    return contactPoints;
  }

  public Set<String> tags() {
    return tags;
  }

  /** Free attributes set by the caller. Personal data: erased by {@link #erased(Instant)}. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The consent history, oldest first. */
  public List<Consent> consents() {
    return consents;
  }

  /** The change history, oldest first. */
  public List<HistoryEntry> history() {
    return history;
  }

  /** Ids of customers merged into this one. */
  public Set<CustomerId> mergedIds() {
    return mergedIds;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When personal data was erased, if it was. */
  public Optional<Instant> erasedAt() {
    return Optional.ofNullable(erasedAt);
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  /** Returns this customer with the given stored version; for storage adapters. */
  public Customer withVersion(long newVersion) {
    return new Customer(this, newVersion);
  }

  public Customer withName(PartyName newName, Instant at) {
    Builder b = change(at, "name changed");
    b.name = Objects.requireNonNull(newName, "newName");
    return new Customer(b);
  }

  public Customer withContactPoint(ContactPoint point, Instant at) {
    Objects.requireNonNull(point, "point");
    Builder b = change(at, "contact point added: " + point.type());
    b.contactPoints.add(point);
    return new Customer(b);
  }

  public Customer withTag(String tag, Instant at) {
    Checks.notBlank(tag, "tag");
    if (tags.contains(tag)) {
      return this;
    }
    Builder b = change(at, "tagged " + tag);
    b.tags.add(tag);
    return new Customer(b);
  }

  public Customer withoutTag(String tag, Instant at) {
    if (!tags.contains(tag)) {
      return this;
    }
    Builder b = change(at, "untagged " + tag);
    b.tags.remove(tag);
    return new Customer(b);
  }

  public Customer withAttribute(String key, String value, Instant at) {
    Checks.notBlank(key, "key");
    Objects.requireNonNull(value, "value");
    Builder b = change(at, "attribute set: " + key);
    b.attributes.put(key, value);
    return new Customer(b);
  }

  /** Records a consent decision; the consent history keeps every entry. */
  public Customer withConsent(Consent consent) {
    Objects.requireNonNull(consent, "consent");
    Builder b = change(consent.at(), (consent.granted() ? "consent granted: " : "consent withdrawn: ")
        + consent.purpose() + "/" + consent.channel());
    b.consents.add(consent);
    return new Customer(b);
  }

  /** Whether the latest decision for purpose and channel at or before {@code at} is a grant. */
  public boolean hasConsent(String purpose, ContactPoint.Type channel, Instant at) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(at, "at");
    return consents.stream()
        .filter(c -> c.purpose().equals(purpose) && c.channel() == channel && !c.at().isAfter(at))
        .max(Comparator.comparing(Consent::at))
        .map(Consent::granted)
        .orElse(false);
  }

  /**
   * Folds {@code other} into this customer: contact points, tags, attributes (this customer's
   * value wins on a clash), consent and history entries of both are kept, in time order.
   */
  public Customer mergedWith(Customer other, Instant at) {
    Objects.requireNonNull(other, "other");
    if (other.id.equals(id)) {
      throw new IllegalArgumentException("other must be a different customer, but was " + other.id);
    }
    Builder b = toBuilder();
    for (ContactPoint p : other.contactPoints) {
      if (!b.contactPoints.contains(p)) {
        b.contactPoints.add(p);
      }
    }
    b.tags.addAll(other.tags);
    other.attributes.forEach(b.attributes::putIfAbsent);
    b.consents.addAll(other.consents);
    b.consents.sort(Comparator.comparing(Consent::at));
    b.history.addAll(other.history);
    b.history.sort(Comparator.comparing(HistoryEntry::at));
    b.history.add(new HistoryEntry(Objects.requireNonNull(at, "at"), "merged " + other.id));
    b.mergedIds.add(other.id);
    b.mergedIds.addAll(other.mergedIds);
    return new Customer(b);
  }

  /**
   * Erases personal data: names become "erased", contact points and free attributes are
   * removed. Id, tags, consent history (proof of what was allowed) and change history stay, and
   * so does the anonymous activity that refers to the id.
   */
  public Customer erased(Instant at) {
    Builder b = change(at, "personal data erased");
    b.name = PartyName.ERASED;
    b.contactPoints.clear();
    b.attributes.clear();
    b.erasedAt = at;
    return new Customer(b);
  }

  private Builder change(Instant at, String what) {
    Builder b = toBuilder();
    b.history.add(new HistoryEntry(Objects.requireNonNull(at, "at"), what));
    return b;
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.version = version;
    b.kind = kind;
    b.name = name;
    b.contactPoints.addAll(contactPoints);
    b.tags.addAll(tags);
    b.attributes.putAll(attributes);
    b.consents.addAll(consents);
    b.history.addAll(history);
    b.mergedIds.addAll(mergedIds);
    b.createdAt = createdAt;
    b.erasedAt = erasedAt;
    return b;
  }

  /** Equal when every field, version included, is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Customer c && id.equals(c.id) && version == c.version && kind == c.kind
        && name.equals(c.name) && contactPoints.equals(c.contactPoints) && tags.equals(c.tags)
        && attributes.equals(c.attributes) && consents.equals(c.consents) && history.equals(c.history)
        && mergedIds.equals(c.mergedIds) && createdAt.equals(c.createdAt) && Objects.equals(erasedAt, c.erasedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, name, createdAt);
  }

  /** Masks personal data: safe to log. */
  @Override
  public String toString() {
    return "Customer[id=" + id + ", version=" + version + ", kind=" + kind + ", name=" + name
        + ", contactPoints=" + contactPoints.size() + ", tags=" + tags + ", attributes="
        + attributes.keySet() + (erasedAt != null ? ", erased" : "") + "]";
  }

  private static final class Builder {
    @Nullable CustomerId id;
    long version;
    @Nullable Kind kind;
    @Nullable PartyName name;
    final List<ContactPoint> contactPoints = new ArrayList<>();
    final Set<String> tags = new TreeSet<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Consent> consents = new ArrayList<>();
    final List<HistoryEntry> history = new ArrayList<>();
    final Set<CustomerId> mergedIds = new TreeSet<>(Comparator.comparing(CustomerId::value));
    @Nullable Instant createdAt;
    @Nullable Instant erasedAt;
  }
}
