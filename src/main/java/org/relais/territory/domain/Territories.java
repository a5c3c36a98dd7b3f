package org.relais.territory.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritoryKind;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Territories implements TerritoryCatalog {

	private final TerritoryRepository territories;

	private final ReferenceAreaRepository areas;

	private final AuditLog audit;

	private final Clock clock;

	Territories(TerritoryRepository territories, ReferenceAreaRepository areas, AuditLog audit, Clock clock) {
		this.territories = territories;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TerritorySummary> find(UUID id) {
		return territories.findById(id).map(Territory::toSummary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TerritorySummary> findBySlug(String slug) {
		return territories.findBySlug(slug).map(Territory::toSummary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TerritorySummary> all() {
		return territories.findAll()
			.stream()
			.map(Territory::toSummary)
			.sorted(Comparator.comparing(TerritorySummary::slug))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AreaSummary> areas(UUID territoryId) {
		return areas.findByTerritoryIdOrderByKindAscNameAsc(territoryId)
			.stream()
			.map(ReferenceArea::toSummary)
			.sorted(Comparator.comparing((AreaSummary a) -> a.parentId() == null ? 0 : 1)
				.thenComparing(a -> a.kind().ordinal())
				.thenComparing(AreaSummary::name))
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return territories.count() == 0;
	}

	@Transactional
	public TerritorySummary create(String slug, java.util.Map<String, String> names, String country,
			String officialCode, String codeSystem, TerritoryKind kind, Integer population, String defaultLanguage,
			List<String> languages, String timeZone) {
		if (territories.findBySlug(slug).isPresent()) {
			throw new InvalidInput("slug", "territory.create.slugTaken");
		}
		Territory t = territories.save(new Territory(slug, names, country, officialCode, codeSystem, kind, population,
				defaultLanguage, languages, timeZone, clock.instant()));
		audit.record(AuditAction.TERRITORY_CREATED, List.of(t.getId()), null, slug, null);
		return t.toSummary();
	}

	@Transactional
	public AreaSummary addArea(UUID territoryId, UUID parentId, AreaKind kind, String code, String name,
			List<String> postalCodes, Double latitude, Double longitude, Integer population) {
		return areas.save(new ReferenceArea(territoryId, parentId, kind, code, name, postalCodes, latitude, longitude,
				population)).toSummary();
	}

	@Transactional
	public void changeSettings(UUID territoryId, boolean staffTwoFactorRequired, String defaultLanguage,
			List<String> languages) {
		Territory t = territories.findById(territoryId).orElseThrow(() -> NotFoundException.of("territory", territoryId));
		if (languages.isEmpty() || !languages.stream().allMatch(Languages::isSupported)) {
			throw new InvalidInput("languages", "territory.settings.languagesRequired");
		}
		if (!languages.contains(defaultLanguage)) {
			throw new InvalidInput("defaultLanguage", "territory.settings.defaultNotOffered");
		}
		t.setStaffTwoFactorRequired(staffTwoFactorRequired);
		t.setDefaultLanguage(defaultLanguage);
		t.setLanguages(languages);
		audit.record(AuditAction.TERRITORY_SETTINGS_CHANGED, t.getSlug(), "staffTwoFactorRequired="
				+ staffTwoFactorRequired + ", defaultLanguage=" + defaultLanguage + ", languages=" + languages);
	}

	@Transactional
	public void changeLogo(UUID territoryId, UUID fileId) {
		Territory t = territories.findById(territoryId).orElseThrow(() -> NotFoundException.of("territory", territoryId));
		t.setLogoFileId(fileId);
		audit.record(AuditAction.TERRITORY_SETTINGS_CHANGED, t.getSlug(), "logo=" + fileId);
	}

}
