package org.relais.notification.inbox;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's notifications: list, open (marks read), mark all read. */
@Controller
class InboxController {

	private static final int MAX_PAGE = 10_000;

	private final Inbox inbox;

	private final TerritoryCatalog territories;

	private final ZoneId defaultZone;

	InboxController(Inbox inbox, TerritoryCatalog territories,
			@Value("${relais.time-zone:Europe/Paris}") String defaultZone) {
		this.inbox = inbox;
		this.territories = territories;
		this.defaultZone = ZoneId.of(defaultZone);
	}

	@GetMapping("/notifications")
	String list(@RequestParam(name = "page", required = false) String page, Locale locale, Model model) {
		RelaisPrincipal user = CurrentUser.require();
		Page<Inbox.InboxItem> items = inbox.page(user.userId(), pageNumber(page), locale, zone(user));
		model.addAttribute("items", items);
		model.addAttribute("unread", inbox.unreadCount(user.userId()));
		return "notification/inbox";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable String id, RedirectAttributes redirect) {
		RelaisPrincipal user = CurrentUser.require();
		String link = inbox.markRead(user.userId(), uuid(id)).filter(InboxController::isLocalPath).orElse(null);
		if (link != null) {
			return "redirect:" + link;
		}
		redirect.addFlashAttribute("flash", "notification.inbox.markedRead");
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String readAll(RedirectAttributes redirect) {
		inbox.markAllRead(CurrentUser.require().userId());
		redirect.addFlashAttribute("flash", "notification.inbox.allMarkedRead");
		return "redirect:/notifications";
	}

	private ZoneId zone(RelaisPrincipal user) {
		if (user.currentTerritoryId() == null) {
			return defaultZone;
		}
		try {
			return territories.find(user.currentTerritoryId())
				.map(TerritorySummary::timeZone)
				.map(ZoneId::of)
				.orElse(defaultZone);
		}
		catch (DateTimeException ex) {
			return defaultZone;
		}
	}

	/** A page number that is not one shows the first page; a huge one, an empty page. */
	static int pageNumber(String page) {
		if (page == null) {
			return 0;
		}
		try {
			return Math.min(Math.max(Integer.parseInt(page.trim()), 0), MAX_PAGE);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw NotFoundException.of("notification", "malformed id");
		}
	}

	/** Only a path of this site: never another host ({@code //host}, {@code /\host}). */
	static boolean isLocalPath(String link) {
		return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
	}

}
