package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.relais.directory.domain.Actor;
import org.relais.directory.domain.ChangeSource;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar relais.jar import-directory --format=hsds|hsds-csv|datainclusion|csv --territory=SLUG FILE
 * [--dry-run]}: imports a file without the web server (the application starts without it when the first argument
 * is {@code import-directory}), prints the summary and the rejected records, and exits with 0 when every record
 * went in, 1 otherwise. Whoever runs it has the server's keys: organisations come in active, as for a territory
 * admin. There is no size limit on this path.
 */
@Component
@Order(100)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final DirectoryImporter importer;

	private final TerritoryCatalog territories;

	private final MessageSource messages;

	private int exitCode;

	ImportCommand(DirectoryImporter importer, TerritoryCatalog territories, MessageSource messages) {
		this.importer = importer;
		this.territories = territories;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> raw = args.getNonOptionArgs();
		if (raw.isEmpty() || !raw.get(0).equals(org.relais.RelaisApplication.IMPORT_DIRECTORY)) {
			return;
		}
		exitCode = execute(args.getOptionValues("format"), args.getOptionValues("territory"),
				raw.subList(1, raw.size()), args.containsOption("dry-run"), System.out);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	/** Runs the command; returns the exit code. */
	int execute(List<String> format, List<String> territory, List<String> files, boolean dryRun, PrintStream out) {
		Optional<ImportFormat> f = format == null || format.size() != 1 ? Optional.empty()
				: ImportFormat.fromCode(format.get(0));
		if (f.isEmpty() || territory == null || territory.size() != 1 || files.size() != 1) {
			out.println("Usage: java -jar relais.jar import-directory --format=hsds|hsds-csv|datainclusion|csv "
					+ "--territory=SLUG [--dry-run] FILE");
			return 1;
		}
		Optional<TerritorySummary> t = territories.findBySlug(territory.get(0));
		if (t.isEmpty()) {
			out.println("Unknown territory: " + territory.get(0));
			return 1;
		}
		Path file = Path.of(files.get(0));
		if (!Files.isRegularFile(file)) {
			out.println("No such file: " + file);
			return 1;
		}
		Locale locale = Locale.ENGLISH;
		long started = System.nanoTime();
		ImportReport report;
		try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			report = importer.run(new DirectoryImporter.Request(t.get().id(), f.get(), dryRun,
					new Actor(null, "import-directory (" + file.getFileName() + ")", ChangeSource.IMPORT), true), in, null);
		}
		catch (IOException ex) {
			out.println("Cannot read " + file + ": " + ex.getMessage());
			return 1;
		}
		catch (DirectoryImporter.Busy ex) {
			out.println(messages.getMessage("directory.imports.busy", null, locale));
			return 1;
		}
		long ms = (System.nanoTime() - started) / 1_000_000;
		if (report.error() != null) {
			out.println(text(report.error(), locale));
		}
		List<String> lines = new ArrayList<>();
		for (ImportReport.Entry e : report.entries()) {
			if (e.outcome() == ImportReport.Outcome.REJECTED) {
				List<String> reasons = e.reasons().stream().map(m -> text(m, locale)).toList();
				lines.add("  #" + e.position() + " " + e.kind() + " " + e.externalId() + ": " + String.join(" ", reasons));
			}
		}
		out.printf(Locale.ROOT, "%s import into %s (%s): %d records, %d created, %d updated, %d unchanged, %d rejected, %d ms%n",
				dryRun ? "Dry-run" : "Applied", t.get().slug(), f.get().code(), report.total(),
				report.count(ImportReport.Outcome.CREATED), report.count(ImportReport.Outcome.UPDATED),
				report.count(ImportReport.Outcome.UNCHANGED), report.count(ImportReport.Outcome.REJECTED), ms);
		if (!lines.isEmpty()) {
			out.println("Rejected:");
			lines.stream().limit(1000).forEach(out::println);
		}
		return report.ok() ? 0 : 1;
	}

	private String text(ImportMessage m, Locale locale) {
		return messages.getMessage(m.key(), m.argsArray(), m.key(), locale);
	}

}
