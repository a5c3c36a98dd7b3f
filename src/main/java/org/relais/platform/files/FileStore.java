package org.relais.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;
import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.StoredFile;
import org.relais.platform.StoredFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Files on disk under {@code RELAIS_DATA_DIR/files}, metadata in {@code stored_file}. */
@Service
class FileStore implements StoredFiles {

	/** Extension → the content type its magic bytes must show. */
	private static final Map<Kind, Map<String, Set<String>>> ACCEPTED = Map.of(Kind.IMAGE,
			Map.of("png", Set.of("image/png"), "jpg", Set.of("image/jpeg"), "jpeg", Set.of("image/jpeg"), "gif",
					Set.of("image/gif"), "webp", Set.of("image/webp")),
			Kind.PDF, Map.of("pdf", Set.of("application/pdf")), Kind.DOCUMENT,
			Map.of("pdf", Set.of("application/pdf"), "odt", Set.of("application/vnd.oasis.opendocument.text"),
					"docx",
					Set.of("application/x-tika-ooxml",
							"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
					"txt", Set.of("text/plain")));

	private final StoredFileRepository files;

	private final AuditLog audit;

	private final Clock clock;

	private final Path root;

	private final long maxBytes;

	/** Tika reads its MIME database on creation: made on first upload, not at start-up. */
	private volatile Tika tika;

	FileStore(StoredFileRepository files, AuditLog audit, Clock clock, @Value("${relais.data-dir}") Path dataDir,
			@Value("${relais.upload.max-file-size:10MB}") DataSize maxSize) {
		this.files = files;
		this.audit = audit;
		this.clock = clock;
		this.root = dataDir.resolve("files");
		this.maxBytes = maxSize.toBytes();
	}

	@Override
	@Transactional
	public StoredFile store(UUID territoryId, String originalName, InputStream content, long declaredSize,
			Set<Kind> allowed, boolean publicFile) {
		String name = cleanName(originalName);
		String ext = extension(name);
		if (content == null || declaredSize == 0) {
			throw new FileRejectedException("platform.upload.empty");
		}
		if (declaredSize > maxBytes) {
			throw new FileRejectedException("platform.upload.tooLarge");
		}
		Set<String> expected = allowed.stream()
			.map(k -> ACCEPTED.get(k).get(ext))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new FileRejectedException("platform.upload.typeNotAllowed"));
		UUID id = UUID.randomUUID();
		Path tmp = null;
		try {
			Files.createDirectories(root);
			tmp = Files.createTempFile(root, "upload-", ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
				size = copyLimited(content, out);
			}
			if (size == 0) {
				throw new FileRejectedException("platform.upload.empty");
			}
			String detected = tika().detect(tmp);
			if (!expected.contains(detected)) {
				throw new FileRejectedException("platform.upload.contentMismatch");
			}
			Path target = pathOf(id);
			Files.createDirectories(target.getParent());
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
			tmp = null;
			UUID uploader = CurrentUser.get().map(RelaisPrincipal::userId).orElse(null);
			StoredFileEntity entity = files.save(new StoredFileEntity(id, territoryId, uploader, name, detected, size,
					HexFormat.of().formatHex(sha.digest()), publicFile, clock.instant()));
			audit.record(AuditAction.FILE_UPLOADED, name, detected + ", " + size + " B");
			return entity.toStoredFile();
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("cannot store upload", ex);
		}
		finally {
			if (tmp != null) {
				try {
					Files.deleteIfExists(tmp);
				}
				catch (IOException ignored) {
					// a leftover .part file is harmless
				}
			}
		}
	}

	private long copyLimited(InputStream in, OutputStream out) throws IOException {
		byte[] buf = new byte[8192];
		long total = 0;
		int n;
		while ((n = in.read(buf)) > 0) {
			total += n;
			if (total > maxBytes) {
				throw new FileRejectedException("platform.upload.tooLarge");
			}
			out.write(buf, 0, n);
		}
		return total;
	}

	private Tika tika() {
		Tika t = tika;
		if (t == null) {
			t = new Tika();
			tika = t;
		}
		return t;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredFile> find(UUID id) {
		return files.findById(id).map(StoredFileEntity::toStoredFile);
	}

	@Override
	@Transactional
	public void delete(UUID id) {
		files.deleteById(id);
		try {
			Files.deleteIfExists(pathOf(id));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot delete file " + id, ex);
		}
	}

	@Override
	public Optional<org.springframework.core.io.Resource> content(UUID id) {
		Path path = pathOf(id);
		return Files.isRegularFile(path) ? Optional.of(new org.springframework.core.io.FileSystemResource(path))
				: Optional.empty();
	}

	Path pathOf(UUID id) {
		String s = id.toString();
		return root.resolve(s.substring(0, 2)).resolve(s);
	}

	static String cleanName(String original) {
		String n = original == null ? "" : original.replace('\\', '/');
		n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
		if (n.isEmpty()) {
			n = "file";
		}
		return n.length() > 200 ? n.substring(n.length() - 200) : n;
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
