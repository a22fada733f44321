package ca.repere.account;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the sessions past their timeout. Spring Session would run the same delete every minute on
 * every instance at the same second; one instance at a time is enough, and spares the others
 * from waiting on the rows the first one is deleting.
 */
@Component
class ExpiredSessions {

    private final JdbcIndexedSessionRepository sessions;

    ExpiredSessions(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${repere.sessions.cleanup-cron:0 * * * * *}")
    @SchedulerLock(name = "account.expired-sessions", lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
    public void delete() {
        sessions.cleanUpExpiredSessions();
    }
}
