package org.relais;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Relais: territorial social coordination, one modular monolith. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RelaisApplication {

	/** The first argument that runs a command-line task instead of the web server. */
	public static final String IMPORT_DIRECTORY = "import-directory";

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(RelaisApplication.class);
		if (args.length > 0 && IMPORT_DIRECTORY.equals(args[0])) {
			app.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(app.run(args)));
		}
		app.run(args);
	}

}
