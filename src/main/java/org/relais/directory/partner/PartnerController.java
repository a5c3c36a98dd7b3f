package org.relais.directory.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.relais.directory.SaturationLevel;
import org.relais.directory.domain.DirectoryAccess;
import org.relais.directory.domain.DirectoryChanges;
import org.relais.directory.domain.FieldChange;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.Saturation;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner's dashboard: their organisations and services with status, the one-click saturation update and the
 * "still accurate" confirmation (a row swapped by htmx, a redirect without JavaScript), and the field history of
 * services, organisations and locations.
 */
@Controller
class PartnerController {

	/** A service as a row of the dashboard. */
	record ServiceRow(UUID id, String name, String status, SaturationLevel level, Integer available, Integer maximum,
			String unit, boolean stale, Instant verifyBy, String setByName, Instant setAt) {

		static ServiceRow of(Service s, String language, Instant now) {
			Saturation sat = s.getSaturation();
			return new ServiceRow(s.getId(), EntryText.name(s.getName(), language), s.getStatus().name(), sat.level(), sat.available(),
					sat.maximum(), sat.unit(), toVerify(s, now), s.getVerifyBy(), sat.setByName(), sat.setAt());
		}

	}

	/** A service past its verification period gets the "to verify" badge, unless it is archived. */
	static boolean toVerify(Service s, Instant now) {
		return s.getStatus() != ServiceStatus.ARCHIVED && s.isStale(now);
	}

	/** An organisation of the dashboard with its services. */
	record OrganisationBlock(UUID id, String name, String status, long pendingRequests, List<ServiceRow> services) {
	}

	/** A membership request of the user still waiting. */
	record PendingRequest(String organisation) {
	}

	/** A line of a history. */
	record HistoryRow(Instant at, String who, String source, String field, String previous, String replacement) {
	}

	private final DirectoryAccess access;

	private final PartnerWork work;

	private final ServiceRepository services;

	private final OrganisationRepository organisations;

	private final OrganisationMemberRepository members;

	private final DirectoryChanges changes;

	private final MessageSource messages;

	private final Clock clock;

	PartnerController(DirectoryAccess access, PartnerWork work, ServiceRepository services,
			OrganisationRepository organisations, OrganisationMemberRepository members, DirectoryChanges changes,
			MessageSource messages, Clock clock) {
		this.access = access;
		this.work = work;
		this.services = services;
		this.organisations = organisations;
		this.members = members;
		this.changes = changes;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("levels")
	SaturationLevel[] levels() {
		return SaturationLevel.values();
	}

	@GetMapping("/partner")
	String dashboard(Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		String language = Languages.of(locale);
		Instant now = clock.instant();
		boolean admin = access.isTerritoryAdmin(me);
		List<OrganisationBlock> blocks = work.read(() -> {
			List<OrganisationBlock> list = new ArrayList<>();
			List<Organisation> mine = admin ? memberOrganisations(me) : access.editableOrganisations(me);
			for (Organisation o : mine) {
				list.add(block(me, o, language, now));
			}
			return list;
		});
		model.addAttribute("blocks", blocks);
		model.addAttribute("pendingMine", work.read(() -> members.findByUserIdAndStatus(me.userId(), MemberStatus.PENDING)
			.stream()
			.map(m -> organisations.findById(m.getOrganisationId()).orElse(null))
			.filter(o -> o != null && o.getTerritoryId().equals(me.currentTerritoryId()))
			.map(o -> new PendingRequest(EntryText.name(o.getName(), language)))
			.toList()));
		model.addAttribute("admin", admin);
		if (admin) {
			model.addAttribute("territoryOrganisations", work.read(() -> organisations
				.findByTerritoryIdOrderByNameFr(me.currentTerritoryId())
				.stream()
				.map(o -> new OrganisationBlock(o.getId(), EntryText.name(o.getName(), language), o.getStatus().name(), 0, List.of()))
				.toList()));
		}
		model.addAttribute("mayJoin", me.has(org.relais.platform.Role.PARTNER));
		return "directory/partner/dashboard";
	}

	private List<Organisation> memberOrganisations(RelaisPrincipal me) {
		List<UUID> ids = members.findByUserIdAndStatus(me.userId(), MemberStatus.ACTIVE)
			.stream()
			.map(OrganisationMember::getOrganisationId)
			.toList();
		return organisations.findAllById(ids)
			.stream()
			.filter(o -> o.getTerritoryId().equals(me.currentTerritoryId()))
			.toList();
	}

	private OrganisationBlock block(RelaisPrincipal me, Organisation o, String language, Instant now) {
		long pending = access.mayManageMembers(me, o)
				? members.findByOrganisationIdAndStatus(o.getId(), MemberStatus.PENDING).size() : 0;
		List<ServiceRow> rows = work.servicesOf(o.getId())
			.stream()
			.map(s -> ServiceRow.of(s, language, now))
			.toList();
		return new OrganisationBlock(o.getId(), EntryText.name(o.getName(), language), o.getStatus().name(), pending, rows);
	}

	@PostMapping("/partner/services/{id}/saturation")
	String saturation(@PathVariable UUID id, @ModelAttribute SaturationForm form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			RedirectAttributes flash) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		String error = null;
		SaturationLevel level = null;
		Integer available = null;
		Integer maximum = null;
		try {
			level = SaturationLevel.valueOf(form.getLevel() == null ? "" : form.getLevel());
		}
		catch (IllegalArgumentException ex) {
			error = "directory.partner.saturation.levelRequired";
		}
		try {
			available = Numbers.optionalInt(form.getAvailable());
			maximum = Numbers.optionalInt(form.getMaximum());
			if ((available != null && available < 0) || (maximum != null && maximum < 0)) {
				error = "directory.partner.saturation.invalidNumber";
			}
			else if (available != null && maximum != null && available > maximum) {
				error = "directory.partner.saturation.aboveMaximum";
			}
		}
		catch (NumberFormatException ex) {
			error = "directory.partner.saturation.invalidNumber";
		}
		String unit = EntryText.clean(form.getUnit());
		if (unit != null && unit.length() > 40) {
			error = "platform.validation.tooLong";
		}
		if (error == null) {
			SaturationLevel chosen = level;
			Integer a = available;
			Integer m = maximum;
			work.setSaturation(me, id, chosen, a, m, unit);
		}
		else {
			// the service must exist and be the user's, whatever was wrong with the form
			work.read(() -> access.service(me, id));
		}
		return rowOrRedirect(me, id, htmx, error, error == null ? "directory.partner.saturation.saved" : null, model,
				locale, flash);
	}

