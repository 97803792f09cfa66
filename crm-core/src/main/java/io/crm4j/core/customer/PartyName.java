package io.crm4j.core.customer;

import io.crm4j.core.internal.Checks;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The names of a person or an organisation. Personal data: {@code toString} masks it.
 *
 * @param displayName the name to show, never blank
 * @param givenName a person's given name, if known
 * @param familyName a person's family name, if known
 * @param legalName an organisation's registered name, if known
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PartyName(String displayName, @Nullable String givenName, @Nullable String familyName,
    @Nullable String legalName) {

  /** What remains of a name after erasure. */
  public static final PartyName ERASED = new PartyName("erased", null, null, null);

  public PartyName {
    Checks.notBlank(displayName, "displayName");
  }

  public static PartyName person(String givenName, String familyName) {
    Checks.notBlank(givenName, "givenName");
    Checks.notBlank(familyName, "familyName");
    return new PartyName(givenName + " " + familyName, givenName, familyName, null);
  }

  public static PartyName organisation(String legalName) {
    Checks.notBlank(legalName, "legalName");
    return new PartyName(legalName, null, null, legalName);
  }

  @Override
  public String toString() {
    return Objects.equals(this, ERASED) ? "erased" : Checks.mask(displayName);
  }
}
