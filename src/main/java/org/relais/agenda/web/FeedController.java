package org.relais.agenda.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.relais.agenda.feed.CalendarFeeds;
import org.relais.agenda.feed.FeedTokens;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * iCalendar feeds: the page of a user's personal feed (make or renew its secret address, revoke it), the personal
 * feed itself behind its token, the public feed of a territory and of one of its organisations. Feeds are answered
 * with {@code text/calendar; charset=utf-8}, an ETag and Last-Modified (a calendar that asks again gets a 304 when
 * nothing changed) and a short cache lifetime.
 */
@Controller
class FeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final FeedTokens tokens;

	private final CalendarFeeds feeds;

	private final TerritoryCatalog territories;

	private final String baseUrl;

	FeedController(FeedTokens tokens, CalendarFeeds feeds, TerritoryCatalog territories,
			@Value("${relais.base-url}") String baseUrl) {
		this.tokens = tokens;
		this.feeds = feeds;
		this.territories = territories;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/agenda/feed")
	String page(Model model, Locale locale) {
		RelaisPrincipal user = CurrentUser.require();
		UUID territoryId = CurrentUser.territoryId();
		TerritorySummary territory = territories.find(territoryId)
			.orElseThrow(() -> NotFoundException.of("territory", territoryId));
		model.addAttribute("territory", territory);
		model.addAttribute("lang", Languages.of(locale));
		model.addAttribute("token", tokens.active(user.userId(), territoryId).orElse(null));
		model.addAttribute("dates", new DateLabels(locale));
		model.addAttribute("zone", java.time.ZoneId.of(territory.timeZone()));
		model.addAttribute("publicFeedUrl", baseUrl + "/t/" + territory.slug() + "/events.ics");
		model.addAttribute("monthsBack", CalendarFeeds.MONTHS_BACK);
		model.addAttribute("monthsAhead", CalendarFeeds.MONTHS_AHEAD);
		return "agenda/feed/feed";
	}

	@PostMapping("/agenda/feed")
	String issue(RedirectAttributes flash) {
		RelaisPrincipal user = CurrentUser.require();
		String raw = tokens.issue(user.userId(), CurrentUser.territoryId());
		flash.addFlashAttribute("feedUrl", baseUrl + "/feeds/" + raw + ".ics");
		flash.addFlashAttribute("flash", "agenda.feed.issued");
		return "redirect:/agenda/feed";
	}

	@PostMapping("/agenda/feed/revoke")
	String revoke(RedirectAttributes flash) {
		RelaisPrincipal user = CurrentUser.require();
		boolean revoked = tokens.revoke(user.userId(), CurrentUser.territoryId());
		flash.addFlashAttribute("flash", revoked ? "agenda.feed.revoked" : "agenda.feed.none");
		return "redirect:/agenda/feed";
	}

	@GetMapping("/feeds/{token}.ics")
	ResponseEntity<byte[]> personal(@PathVariable String token) {
		CalendarFeeds.Feed feed = feeds.personal(token).orElseThrow(() -> NotFoundException.of("feed", "token"));
		return calendar(feed, false).body(feed.body().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/t/{slug}/events.ics")
	ResponseEntity<byte[]> territory(@PathVariable String slug, Locale locale) {
		CalendarFeeds.Feed feed = feeds.territory(territory(slug), Languages.of(locale));
		return calendar(feed, true).body(feed.body().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/t/{slug}/organisations/{organisationId}/events.ics")
	ResponseEntity<byte[]> organisation(@PathVariable String slug, @PathVariable UUID organisationId, Locale locale) {
		CalendarFeeds.Feed feed = feeds.organisation(territory(slug), organisationId, Languages.of(locale))
			.orElseThrow(() -> NotFoundException.of("organisation", organisationId));
		return calendar(feed, true).body(feed.body().getBytes(StandardCharsets.UTF_8));
	}

	/** The headers of a calendar answer: type, ETag, Last-Modified, and a cache lifetime (shared for public ones). */
	static ResponseEntity.BodyBuilder calendar(CalendarFeeds.Feed feed, boolean shared) {
		CacheControl cache = CacheControl.maxAge(Duration.ofMinutes(15));
		ResponseEntity.BodyBuilder b = ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(shared ? cache.cachePublic() : cache.cachePrivate())
			.eTag(feed.etag())
			.header("X-Content-Type-Options", "nosniff");
		if (feed.lastModified() != null) {
			b.lastModified(feed.lastModified());
		}
		return b;
	}

	private TerritorySummary territory(String slug) {
		return territories.findBySlug(slug).orElseThrow(() -> NotFoundException.of("territory", slug));
	}

}
