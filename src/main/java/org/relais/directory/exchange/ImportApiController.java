package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.relais.directory.domain.Actor;
import org.relais.directory.domain.ChangeSource;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.platform.TerritoryMembership;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/directory/imports}: a multipart request with parts {@code file}, {@code format}
 * ({@code hsds}, {@code hsds-csv}, {@code datainclusion}, {@code csv}), {@code territory} (slug) and
 * {@code dryRun}; answers the import report as JSON. Only a territory admin of that territory may import.
 */
@RestController
@Tag(name = "Directory import")
class ImportApiController {

	/** The largest file accepted, in megabytes. */
	static final int MAX_MB = 50;

	static final long MAX_BYTES = MAX_MB * 1024L * 1024L;

	private final DirectoryImporter importer;

	private final TerritoryCatalog territories;

	private final MessageSource messages;

	ImportApiController(DirectoryImporter importer, TerritoryCatalog territories, MessageSource messages) {
		this.importer = importer;
		this.territories = territories;
		this.messages = messages;
	}

	@Operation(summary = "Import a directory file (HSDS 3.0 JSON, HSDS tabular zip, data·inclusion v1, Relais CSV)")
	@PostMapping(path = "/api/v1/directory/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "format", required = false) String format,
			@RequestParam(name = "territory", required = false) String territory,
			@RequestParam(name = "dryRun", required = false) String dryRun, Locale locale) throws IOException {
		RelaisPrincipal me = CurrentUser.require();
		if (territory == null || territory.isBlank()) {
			return problem(HttpStatus.BAD_REQUEST, "Missing part", "The part “territory” (a territory slug) is required.");
		}
		Optional<TerritorySummary> t = territories.findBySlug(territory.strip());
		Optional<TerritoryMembership> membership = t.flatMap(x -> me.membership(x.id()));
		if (membership.isEmpty()) {
			return problem(HttpStatus.NOT_FOUND, "Not found", "No territory of yours has this slug.");
		}
		if (!membership.get().roles().contains(Role.TERRITORY_ADMIN)) {
			return problem(HttpStatus.FORBIDDEN, "Forbidden", "Only a territory admin may import into the directory.");
		}
		Optional<ImportFormat> f = ImportFormat.fromCode(format);
		if (f.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "Bad format",
					"The part “format” must be one of hsds, hsds-csv, datainclusion, csv.");
		}
		if (file == null || file.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "Missing part", "The part “file” is required and must not be empty.");
		}
		if (file.getSize() > MAX_BYTES) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "File too large",
					messages.getMessage("directory.imports.error.tooLarge", new Object[] { MAX_MB }, locale));
		}
		boolean dry;
		if (dryRun == null || dryRun.isBlank()) {
			dry = false;
		}
		else if (dryRun.strip().equalsIgnoreCase("true") || dryRun.strip().equalsIgnoreCase("false")) {
			dry = Boolean.parseBoolean(dryRun.strip());
		}
		else {
			return problem(HttpStatus.BAD_REQUEST, "Bad dryRun", "The part “dryRun” must be true or false.");
		}
		Actor actor = new Actor(me.userId(), me.displayName(), ChangeSource.IMPORT);
		try (InputStream in = file.getInputStream()) {
			ImportReport report = importer.run(
					new DirectoryImporter.Request(t.get().id(), f.get(), dry, actor, true), in, null);
			return ResponseEntity.ok(ReportView.of(report, messages, locale));
		}
		catch (DirectoryImporter.Busy ex) {
			return problem(HttpStatus.CONFLICT, "Busy", messages.getMessage("directory.imports.busy", null, locale));
		}
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

}
