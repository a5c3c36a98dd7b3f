package org.relais.directory.domain;

import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A need (or public) the instance admin adds to the data·inclusion taxonomy, e.g. device lending or conviviality
 * visits, labelled in the four languages.
 */
@Entity
@Table(name = "dir_extra_term")
public class ExtraTerm {

	@Id
	private UUID id;

	/** {@code needs} or {@code publics}. */
	@Column(nullable = false, length = 16)
	private String taxonomy;

	@Column(nullable = false, unique = true, length = 120)
	private String code;

	/** For a need: the category code it belongs to. */
	@Column(name = "parent_code", length = 120)
	private String parentCode;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "label_fr", length = 200)),
			@AttributeOverride(name = "de", column = @Column(name = "label_de", length = 200)),
			@AttributeOverride(name = "it", column = @Column(name = "label_it", length = 200)),
			@AttributeOverride(name = "en", column = @Column(name = "label_en", length = 200)) })
	private LocalizedText label = LocalizedText.empty();

	protected ExtraTerm() {
	}

	public ExtraTerm(String taxonomy, String code, String parentCode, LocalizedText label) {
		this.id = UUID.randomUUID();
		this.taxonomy = taxonomy;
		this.code = code;
		this.parentCode = parentCode;
		this.label = label;
	}

	public UUID getId() {
		return id;
	}

	public String getTaxonomy() {
		return taxonomy;
	}

	public String getCode() {
		return code;
	}

	public String getParentCode() {
		return parentCode;
	}

	public LocalizedText getLabel() {
		return label == null ? LocalizedText.empty() : label;
	}

	public void setLabel(LocalizedText label) {
		this.label = label;
	}

}
