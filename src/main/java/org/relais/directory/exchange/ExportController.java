package org.relais.directory.exchange;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of the current territory's directory: HSDS 3.0 JSON and NDJSON, data·inclusion v1 JSON and the Relais
 * CSV template, through the
 * API (bearer token) and from the imports page (same handlers under {@code /admin}). Territory admins and
 * coordinators export every entry; desk agents, who already read published entries in the professional search,
 * export the published ones.
 */
@RestController
@Tag(name = "Directory export")
class ExportController {

	private final DirectoryExport export;

	private final HsdsExport hsds;

	ExportController(DirectoryExport export, HsdsExport hsds) {
		this.export = export;
		this.hsds = hsds;
	}

	private static DirectoryExport.Scope scope() {
		RelaisPrincipal me = CurrentUser.require();
		if (me.hasAny(Role.TERRITORY_ADMIN, Role.COORDINATOR)) {
			return DirectoryExport.Scope.ALL;
		}
		if (me.has(Role.AGENT)) {
			return DirectoryExport.Scope.PUBLISHED;
		}
		throw new AccessDeniedException("directory export");
	}

	@Operation(summary = "The current territory's services as HSDS 3.0 JSON (an array of full services)")
	@GetMapping({ "/api/v1/directory/exports/hsds.json", "/admin/directory/exports/hsds.json" })
	void hsdsJson(HttpServletResponse response) throws IOException {
		DirectoryExport.Scope scope = scope();
		UUID territory = CurrentUser.territoryId();
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"directory-hsds.json\"");
		hsds.json(territory, scope, response.getOutputStream());
	}

	@Operation(summary = "The current territory's services as HSDS 3.0 NDJSON (one full service per line)")
	@GetMapping({ "/api/v1/directory/exports/hsds.ndjson", "/admin/directory/exports/hsds.ndjson" })
	void hsdsNdjson(HttpServletResponse response) throws IOException {
		DirectoryExport.Scope scope = scope();
		UUID territory = CurrentUser.territoryId();
		response.setContentType("application/x-ndjson");
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"directory-hsds.ndjson\"");
		hsds.ndjson(territory, scope, response.getOutputStream());
	}

	@Operation(summary = "The current territory's directory as data·inclusion v1 JSON")
	@GetMapping({ "/api/v1/directory/exports/datainclusion.json", "/admin/directory/exports/datainclusion.json" })
	void dataInclusion(HttpServletResponse response) throws IOException {
		DirectoryExport.Scope scope = scope();
		UUID territory = CurrentUser.territoryId();
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"directory-datainclusion.json\"");
		export.dataInclusion(territory, scope, response.getOutputStream());
	}

	@Operation(summary = "The current territory's directory as the Relais CSV template")
	@GetMapping({ "/api/v1/directory/exports/csv", "/admin/directory/exports/csv" })
	void csv(HttpServletResponse response) throws IOException {
		DirectoryExport.Scope scope = scope();
		UUID territory = CurrentUser.territoryId();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"directory.csv\"");
		export.csv(territory, scope, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

}
