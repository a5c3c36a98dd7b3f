package org.relais.platform.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.StoredFile;
import org.relais.shared.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves stored files: public ones to anyone, others only to users working in the owning territory. */
@Controller
class FileController {

	private final FileStore store;

	private final org.springframework.beans.factory.ObjectProvider<org.relais.platform.ProtectedFiles> protectedFiles;

	FileController(FileStore store,
			org.springframework.beans.factory.ObjectProvider<org.relais.platform.ProtectedFiles> protectedFiles) {
		this.store = store;
		this.protectedFiles = protectedFiles;
	}

	@GetMapping("/files/{id}")
	ResponseEntity<Resource> download(@PathVariable UUID id) {
		StoredFile file = store.find(id).orElseThrow(() -> NotFoundException.of("file", id));
		if (protectedFiles.stream().anyMatch(p -> p.protects(id))) {
			throw NotFoundException.of("file", id);
		}
		if (!file.publicFile()) {
			UUID current = CurrentUser.get().map(RelaisPrincipal::currentTerritoryId).orElse(null);
			if (current == null || !current.equals(file.territoryId())) {
				throw NotFoundException.of("file", id);
			}
		}
		var path = store.pathOf(id);
		if (!Files.isRegularFile(path)) {
			throw NotFoundException.of("file", id);
		}
		boolean inline = file.contentType().startsWith("image/") || file.contentType().equals("application/pdf");
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.originalName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(file.publicFile() ? CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()
					: CacheControl.noStore())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.body(new FileSystemResource(path));
	}

}
