package org.relais.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.relais.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A malformed id in a URL is the same as an unknown one: 404. Database outages go to the error page, which
 * answers 503.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExceptionAdvice {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class,
			org.springframework.web.servlet.resource.NoResourceFoundException.class })
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(404);
	}

	@ExceptionHandler({ org.springframework.transaction.CannotCreateTransactionException.class,
			org.springframework.dao.DataAccessResourceFailureException.class })
	void databaseDown(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
		response.sendError(503);
	}

}
