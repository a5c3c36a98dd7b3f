package org.relais.referral.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.relais.people.BeneficiaryRecord;
import org.relais.referral.SharedField;

/** The values of the person's shareable fields, read from their record at display time. */
final class PersonFields {

	/** A field and its value. */
	record FieldValue(SharedField field, String value) {
	}

	private PersonFields() {
	}

	/** The fields among {@code wanted} that have a value, in the order of {@link SharedField#DEFAULT}. */
	static List<FieldValue> of(BeneficiaryRecord p, Collection<SharedField> wanted) {
		List<FieldValue> out = new ArrayList<>();
		for (SharedField f : SharedField.DEFAULT) {
			String v = wanted.contains(f) ? value(p, f) : null;
			if (v != null && !v.isBlank()) {
				out.add(new FieldValue(f, v));
			}
		}
		return out;
	}

	static String name(BeneficiaryRecord p) {
		return p.firstName() == null || p.firstName().isBlank() ? p.lastName() : p.firstName() + " " + p.lastName();
	}

	private static String value(BeneficiaryRecord p, SharedField f) {
		return switch (f) {
			case NAME -> name(p);
			case BIRTH_YEAR -> p.birthDate() != null ? Integer.toString(p.birthDate().getYear())
					: p.birthYear() != null ? p.birthYear().toString() : null;
			case PHONE -> p.phone();
			case EMAIL -> p.email();
		};
	}

}
