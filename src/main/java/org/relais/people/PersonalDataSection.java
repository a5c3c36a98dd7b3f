package org.relais.people;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Extension point of the right of access: a module that holds data on a person contributes a section to the
 * export the territory admin gives them (JSON and PDF). Spring beans implementing it are collected by the export.
 */
public interface PersonalDataSection {

	/** Message key of the section title. */
	String key();

	/** The rows held on the person, each an ordered map of field name to value (text, number, date, boolean). */
	List<Map<String, Object>> rows(UUID territoryId, UUID beneficiaryId);

}