	@PostMapping("/partner/services/{id}/assure")
	String assure(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestParam(name = "back", required = false) String back, Model model, Locale locale,
			RedirectAttributes flash) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		work.assure(me, id);
		if (htmx == null && "service".equals(back)) {
			flash.addFlashAttribute("flash", "directory.partner.assured");
			return "redirect:/partner/services/" + id + "#freshness";
		}
		return rowOrRedirect(me, id, htmx, null, "directory.partner.assured", model, locale, flash);
	}

	private String rowOrRedirect(RelaisPrincipal me, UUID id, String htmx, String error, String done, Model model,
			Locale locale, RedirectAttributes flash) {
		if (htmx != null) {
			String language = Languages.of(locale);
			Instant now = clock.instant();
			model.addAttribute("row", work.read(() -> ServiceRow.of(access.service(me, id), language, now)));
			model.addAttribute("rowError", error);
			model.addAttribute("rowDone", done);
			return "directory/partner/dashboard :: serviceRow";
		}
		flash.addFlashAttribute("flash", error != null ? error : done);
		return "redirect:/partner#service-" + id;
	}

	// history

	@GetMapping("/partner/services/{id}/history")
	String serviceHistory(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		String language = Languages.of(locale);
		String name = work.read(() -> EntryText.name(access.service(me, id).getName(), language));
		return history(model, locale, id, name, "/partner/services/" + id, "directory.history.service");
	}

	@GetMapping("/partner/organisations/{id}/history")
	String organisationHistory(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		String language = Languages.of(locale);
		String name = work.read(() -> EntryText.name(access.organisation(me, id).getName(), language));
		return history(model, locale, id, name, "/partner/organisations/" + id, "directory.history.organisation");
	}

	@GetMapping("/partner/locations/{id}/history")
	String locationHistory(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		String name = work.read(() -> {
			var l = access.location(me, id);
			return l.getName() != null ? l.getName() : l.getAddress();
		});
		return history(model, locale, id, name, "/partner/locations/" + id, "directory.history.location");
	}

	private String history(Model model, Locale locale, UUID id, String name, String back, String titleKey) {
		List<HistoryRow> rows = new ArrayList<>();
		for (FieldChange c : work.read(() -> changes.history(id))) {
			rows.add(new HistoryRow(c.getChangedAt(), c.getChangedByName(),
					messages.getMessage("directory.history.source." + c.getSource(), null, c.getSource().name(), locale),
					fieldLabel(c.getFieldName(), locale), c.getPreviousValue(), c.getReplacementValue()));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("name", name == null ? "" : name);
		model.addAttribute("back", back);
		model.addAttribute("titleKey", titleKey);
		return "directory/partner/history";
	}

	/** The label of a history field; localised fields ({@code name_de}) get the language in brackets. */
	String fieldLabel(String field, Locale locale) {
		String base = field;
		String language = null;
		int cut = field.lastIndexOf('_');
		if (cut > 0 && Languages.SUPPORTED.contains(field.substring(cut + 1))) {
			base = field.substring(0, cut);
			language = field.substring(cut + 1);
		}
		String label = messages.getMessage("directory.history.field." + base, null, base, locale);
		if (language != null) {
			label += " (" + messages.getMessage("platform.language." + language, null, language, locale) + ")";
		}
		return label;
	}

}
