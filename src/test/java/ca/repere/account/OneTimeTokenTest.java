package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The links' secrets: random, parsed strictly, stored only as a hash, never printed. */
class OneTimeTokenTest {

    @Test
    void aTokenReadsBackFromItsLinkAndMatchesOnlyItsOwnHash() {
        OneTimeToken token = OneTimeToken.generate();
        OneTimeToken other = OneTimeToken.generate();

        OneTimeToken parsed = OneTimeToken.parse(token.value()).orElseThrow();

        assertThat(parsed).isEqualTo(token);
        assertThat(parsed.matches(token.secretHash())).isTrue();
        assertThat(parsed.matches(other.secretHash())).isFalse();
        assertThat(parsed.matches(null)).isFalse();
        assertThat(new OneTimeToken(token.selector(), other.secret()).matches(token.secretHash()))
                .isFalse();
    }

    @Test
    void theSecretHas32RandomBytesAndOnlyItsSha256IsKept() {
        OneTimeToken token = OneTimeToken.generate();

        assertThat(token.secret()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(token.selector()).hasSize(16);
        assertThat(token.secretHash()).hasSize(32);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(OneTimeToken.generate().value())).isTrue();
        }
    }

    @Test
    void anythingButTheExactShapeIsNoToken() {
        String valid = OneTimeToken.generate().value();

        assertThat(OneTimeToken.parse(null)).isEmpty();
        assertThat(OneTimeToken.parse("")).isEmpty();
        assertThat(OneTimeToken.parse("nonsense")).isEmpty();
        assertThat(OneTimeToken.parse(valid + "x")).isEmpty();
        assertThat(OneTimeToken.parse(valid.substring(1))).isEmpty();
        assertThat(OneTimeToken.parse(valid.replace('.', '-'))).isEmpty();
        assertThat(OneTimeToken.parse(valid.replace(valid.charAt(20), '%'))).isEmpty();
    }

    @Test
    void theSecretNeverAppearsInTextMeantForLogs() {
        OneTimeToken token = OneTimeToken.generate();

        assertThat(token.toString()).contains(token.selector()).doesNotContain(token.secret());
    }
}
