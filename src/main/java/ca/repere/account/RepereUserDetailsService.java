package ca.repere.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RepereUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    RepereUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmailIgnoreCase(UserAccount.normalise(email))
                .filter(UserAccount::hasPassword)
                .map(UserAccount::toCurrentUser)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
