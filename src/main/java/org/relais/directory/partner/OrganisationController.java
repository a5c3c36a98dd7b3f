package org.relais.directory.partner;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.directory.domain.DirectoryAccess;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.LocationRepository;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationKind;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.ServiceRepository;
import org.relais.platform.AccountDirectory;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.platform.StoredFile;
import org.relais.platform.StoredFiles;
import org.relais.shared.Languages;
import org.relais.territory.TerritoryCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisations in the partner space: the entry (names and descriptions in four languages, legal identifier,
 * kind, parent, contacts, territories), its logo, its members and join requests; registering a new organisation
 * and asking to join an existing one.
 */
@Controller
class OrganisationController {

	private static final Pattern PHONE = Pattern.compile("[+0-9 ().\\-/]{4,40}");

	/** An organisation's service or location as a link of its page. */
	record EntryLink(UUID id, String label, String status) {
	}

	/** A member or join request of an organisation. */
	record MemberRow(UUID id, String name, String email, String role, String status) {
	}

	/** An organisation found by the join search. */
	record JoinCandidate(UUID id, String name, String kind, String membership) {
	}

	private final DirectoryAccess access;

	private final PartnerWork work;

	private final OrganisationRepository organisations;

	private final OrganisationMemberRepository members;

	private final ServiceRepository services;

	private final LocationRepository locations;

	private final TerritoryCatalog territories;

	private final AccountDirectory accounts;

	private final StoredFiles files;

	OrganisationController(DirectoryAccess access, PartnerWork work, OrganisationRepository organisations,
			OrganisationMemberRepository members, ServiceRepository services, LocationRepository locations,
			TerritoryCatalog territories, AccountDirectory accounts, StoredFiles files) {
		this.access = access;
		this.work = work;
		this.organisations = organisations;
		this.members = members;
		this.services = services;
		this.locations = locations;
		this.territories = territories;
		this.accounts = accounts;
		this.files = files;
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return Languages.SUPPORTED;
	}

	@ModelAttribute("kinds")
	List<String> kinds() {
		return Arrays.stream(OrganisationKind.values()).map(Enum::name).toList();
	}

	@ModelAttribute("schemes")
	List<String> schemes() {
		List<String> s = new ArrayList<>();
		s.add("");
		s.addAll(LegalIds.SCHEMES);
		return s;
	}

	// one organisation

	@GetMapping("/partner/organisations/{id}")
	String page(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		OrganisationForm form = work.read(() -> formOf(access.organisation(me, id)));
		model.addAttribute("organisationForm", form);
		return page(model, me, id, locale);
	}

