package org.relais.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A resource that does not exist, or that the current user's territory does not own: both answer 404, so
 * that nobody learns what another territory holds.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private NotFoundException(String message) {
		super(message, null, false, false);
	}

	public static NotFoundException of(String kind, Object id) {
		return new NotFoundException(kind + " " + id + " not found");
	}

}
