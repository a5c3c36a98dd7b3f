package org.relais;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RelaisApplication {

	/** The first argument that runs a command-line task instead of the web server. */
	public static final String IMPORT_DIRECTORY = "import-directory";

	public static void main(String[] args) {
		if (args.length > 0 && IMPORT_DIRECTORY.equals(args[0])) {
			System.exit(runCommand(args));
		}
		SpringApplication.run(RelaisApplication.class, args);
	}

	/**
	 * Runs a command-line task ({@value #IMPORT_DIRECTORY} …) and returns its exit code. The application starts
	 * as usual but its web server listens on no port ({@code server.port=-1}), and it stops when the task is done.
	 */
	public static int runCommand(String... args) {
		String[] withoutServer = Arrays.copyOf(args, args.length + 1);
		withoutServer[args.length] = "--server.port=-1";
		return SpringApplication.exit(SpringApplication.run(RelaisApplication.class, withoutServer));
	}

}
