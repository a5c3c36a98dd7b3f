package org.relais.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.relais.platform.CurrentUser;
import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.Languages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the base layout needs on every page: the user, the navigation for their roles, the language links. */
@ControllerAdvice
class LayoutAdvice {

	private final List<NavigationContributor> contributors;

	LayoutAdvice(List<NavigationContributor> contributors) {
		this.contributors = contributors;
	}

	/** A link of the language switcher. */
	record LanguageLink(String code, String href, boolean current) {
	}

	@ModelAttribute("me")
	RelaisPrincipal me() {
		return CurrentUser.get().orElse(null);
	}

	@ModelAttribute("nav")
	List<NavItem> nav() {
		RelaisPrincipal user = CurrentUser.get().orElse(null);
		List<NavItem> items = new ArrayList<>();
		if (user == null) {
			return items;
		}
		items.add(new NavItem("platform.nav.home", "/home", 0));
		if (user.has(Role.TERRITORY_ADMIN)) {
			items.add(new NavItem("platform.nav.audit", "/admin/audit", 910));
			items.add(new NavItem("platform.nav.accessLog", "/admin/access-log", 920));
		}
		for (NavigationContributor c : contributors) {
			items.addAll(c.itemsFor(user));
		}
		items.sort(Comparator.comparingInt(NavItem::rank));
		return items;
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
		String query = errorUri != null ? null : request.getQueryString();
		List<LanguageLink> links = new ArrayList<>();
		for (String code : Languages.SUPPORTED) {
			String href = UriComponentsBuilder.fromPath(path)
				.query(query)
				.replaceQueryParam("lang", code)
				.replaceQueryParam("continue")
				.build()
				.toUriString();
			links.add(new LanguageLink(code, href, code.equals(Languages.of(locale))));
		}
		return links;
	}

	/** The time zone dates are shown in: the current territory's, else UTC. */
	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return CurrentUser.get()
			.flatMap(RelaisPrincipal::currentMembership)
			.map(m -> java.time.ZoneId.of(m.timeZone()))
			.orElse(java.time.ZoneOffset.UTC);
	}

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
