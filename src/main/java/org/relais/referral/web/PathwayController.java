package org.relais.referral.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.referral.Pathway;
import org.relais.referral.PathwayEntry;
import org.relais.referral.domain.PathwayNote;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's pathway: every agent of the territory sees all of it and writes notes; a partner sees only the lines
 * about what its organisations received; anybody else gets 404. The PDF is the person's copy (right of access).
 */
@Controller
class PathwayController {

	private final People people;

	private final Pathway pathway;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final PathwayPdf pdf;

	PathwayController(People people, Pathway pathway, DirectoryCatalog directory, TerritoryCatalog territories,
			PathwayPdf pdf) {
		this.people = people;
		this.pathway = pathway;
		this.directory = directory;
		this.territories = territories;
		this.pdf = pdf;
	}

	static boolean isAgent(RelaisPrincipal me) {
		return me.currentTerritoryId() != null && me.hasAny(Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN);
	}

	@GetMapping("/people/{id}/pathway")
	String show(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = CurrentUser.require();
		UUID territory = me.currentTerritoryId();
		List<PathwayEntry> entries;
		if (isAgent(me)) {
			entries = pathway.entries(territory, id);
		}
		else if (territory != null && me.has(Role.PARTNER)) {
			entries = pathway.entriesVisibleTo(territory, id, directory.memberOrganisations(me.userId()));
			if (entries.isEmpty()) {
				throw NotFoundException.of("person", id);
			}
		}
		else {
			throw NotFoundException.of("person", id);
		}
		BeneficiaryRecord person = people.read(territory, id).orElseThrow(() -> NotFoundException.of("person", id));
		model.addAttribute("person", person);
		model.addAttribute("personName", PathwayView.name(person));
		model.addAttribute("entries", entries);
		model.addAttribute("agent", isAgent(me));
		model.addAttribute("maxNote", PathwayNote.MAX_LENGTH);
		model.addAttribute("languages", Languages.SUPPORTED);
		model.addAttribute("zone", zone(territory));
		return "referral/pathway";
	}

	@PostMapping("/people/{id}/pathway/notes")
	String addNote(@PathVariable UUID id, @RequestParam(defaultValue = "") String body, Model model,
			RedirectAttributes redirect) {
		RelaisPrincipal me = CurrentUser.require();
		if (!isAgent(me)) {
			throw NotFoundException.of("person", id);
		}
		UUID territory = me.currentTerritoryId();
		people.read(territory, id).orElseThrow(() -> NotFoundException.of("person", id));
		String text = body.strip();
		if (text.isEmpty() || text.length() > PathwayNote.MAX_LENGTH) {
			model.addAttribute("noteError",
					text.isEmpty() ? "referral.pathway.note.required" : "referral.pathway.note.tooLong");
			model.addAttribute("noteBody", body);
			return show(id, model);
		}
		pathway.addNote(territory, id, text, me.userId(), me.displayName());
		people.touch(territory, id);
		redirect.addFlashAttribute("flash", "referral.pathway.note.added");
		return "redirect:/people/" + id + "/pathway";
	}

	@GetMapping("/people/{id}/pathway.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) String lang, Locale locale)
			throws Exception {
		RelaisPrincipal me = CurrentUser.require();
		if (!isAgent(me)) {
			throw NotFoundException.of("person", id);
		}
		UUID territory = me.currentTerritoryId();
		BeneficiaryRecord person = people.read(territory, id).orElseThrow(() -> NotFoundException.of("person", id));
		Locale in = lang != null && Languages.isSupported(lang) ? Languages.locale(lang) : locale;
		byte[] body = pdf.render(person, pathway.entries(territory, id), zone(territory), in);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("pathway-" + id + ".pdf").build().toString())
			.body(body);
	}

	private java.time.ZoneId zone(UUID territory) {
		return territories.find(territory)
			.map(t -> java.time.ZoneId.of(t.timeZone()))
			.orElse(java.time.ZoneId.of("Europe/Paris"));
	}

}
