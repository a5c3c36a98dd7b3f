package org.relais.notification.inbox;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.relais.platform.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number on the bell of the page header. Not computed for the API, nor for error pages, and a database that does
 * not answer leaves the bell without a number rather than breaking the page.
 */
@ControllerAdvice
class UnreadCountAdvice {

	private static final Logger log = LoggerFactory.getLogger(UnreadCountAdvice.class);

	private final Inbox inbox;

	UnreadCountAdvice(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("unreadCount")
	Long unreadCount(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			return null;
		}
		return CurrentUser.get().map(user -> {
			try {
				return inbox.unreadCount(user.userId());
			}
			catch (DataAccessException | TransactionException ex) {
				log.debug("Unread count not available: {}", ex.getMessage());
				return null;
			}
		}).orElse(null);
	}

}
