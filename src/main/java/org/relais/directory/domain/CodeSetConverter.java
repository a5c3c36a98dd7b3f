package org.relais.directory.domain;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A set of codes (needs, publics, languages…) kept in one column as {@code |a|b|c|}: one row per service, no join
 * to load it, and a {@code like '%|code|%'} finds it in SQL. Search uses the Lucene index, not this column.
 */
@Converter
public class CodeSetConverter implements AttributeConverter<Set<String>, String> {

	@Override
	public String convertToDatabaseColumn(Set<String> codes) {
		if (codes == null || codes.isEmpty()) {
			return null;
		}
		return codes.stream().sorted().collect(Collectors.joining("|", "|", "|"));
	}

	@Override
	public Set<String> convertToEntityAttribute(String column) {
		if (column == null || column.isBlank()) {
			return Collections.emptySet();
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String code : column.split("\\|")) {
			if (!code.isBlank()) {
				codes.add(code);
			}
		}
		return Collections.unmodifiableSet(codes);
	}

}
