package org.relais.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relais.RelaisApplication;
import org.relais.directory.domain.ServiceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * {@code java -jar relais.jar import-directory …}: the command runs the way {@code main} runs it, in an application
 * of its own without a web server (sharing the test database), prints its report and answers an exit code.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ServiceRepository services;

	ImportFixtures f;

	@TempDir
	Path dir;

	@BeforeEach
	void territory() {
		f = new ImportFixtures(context);
	}

	@Test
	void importsAFileAndExitsWithZeroThenOneOnRejectedRecordsOrBadArguments(CapturedOutput output) throws Exception {
		Path file = dir.resolve("lyon.json");
		Files.write(file, ImportFixtures.resource("directory/datainclusion-lyon.json"));

		int dry = RelaisApplication.runCommand("import-directory", "--format=datainclusion",
				"--territory=" + f.territory.slug(), "--dry-run", file.toString());
		assertThat(dry).isZero();
		assertThat(output.getOut()).contains("Dry-run import into " + f.territory.slug()
				+ " (datainclusion): 8 records, 8 created, 0 updated, 0 unchanged, 0 rejected");
		assertThat(f.count("dir_service")).as("a dry run writes nothing").isZero();

		int applied = RelaisApplication.runCommand("import-directory", "--format=datainclusion",
				"--territory=" + f.territory.slug(), file.toString());
		assertThat(applied).isZero();
		assertThat(output.getOut()).contains("Applied import into " + f.territory.slug()
				+ " (datainclusion): 8 records, 8 created");
		assertThat(f.count("dir_service")).isEqualTo(5);
		assertThat(services.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "data-inclusion",
				"dora--pentes-aide-numerique")).isPresent();

		Path bad = dir.resolve("bad.json");
		Files.writeString(bad, """
				[{"id": "ages-1", "name": "Âges à l’envers", "status": "active", "minimum_age": 50, "maximum_age": 10,
				  "organization": {"id": "ages-org", "name": "Organisation des âges"}}]
				""");
		int rejected = RelaisApplication.runCommand("import-directory", "--format=hsds", "--territory=" + f.territory.slug(),
				bad.toString());
		assertThat(rejected).isEqualTo(1);
		assertThat(output.getOut()).contains("Rejected:", "ages-1", "The minimum age (50) is above the maximum age (10).");

		assertThat(RelaisApplication.runCommand("import-directory", "--format=xml", "--territory=" + f.territory.slug(),
				file.toString())).isEqualTo(1);
		assertThat(output.getOut()).contains("Usage: java -jar relais.jar import-directory");
		assertThat(RelaisApplication.runCommand("import-directory", "--format=csv", "--territory=nowhere",
				file.toString())).isEqualTo(1);
		assertThat(output.getOut()).contains("Unknown territory: nowhere");
		assertThat(f.count("dir_service")).isEqualTo(5);
	}

}
