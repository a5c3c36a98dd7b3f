package org.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relais.RelaisApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module keeps to its declared dependencies and exposes nothing: it only listens. */
class NotificationModuleTest {

	@Test
	void dependsOnlyOnWhatItDeclaresAndPublishesNoApi() {
		ApplicationModules modules = ApplicationModules.of(RelaisApplication.class);
		ApplicationModule notification = modules.getModuleByName("notification").orElseThrow();
		notification.verifyDependencies(modules);
		assertThat(modules.stream().filter(m -> !m.equals(notification)))
			.noneMatch(m -> m.getDirectDependencies(modules).contains(notification));
		assertThat(notification.getNamedInterfaces().getUnnamedInterface().asJavaClasses())
			.allMatch(c -> c.getSimpleName().equals("package-info"));
	}

}
