package org.relais.directory.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a file: an organisation, or a service (with its locations and, when the file nests it, its
 * organisation). Problems found while reading travel with it: errors reject it, warnings are reported.
 */
final class ImportRecord {

	enum Kind {
		ORGANISATION, SERVICE
	}

	final Kind kind;

	/** 1-based position in the file (row, array item…), for the report. */
	final int position;

	final Drafts.Organisation organisation;

	final Drafts.Service service;

	final List<ImportMessage> errors = new ArrayList<>();

	final List<ImportMessage> warnings = new ArrayList<>();

	private ImportRecord(Kind kind, int position, Drafts.Organisation organisation, Drafts.Service service) {
		this.kind = kind;
		this.position = position;
		this.organisation = organisation;
		this.service = service;
	}

	static ImportRecord organisation(int position, Drafts.Organisation organisation) {
		return new ImportRecord(Kind.ORGANISATION, position, organisation, null);
	}

	/** A service; {@code nested} is its organisation when the file carries it inside the service, else null. */
	static ImportRecord service(int position, Drafts.Service service, Drafts.Organisation nested) {
		return new ImportRecord(Kind.SERVICE, position, nested, service);
	}

	String externalId() {
		return kind == Kind.ORGANISATION ? organisation.externalId : service.externalId;
	}

	String name() {
		java.util.Map<String, String> n = kind == Kind.ORGANISATION ? organisation.name : service.name;
		return n.values().stream().filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
	}

	ImportRecord error(String key, Object... args) {
		errors.add(ImportMessage.of(key, args));
		return this;
	}

	ImportRecord warning(String key, Object... args) {
		warnings.add(ImportMessage.of(key, args));
		return this;
	}

}
