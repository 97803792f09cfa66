package io.crm4j.core.customer;

import io.crm4j.core.internal.Checks;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One way to reach a customer. Personal data: {@code toString} masks the value.
 *
 * @param type the kind of address
 * @param value the address itself (an e-mail address, a phone number, a postal address)
 * @param primary whether this is the preferred point of its type
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ContactPoint(Type type, String value, boolean primary) {

  /** The kind of address. */
  public enum Type { EMAIL, PHONE, MOBILE, POSTAL_ADDRESS, WEB, SOCIAL_MEDIA }

  public ContactPoint {
    Objects.requireNonNull(type, "type");
    Checks.notBlank(value, "value");
  }

  public static ContactPoint email(String address) {
    if (address.indexOf('@') <= 0) {
      throw new IllegalArgumentException("address must contain '@' after a local part, but was '"
          + Checks.mask(address) + "'");
    }
    return new ContactPoint(Type.EMAIL, address, false);
  }

  public static ContactPoint phone(String number) {
    return new ContactPoint(Type.PHONE, number, false);
  }

  @Override
  public String toString() {
    return "ContactPoint[" + type + " " + Checks.mask(value) + (primary ? ", primary" : "") + "]";
  }
}
