package org.relais;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The architecture is checked on every build: Spring Modulith's module rules, plus ArchUnit rules for what
 * Modulith does not see (entities and repositories reached only from their own module, controllers not public),
 * and the module documentation is written for every reader.
 */
class ArchitectureTest {

	static final ApplicationModules modules = ApplicationModules.of(RelaisApplication.class);

	static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.relais");
	}

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void moduleDocumentationIsWritten() throws Exception {
		Path folder = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeDocumentation();

		assertThat(folder.resolve("components.puml")).isRegularFile();
		try (Stream<Path> files = Files.list(folder)) {
			List<String> names = files.map(p -> p.getFileName().toString()).toList();
			for (String module : List.of("platform", "territory", "notification")) {
				assertThat(names).as("diagram and canvas of module %s", module)
					.contains("module-" + module + ".puml", "module-" + module + ".adoc");
			}
		}
		assertThat(Files.readString(folder.resolve("components.puml"))).contains("Territories and accounts",
				"Notifications", "Platform");
	}

	@Test
	void entitiesAreOnlyUsedInsideTheirOwnModule() {
		classes().that()
			.areAnnotatedWith(jakarta.persistence.Entity.class)
			.should(onlyBeAccessedFromTheirOwnModule())
			.check(classes);
	}

	@Test
	void repositoriesAreOnlyUsedInsideTheirOwnModule() {
		classes().that()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.and()
			.resideInAPackage("org.relais..")
			.should(onlyBeAccessedFromTheirOwnModule())
			.check(classes);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(classes);
	}

	/** The top-level module of a class: {@code org.relais.<module>}. */
	static String moduleOf(JavaClass type) {
		String pkg = type.getPackageName();
		String[] parts = pkg.split("\\.");
		return parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : pkg;
	}

	/**
	 * Every access to the class (field, method, constructor, and any dependency such as a parameter, a return
	 * type or a generic argument) comes from a class of the same top-level module.
	 */
	private static ArchCondition<JavaClass> onlyBeAccessedFromTheirOwnModule() {
		return new ArchCondition<>("only be accessed from their own top-level module org.relais.<module>..") {
			@Override
			public void check(JavaClass target, ConditionEvents events) {
				String module = moduleOf(target);
				List<String> violations = new ArrayList<>();
				target.getDirectDependenciesToSelf().forEach(d -> {
					JavaClass origin = d.getOriginClass();
					if (!moduleOf(origin).equals(module)) {
						violations.add(d.getDescription());
					}
				});
				for (JavaAccess<?> access : target.getAccessesToSelf()) {
					if (!moduleOf(access.getOriginOwner()).equals(module)) {
						violations.add(access.getDescription());
					}
				}
				violations.stream()
					.distinct()
					.forEach(v -> events.add(SimpleConditionEvent.violated(target, v)));
			}
		};
	}

}
