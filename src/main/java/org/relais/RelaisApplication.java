package org.relais;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Relais: territorial social coordination, one modular monolith. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RelaisApplication {

	public static void main(String[] args) {
		SpringApplication.run(RelaisApplication.class, args);
	}

}
