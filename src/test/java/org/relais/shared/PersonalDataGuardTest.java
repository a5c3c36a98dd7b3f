package org.relais.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Every class holding personal data says how long it keeps it (STYLE: data, personal fields). */
class PersonalDataGuardTest {

	@Test
	void everyClassWithPersonalFieldsDeclaresItsRetention() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.relais");
		List<String> holders = classes.stream()
			.filter(c -> c.getFields().stream().anyMatch(f -> f.isAnnotatedWith(PersonalData.class)))
			.map(JavaClass::getName)
			.toList();
		assertThat(holders).as("classes with @PersonalData fields").isNotEmpty();
		List<String> uncovered = classes.stream()
			.filter(c -> holders.contains(c.getName()))
			.filter(c -> !c.isAnnotatedWith(PersonalDataRetention.class))
			.map(JavaClass::getName)
			.toList();
		assertThat(uncovered).as("classes holding personal data without @PersonalDataRetention").isEmpty();
	}

}
