package ca.repere.account;

/** A person as listed among an organisation's or network's members. */
public record MemberView(long userId, String displayName, String email, Role role, boolean enabled) {}
