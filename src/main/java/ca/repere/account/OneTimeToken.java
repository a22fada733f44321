package ca.repere.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret part of an e-mailed link (invitation, password reset): {@code selector.secret}. The
 * selector (12 random bytes) finds the row; the secret (32 random bytes) proves the link came from
 * the e-mail. Only the SHA-256 hash of the secret is stored, and it is compared in constant time,
 * so neither a copy of the database nor response times give a usable link away.
 */
record OneTimeToken(String selector, String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int SELECTOR_BYTES = 12;
    private static final int SECRET_BYTES = 32;
    /** base64url without padding: 16 characters for the selector, 43 for the secret. */
    private static final Pattern FORMAT = Pattern.compile("([A-Za-z0-9_-]{16})\\.([A-Za-z0-9_-]{43})");

    static OneTimeToken generate() {
        return new OneTimeToken(random(SELECTOR_BYTES), random(SECRET_BYTES));
    }

    /** The token a link carries, if it has the right shape; nothing for anything else. */
    static Optional<OneTimeToken> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(value);
        return matcher.matches() ? Optional.of(new OneTimeToken(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** What the link carries. */
    String value() {
        return selector + "." + secret;
    }

    /** What the database keeps. */
    byte[] secretHash() {
        return sha256(secret);
    }

    boolean matches(byte[] storedHash) {
        return storedHash != null && MessageDigest.isEqual(storedHash, secretHash());
    }

    @Override
    public String toString() {
        // Never the secret: a token must not end up in a log by accident.
        return "OneTimeToken[" + selector + "]";
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return ENCODER.encodeToString(value);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
