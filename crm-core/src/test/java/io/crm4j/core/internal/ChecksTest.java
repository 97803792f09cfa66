package io.crm4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecksTest {

  /** The mask kept the first char, which for U+2000B is half a surrogate pair. */
  @Test
  void mask_keepsTheFirstCodePointWhole() {
    assertThat(Checks.mask("\uD840\uDC0B\u5409")).isEqualTo("\uD840\uDC0B***");
    assertThat(Checks.mask("\uD83D\uDE00 smile")).isEqualTo("\uD83D\uDE00***");
    assertThat(Checks.mask("Ada")).isEqualTo("A***");
    assertThat(Checks.mask("")).isEmpty();
    assertThat(Checks.mask(null)).isEmpty();
  }

  @Test
  void identifier_refusesControlCharactersAndSurroundingWhitespace() {
    assertThat(Checks.identifier("a b", "x")).isEqualTo("a b");
    assertThatThrownBy(() -> Checks.identifier("a\tb", "x"))
        .hasMessage("x must not contain control characters, but had U+0009 at index 1");
    assertThatThrownBy(() -> Checks.identifier("\u2029", "x")).hasMessageContaining("U+2029 at index 0");
    assertThatThrownBy(() -> Checks.identifier("ab\u3000", "x"))
        .hasMessage("x must not start or end with whitespace, but was 'ab\u3000'");
    assertThatThrownBy(() -> Checks.identifier("   ", "x")).hasMessage("x must not be blank, but was '   '");
    assertThatThrownBy(() -> Checks.identifier(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("x");
  }

  @Test
  void open_closed_isRefused() {
    Checks.open(false, "store");
    assertThatThrownBy(() -> Checks.open(true, "store")).isInstanceOf(IllegalStateException.class)
        .hasMessage("store must be open, but was closed");
  }
}
