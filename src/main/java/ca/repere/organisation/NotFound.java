package ca.repere.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An organisation or network id that does not exist: the not-found page. */
class NotFound extends ResponseStatusException {

    NotFound() {
        super(HttpStatus.NOT_FOUND);
    }
}
