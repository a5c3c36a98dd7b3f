package org.relais.referral.partner;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.relais.referral.ReferralStatus;
import org.springframework.validation.BindingResult;

/**
 * The inbox filters, bound from the query string (a bookmarkable URL, the same for the page and its CSV export).
 * Values are checked here, each bad one rejected next to its field.
 */
public class InboxForm {

	private String tab;

	private String status;

	private String service;

	private String from;

	private String to;

	private int page = 1;

	/** The filter these values make, the tab chosen among those the user has; bad values are rejected. */
	ReferralInbox.Filter filter(java.util.Set<ReferralInbox.Tab> tabs, BindingResult errors) {
		ReferralInbox.Tab t = MagicLinkController.parse(ReferralInbox.Tab.class, tab);
		if (t == null || !tabs.contains(t)) {
			t = tabs.iterator().next();
		}
		this.tab = t.name();
		ReferralStatus s = MagicLinkController.parse(ReferralStatus.class, status);
		if (s == null && status != null && !status.isBlank()) {
			errors.rejectValue("status", "referral.inbox.error.status");
		}
		UUID sv = null;
		if (service != null && !service.isBlank()) {
			try {
				sv = UUID.fromString(service.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("service", "referral.inbox.error.service");
			}
		}
		LocalDate f = date(from, "from", errors);
		LocalDate u = date(to, "to", errors);
		if (f != null && u != null && u.isBefore(f)) {
			errors.rejectValue("to", "referral.inbox.error.period");
		}
		return new ReferralInbox.Filter(t, s, sv, f, u, page);
	}

	private static LocalDate date(String value, String field, BindingResult errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "referral.inbox.error.date");
			return null;
		}
	}

	public String getTab() {
		return tab;
	}

	public void setTab(String tab) {
		this.tab = tab;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getService() {
		return service;
	}

	public void setService(String service) {
		this.service = service;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
