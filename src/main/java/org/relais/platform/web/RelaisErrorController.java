package org.relais.platform.web;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error ends here: a translated page for people, an RFC 9457 problem for the API; never a stack trace.
 * A lost database answers 503 with {@code Retry-After}.
 */
@Controller
class RelaisErrorController implements ErrorController {

	private static final Set<Integer> PAGES = Set.of(400, 401, 403, 404, 405, 413, 429, 500, 503);

	private final MessageSource messages;

	RelaisErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		int status = status(request);
		if (status == 503) {
			response.setHeader("Retry-After", "30");
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? "" : uri.toString();
		String accept = request.getHeader("Accept");
		boolean json = path.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"));
		int page = PAGES.contains(status) ? status : (status >= 500 ? 500 : 400);
		if (json) {
			ProblemDetail problem = ProblemDetail.forStatus(status);
			problem.setTitle(messages.getMessage("platform.error." + page + ".title", null, locale));
			problem.setDetail(messages.getMessage("platform.error." + page + ".text", null, locale));
			if (!path.isEmpty()) {
				problem.setInstance(URI.create(path.replace(" ", "%20")));
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView mav = new ModelAndView("error/page", Map.of("status", status, "page", page));
		mav.setStatus(HttpStatus.valueOf(status));
		return mav;
	}

	private static int status(HttpServletRequest request) {
		Throwable ex = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (ex != null && isDatabaseDown(ex)) {
			return 503;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : 500;
		return status < 400 ? 500 : status;
	}

	static boolean isDatabaseDown(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof SQLTransientConnectionException
					|| t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
					|| (t instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