	@PostMapping("/partner/organisations/{id}")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		work.read(() -> access.organisation(me, id));
		Checked checked = validate(form, result, id, locale, true);
		if (result.hasErrors()) {
			response.setStatus(422);
			return page(model, me, id, locale);
		}
		work.updateOrganisation(me, id, o -> apply(o, form, checked));
		flash.addFlashAttribute("flash", "directory.org.saved");
		return "redirect:/partner/organisations/" + id;
	}

	private String page(Model model, RelaisPrincipal me, UUID id, Locale locale) {
		String language = Languages.of(locale);
		work.read(() -> {
			Organisation o = access.organisation(me, id);
			model.addAttribute("organisation", new EntryLink(o.getId(), EntryText.name(o.getName(), language), o.getStatus().name()));
			model.addAttribute("logoFileId", o.getLogoFileId());
			model.addAttribute("services", work.servicesOf(id)
				.stream()
				.map(s -> new EntryLink(s.getId(), EntryText.name(s.getName(), language), s.getStatus().name()))
				.toList());
			model.addAttribute("locations", locations.findByOrganisationId(id)
				.stream()
				.map(l -> new EntryLink(l.getId(), LocationController.label(l), null))
				.toList());
			boolean manage = access.mayManageMembers(me, o);
			model.addAttribute("manageMembers", manage);
			if (manage) {
				model.addAttribute("members", members.findByOrganisationId(id)
					.stream()
					.filter(m -> m.getStatus() != MemberStatus.REJECTED)
					.map(this::memberRow)
					.toList());
			}
			model.addAttribute("parents", parentOptions(o.getTerritoryId(), id, language));
			return null;
		});
		model.addAttribute("territoryOptions", territories.all()
			.stream()
			.map(t -> new EntryOptions.Option(t.id().toString(), t.name(language)))
			.toList());
		return "directory/partner/organisation";
	}

	private MemberRow memberRow(OrganisationMember m) {
		Optional<RelaisPrincipal> p = accounts.findById(m.getUserId());
		return new MemberRow(m.getId(), p.map(RelaisPrincipal::displayName).orElse(""),
				p.map(RelaisPrincipal::email).orElse(""), m.getRole().name(), m.getStatus().name());
	}

	private List<EntryOptions.Option> parentOptions(UUID territory, UUID self, String language) {
		List<EntryOptions.Option> options = new ArrayList<>();
		options.add(new EntryOptions.Option("", ""));
		for (Organisation o : organisations.findByTerritoryIdOrderByNameFr(territory)) {
			if (!o.getId().equals(self) && o.getStatus() != OrganisationStatus.REJECTED) {
				options.add(new EntryOptions.Option(o.getId().toString(), EntryText.name(o.getName(), language)));
			}
		}
		return options;
	}

	/** A logo is shown small: 1 MB is plenty, and keeps pages light. */
	static final long LOGO_MAX_BYTES = 1024 * 1024;

	@PostMapping("/partner/organisations/{id}/logo")
	String logo(@PathVariable UUID id, @RequestParam(name = "logo", required = false) MultipartFile logo,
			RedirectAttributes flash) throws IOException {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		UUID territory = work.read(() -> access.organisation(me, id).getTerritoryId());
		if (logo == null || logo.isEmpty()) {
			flash.addFlashAttribute("logoError", "platform.upload.empty");
			return "redirect:/partner/organisations/" + id + "#logo";
		}
		if (logo.getSize() > LOGO_MAX_BYTES) {
			flash.addFlashAttribute("logoError", "directory.partner.logo.tooLarge");
			return "redirect:/partner/organisations/" + id + "#logo";
		}
		try {
			StoredFile stored = files.store(territory, logo.getOriginalFilename(), logo.getInputStream(),
					logo.getSize(), Set.of(StoredFiles.Kind.IMAGE), true);
			work.changeLogo(me, id, stored.id()).ifPresent(files::delete);
			flash.addFlashAttribute("flash", "directory.org.logo.saved");
		}
		catch (StoredFiles.FileRejectedException ex) {
			String key = ex.messageKey();
			flash.addFlashAttribute("logoError",
					key.endsWith("typeNotAllowed") || key.endsWith("contentMismatch") ? "directory.org.logo.notImage"
							: key);
		}
		return "redirect:/partner/organisations/" + id + "#logo";
	}

	// members

	@PostMapping("/partner/members/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes flash) {
		return decide(id, true, flash);
	}

	@PostMapping("/partner/members/{id}/reject")
	String reject(@PathVariable UUID id, RedirectAttributes flash) {
		return decide(id, false, flash);
	}

	private String decide(UUID id, boolean approve, RedirectAttributes flash) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		OrganisationMember m = work.decideMember(me, id, approve, false);
		flash.addFlashAttribute("flash", approve ? "directory.org.members.approved" : "directory.org.members.rejected");
		return "redirect:/partner/organisations/" + m.getOrganisationId() + "#members";
	}

	// new organisation

	@GetMapping("/partner/organisations/new")
	String newPage(Model model) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		model.addAttribute("organisationForm", new OrganisationForm());
		return "directory/partner/organisation-new";
	}

	@PostMapping("/partner/organisations/new")
	String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		form.setParentId("");
		form.setWorkTerritories(new ArrayList<>());
		Checked checked = validate(form, result, null, locale, false);
		if (result.hasErrors()) {
			response.setStatus(422);
			return "directory/partner/organisation-new";
		}
		Organisation o = work.createOrganisation(me, x -> apply(x, form, checked));
		boolean member = o.getStatus() == OrganisationStatus.ACTIVE || me.has(Role.PARTNER);
		flash.addFlashAttribute("flash", o.getStatus() == OrganisationStatus.ACTIVE ? "directory.org.created"
				: "directory.org.createdPending");
		return member ? "redirect:/partner/organisations/" + o.getId() : "redirect:/partner";
	}

	// joining

	@GetMapping("/partner/organisations/join")
	String joinPage(@RequestParam(name = "q", required = false) String q, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		String language = Languages.of(locale);
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("mayJoin", me.has(Role.PARTNER));
		if (query.length() >= 2) {
			String needle = fold(query);
			model.addAttribute("results", work.read(() -> {
				Map<UUID, MemberStatus> mine = new LinkedHashMap<>();
				members.findByUserIdAndStatus(me.userId(), MemberStatus.ACTIVE)
					.forEach(m -> mine.put(m.getOrganisationId(), MemberStatus.ACTIVE));
				members.findByUserIdAndStatus(me.userId(), MemberStatus.PENDING)
					.forEach(m -> mine.put(m.getOrganisationId(), MemberStatus.PENDING));
				return organisations.findByTerritoryIdAndStatus(me.currentTerritoryId(), OrganisationStatus.ACTIVE)
					.stream()
					.filter(o -> EntryText.of(o.getName()).asMap().values().stream().anyMatch(n -> fold(n).contains(needle)))
					.limit(50)
					.map(o -> new JoinCandidate(o.getId(), EntryText.name(o.getName(), language), o.getKind().name(),
							mine.containsKey(o.getId()) ? mine.get(o.getId()).name() : null))
					.toList();
			}));
		}
		return "directory/partner/join";
	}

	@PostMapping("/partner/organisations/{id}/join")
	String join(@PathVariable UUID id, RedirectAttributes flash) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		boolean asked = work.requestJoin(me, id);
		flash.addFlashAttribute("flash", asked ? "directory.org.join.requested" : "directory.org.join.already");
		return "redirect:/partner";
	}

	private static String fold(String s) {
		return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

	// form ↔ entry

	/** What validation derived from the form: the normalised legal id, the parent id. */
	record Checked(String legalId, UUID parentId, OrganisationKind kind) {
	}

	static OrganisationForm formOf(Organisation o) {
		OrganisationForm f = new OrganisationForm();
		LocalizedText name = EntryText.of(o.getName());
		LocalizedText description = EntryText.of(o.getDescription());
		f.setNameFr(name.getFr());
		f.setNameDe(name.getDe());
		f.setNameIt(name.getIt());
		f.setNameEn(name.getEn());
		f.setDescriptionFr(description.getFr());
		f.setDescriptionDe(description.getDe());
		f.setDescriptionIt(description.getIt());
		f.setDescriptionEn(description.getEn());
		f.setLegalIdScheme(o.getLegalIdScheme() == null ? "" : o.getLegalIdScheme());
		f.setLegalId(o.getLegalId());
		f.setKind(o.getKind().name());
		f.setParentId(o.getParentId() == null ? "" : o.getParentId().toString());
		f.setWebsite(o.getWebsite());
		f.setEmail(o.getEmail());
		f.setPhone(o.getPhone());
		f.setWorkTerritories(new ArrayList<>(o.getWorkTerritories()));
		return f;
	}

	private Checked validate(OrganisationForm f, BindingResult result, UUID self, Locale locale, boolean full) {
		boolean anyName = false;
		for (String l : Languages.SUPPORTED) {
			String suffix = l.substring(0, 1).toUpperCase() + l.substring(1);
			if (EntryText.hasScript(f.name(l))) {
				result.rejectValue("name" + suffix, "directory.edit.scriptRefused");
			}
			if (EntryText.hasScript(f.description(l))) {
				result.rejectValue("description" + suffix, "directory.edit.scriptRefused");
			}
			anyName |= EntryText.clean(f.name(l)) != null;
		}
		if (!anyName) {
			String l = Languages.of(locale);
			result.rejectValue("name" + l.substring(0, 1).toUpperCase() + l.substring(1), "directory.org.nameRequired");
		}
		String scheme = f.getLegalIdScheme() == null ? "" : f.getLegalIdScheme();
		String raw = EntryText.trim(f.getLegalId());
		String legalId = null;
		if (!scheme.isEmpty() && !LegalIds.SCHEMES.contains(scheme)) {
			result.rejectValue("legalIdScheme", "platform.validation.invalid");
		}
		else if (scheme.isEmpty() && raw != null) {
			result.rejectValue("legalIdScheme", "directory.org.legalIdSchemeRequired");
		}
		else if (!scheme.isEmpty() && raw == null) {
			result.rejectValue("legalId", "directory.org.legalIdRequired");
		}
		else if (raw != null) {
			legalId = LegalIds.normalise(scheme, raw);
			if (legalId == null) {
				result.rejectValue("legalId", "directory.org.legalIdInvalid." + scheme);
			}
		}
		OrganisationKind kind = OrganisationKind.OTHER;
		try {
			kind = OrganisationKind.valueOf(f.getKind() == null ? "" : f.getKind());
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("kind", "platform.validation.invalid");
		}
		if (!validWebsite(f.getWebsite())) {
			result.rejectValue("website", "directory.edit.websiteInvalid");
		}
		if (f.getPhone() != null && !f.getPhone().isBlank() && !PHONE.matcher(f.getPhone().strip()).matches()) {
			result.rejectValue("phone", "directory.edit.phoneInvalid");
		}
		UUID parent = null;
		if (full && f.getParentId() != null && !f.getParentId().isBlank()) {
			parent = work.read(() -> checkParent(f.getParentId(), self));
			if (parent == null) {
				result.rejectValue("parentId", "directory.org.parentInvalid");
			}
		}
		if (full) {
			Set<String> known = new HashSet<>();
			territories.all().forEach(t -> known.add(t.id().toString()));
			if (!known.containsAll(f.getWorkTerritories())) {
				result.rejectValue("workTerritories", "platform.validation.invalid");
			}
		}
		return new Checked(legalId, parent, kind);
	}

	/** The parent's id when it is an organisation of the territory and not the organisation or one of its branches. */
	private UUID checkParent(String text, UUID self) {
		UUID id;
		try {
			id = UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		Optional<Organisation> parent = organisations.findByIdAndTerritoryId(id, CurrentUser.territoryId());
		Set<UUID> seen = new HashSet<>();
		for (Optional<Organisation> p = parent; p.isPresent(); p = p.get().getParentId() == null ? Optional.empty()
				: organisations.findById(p.get().getParentId())) {
			if (p.get().getId().equals(self) || !seen.add(p.get().getId())) {
				return null;
			}
		}
		return parent.map(Organisation::getId).orElse(null);
	}

	static boolean validWebsite(String website) {
		if (website == null || website.isBlank()) {
			return true;
		}
		try {
			URI uri = new URI(website.strip());
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void apply(Organisation o, OrganisationForm f, Checked checked) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (String l : Languages.SUPPORTED) {
			names.put(l, EntryText.clean(f.name(l)));
			descriptions.put(l, EntryText.clean(f.description(l)));
		}
		o.setName(LocalizedText.of(names));
		o.setDescription(LocalizedText.of(descriptions));
		o.setLegalIdScheme(checked.legalId() == null ? null : f.getLegalIdScheme());
		o.setLegalId(checked.legalId());
		o.setKind(checked.kind());
		o.setParentId(checked.parentId());
		o.setWebsite(EntryText.trim(f.getWebsite()));
		o.setEmail(EntryText.trim(f.getEmail()));
		o.setPhone(EntryText.trim(f.getPhone()));
		o.setWorkTerritories(new HashSet<>(f.getWorkTerritories()));
	}

}
