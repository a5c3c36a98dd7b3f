package org.relais.mutualaid.volunteer.web;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.DayPart;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.Places;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofType;
import org.relais.mutualaid.proof.ProofTypes;
import org.relais.platform.StoredFile;
import org.relais.platform.StoredFiles;
import org.relais.shared.NotFoundException;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the sign-up and profile forms need: the communes, the availability grid's rows, the action types, languages. */
@Component
class VolunteerPages {

	/** A row of the availability grid: the weekday's code and its name in the reader's language. */
	record Day(String code, String label) {
	}

	private final Places places;

	private final TerritoryCatalog territories;

	private final ProofTypes proofTypes;

	private final StoredFiles files;

	VolunteerPages(Places places, TerritoryCatalog territories, ProofTypes proofTypes, StoredFiles files) {
		this.places = places;
		this.territories = territories;
		this.proofTypes = proofTypes;
		this.files = files;
	}

	List<AreaSummary> communes(UUID territoryId) {
		return places.communes(territoryId);
	}

	List<String> languages(UUID territoryId) {
		return territories.find(territoryId).map(TerritorySummary::languages).orElse(List.of("fr"));
	}

	void profileChoices(Model model, UUID territoryId, Locale locale) {
		model.addAttribute("communes", communes(territoryId));
		model.addAttribute("languages", languages(territoryId));
		model.addAttribute("days", Arrays.stream(DayOfWeek.values())
			.map(d -> new Day(d.name(), capitalised(d.getDisplayName(TextStyle.FULL, locale), locale)))
			.toList());
		model.addAttribute("dayParts", Arrays.stream(DayPart.values()).map(Enum::name).toList());
		model.addAttribute("actionTypes", Arrays.stream(ActionType.values()).map(Enum::name).toList());
	}

	/** The territory's proof types by code (its own or the defaults), in their order. */
	java.util.Map<String, ProofType> proofTypes(UUID territoryId) {
		java.util.Map<String, ProofType> map = new java.util.LinkedHashMap<>();
		proofTypes.of(territoryId).forEach(t -> map.put(t.getCode(), t));
		return map;
	}

	String defaultLanguage(UUID territoryId) {
		return territories.find(territoryId).map(TerritorySummary::defaultLanguage).orElse("fr");
	}

	/** A proof document's file, as a download that is never cached. */
	ResponseEntity<Resource> download(ProofDocument d) {
		StoredFile f = files.find(d.getFileId()).orElseThrow(() -> NotFoundException.of("file", d.getFileId()));
		Resource content = files.content(d.getFileId())
			.orElseThrow(() -> NotFoundException.of("file", d.getFileId()));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.getFileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.parseMediaType(f.contentType()))
			.body(content);
	}

	/** Shows a refused step next to its field (or at the top). */
	static void reject(BindingResult result, MutualAidException ex) {
		if (ex.field() != null && result.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(),
						ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
		else {
			result.reject(ex.messageKey(), ex.args(), null);
		}
	}

	private static String capitalised(String s, Locale locale) {
		return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
	}

}
