package org.relais.referral.partner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.relais.people.People;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.referral.ReferralDetails;
import org.relais.referral.ReferralStatus;
import org.relais.referral.Referrals;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The referral inbox of partners (received by their organisations) and of the territory's staff (sent from the
 * territory), its CSV export, the organisations' figures, and the printable liaison form of a referral.
 */
@Controller
class ReferralInboxController {

	private final ReferralInbox inbox;

	private final Referrals referrals;

	private final People people;

	private final LiaisonSheet sheet;

	private final TerritoryCatalog territories;

	private final MessageSource messages;

	ReferralInboxController(ReferralInbox inbox, Referrals referrals, People people, LiaisonSheet sheet,
			TerritoryCatalog territories, MessageSource messages) {
		this.inbox = inbox;
		this.referrals = referrals;
		this.people = people;
		this.sheet = sheet;
		this.territories = territories;
		this.messages = messages;
	}

	@GetMapping("/referrals")
	String list(@ModelAttribute("form") InboxForm form, BindingResult errors, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		Set<ReferralInbox.Tab> tabs = tabs(me);
		ReferralInbox.Filter filter = form.filter(tabs, errors);
		if (errors.hasErrors()) {
			filter = new ReferralInbox.Filter(filter.tab(), null, null, null, null, 1);
		}
		model.addAttribute("tabs", tabs);
		model.addAttribute("result", inbox.page(me, filter, zone(me), Languages.of(locale)));
		model.addAttribute("statuses", List.of(ReferralStatus.values()));
		model.addAttribute("zone", zone(me));
		model.addAttribute("figures", mayReadFigures(me));
		return "referral/inbox";
	}

	@GetMapping("/referrals.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("form") InboxForm form, BindingResult errors, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		ReferralInbox.Filter filter = form.filter(tabs(me), errors);
		if (errors.hasErrors()) {
			return ResponseEntity.badRequest().build();
		}
		ZoneId zone = zone(me);
		DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(csvLine(List.of(msg("referral.inbox.sentAt", locale), msg("referral.inbox.service", locale),
				msg("referral.inbox.organisation", locale), msg("referral.inbox.sender", locale),
				msg("referral.inbox.status", locale), msg("referral.inbox.reason", locale),
				msg("referral.inbox.lastChange", locale))));
		for (ReferralInbox.Row r : inbox.all(me, filter, zone, Languages.of(locale))) {
			out.append(csvLine(List.of(date.format(r.sentAt()), r.serviceName(), nz(r.organisationName()),
					nz(r.senderName()), msg("referral.status." + r.status(), locale),
					r.reasonCode() == null ? "" : msg(r.reasonCode(), locale), date.format(r.lastChangeAt()))));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("referrals-" + filter.tab().name().toLowerCase(Locale.ROOT)
							+ ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/referrals/figures")
	String figures(@ModelAttribute("form") InboxForm form, BindingResult errors, Model model) {
		RelaisPrincipal me = CurrentUser.require();
		// the figures are the organisations' members' and the territory's coordinators' and admins': others (an
		// agent of no organisation) get the page saying so, with no figure
		boolean allowed = mayReadFigures(me);
		ReferralInbox.Filter filter = form.filter(Set.of(ReferralInbox.Tab.RECEIVED), errors);
		List<ReferralInbox.Figures> figures = errors.hasErrors() || !allowed ? List.of()
				: inbox.figures(me, filter.from(), filter.to(), zone(me));
		model.addAttribute("allowed", allowed);
		model.addAttribute("rows", figures);
		model.addAttribute("days", figures.stream().map(f -> days(f.medianAnswer())).toList());
		return "referral/figures";
	}

	@GetMapping("/referrals/{id}/liaison.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		RelaisPrincipal me = CurrentUser.require();
		ReferralDetails r = referrals.find(id, me).orElseThrow(() -> NotFoundException.of("referral", id));
		TerritorySummary t = territories.find(r.summary().territoryId()).orElseThrow();
		byte[] pdf = sheet.render(LiaisonContent.of(r, people), Languages.locale(t.defaultLanguage()),
				ZoneId.of(t.timeZone()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("liaison-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	private Set<ReferralInbox.Tab> tabs(RelaisPrincipal me) {
		Set<ReferralInbox.Tab> tabs = inbox.tabs(me);
		if (tabs.isEmpty()) {
			throw NotFoundException.of("inbox", "referrals");
		}
		return tabs;
	}

	private boolean mayReadFigures(RelaisPrincipal me) {
		return me.currentTerritoryId() != null && (me.hasAny(Role.TERRITORY_ADMIN, Role.COORDINATOR)
				|| inbox.tabs(me).contains(ReferralInbox.Tab.RECEIVED));
	}

	private ZoneId zone(RelaisPrincipal me) {
		return ZoneId.of(territories.find(me.currentTerritoryId()).map(TerritorySummary::timeZone).orElse("UTC"));
	}

	/** Whole days, rounded up from hours ("less than a day" is 1); null without any answer. */
	static Long days(Duration d) {
		return d == null ? null : Math.max(1, (d.toHours() + 23) / 24);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** A CSV line (RFC 4180), a leading =, +, - or @ neutralised so that spreadsheets do not run it. */
	static String csvLine(List<String> cells) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			String c = cells.get(i);
			if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
				c = "'" + c;
			}
			b.append(i == 0 ? "" : ",").append('"').append(c.replace("\"", "\"\"")).append('"');
		}
		return b.append("\r\n").toString();
	}

}
