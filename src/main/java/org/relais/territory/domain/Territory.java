package org.relais.territory.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.relais.territory.TerritoryKind;
import org.relais.territory.TerritorySummary;

@Entity
@Table(name = "territory")
public class Territory {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String slug;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "territory_name", joinColumns = @JoinColumn(name = "territory_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "name")
	private Map<String, String> names = new HashMap<>();

	@Column(nullable = false)
	private String country;

	@Column(name = "official_code")
	private String officialCode;

	@Column(name = "code_system")
	private String codeSystem;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TerritoryKind kind;

	private Integer population;

	@Column(name = "default_language", nullable = false)
	private String defaultLanguage;

	@Column(nullable = false)
	private String languages;

	@Column(name = "time_zone", nullable = false)
	private String timeZone;

	@Column(name = "staff_two_factor_required", nullable = false)
	private boolean staffTwoFactorRequired;

	@Column(name = "logo_file_id")
	private UUID logoFileId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Territory() {
	}

	public Territory(String slug, Map<String, String> names, String country, String officialCode, String codeSystem,
			TerritoryKind kind, Integer population, String defaultLanguage, List<String> languages, String timeZone,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.names = new HashMap<>(names);
		this.country = country;
		this.officialCode = officialCode;
		this.codeSystem = codeSystem;
		this.kind = kind;
		this.population = population;
		this.defaultLanguage = defaultLanguage;
		this.languages = String.join(",", languages);
		this.timeZone = timeZone;
		this.createdAt = createdAt;
	}

	public UUID getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public boolean isStaffTwoFactorRequired() {
		return staffTwoFactorRequired;
	}

	public void setStaffTwoFactorRequired(boolean required) {
		this.staffTwoFactorRequired = required;
	}

	public void setDefaultLanguage(String language) {
		this.defaultLanguage = language;
	}

	public void setLanguages(List<String> offered) {
		this.languages = String.join(",", offered);
	}

	public void setLogoFileId(UUID logoFileId) {
		this.logoFileId = logoFileId;
	}

	public String name(String language) {
		return toSummary().name(language);
	}

	public TerritorySummary toSummary() {
		return new TerritorySummary(id, slug, Map.copyOf(names), country, officialCode, codeSystem, kind, population,
				defaultLanguage, Arrays.stream(languages.split(",")).filter(s -> !s.isBlank()).toList(), timeZone,
				logoFileId);
	}

}
