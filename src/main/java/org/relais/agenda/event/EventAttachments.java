package org.relais.agenda.event;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.relais.agenda.EventRejected;
import org.relais.platform.ProtectedFiles;
import org.relais.platform.StoredFile;
import org.relais.platform.StoredFiles;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The files of events: PDF, JPEG or PNG, checked by content and size by the platform's {@link StoredFiles}, served
 * only by the event's page to those who see the event (the platform's {@code /files/{id}} does not serve them).
 */
@Component
public class EventAttachments implements ProtectedFiles {

	public static final int MAX_FILES = 5;

	private static final Set<StoredFiles.Kind> KINDS = Set.of(StoredFiles.Kind.PDF, StoredFiles.Kind.IMAGE);

	private static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	/** A file chosen in the form. */
	public record Upload(String name, long size, Supplier<InputStream> content) {
	}

	/** An attachment and its content, for a download the caller has checked. */
	public record Download(String fileName, String contentType, Resource content) {
	}

	private final EventAttachmentRepository attachments;

	private final StoredFiles files;

	EventAttachments(EventAttachmentRepository attachments, StoredFiles files) {
		this.attachments = attachments;
		this.files = files;
	}

	/**
	 * Stores the files of an event. When one is refused, those stored by this call are deleted before the refusal
	 * goes up as an {@link EventRejected} on the field {@code files} (the transaction then writes nothing).
	 */
	public void store(CalendarEvent event, List<Upload> uploads, Instant now) {
		if (uploads.isEmpty()) {
			return;
		}
		if (attachments.countByEventId(event.getId()) + uploads.size() > MAX_FILES) {
			throw new EventRejected("files", "agenda.event.error.tooManyFiles", MAX_FILES);
		}
		List<UUID> stored = new ArrayList<>();
		try {
			for (Upload u : uploads) {
				StoredFile f = files.store(event.getTerritoryId(), u.name(), u.content().get(), u.size(), KINDS, false);
				stored.add(f.id());
				if (!TYPES.contains(f.contentType())) {
					throw new StoredFiles.FileRejectedException("platform.upload.typeNotAllowed");
				}
				attachments.save(new EventAttachment(event.getId(), f.id(), f.originalName(), now));
			}
		}
		catch (StoredFiles.FileRejectedException ex) {
			stored.forEach(files::delete);
			throw new EventRejected("files", ex.messageKey());
		}
		catch (RuntimeException ex) {
			stored.forEach(files::delete);
			throw ex;
		}
	}

	public List<EventAttachment> list(UUID eventId) {
		return attachments.findByEventIdOrderByAddedAtAsc(eventId);
	}

	public Optional<Download> download(UUID eventId, UUID attachmentId) {
		return attachments.findByIdAndEventId(attachmentId, eventId).flatMap(a -> {
			String type = files.find(a.getFileId()).map(StoredFile::contentType).orElse("application/octet-stream");
			return files.content(a.getFileId()).map(c -> new Download(a.getFileName(), type, c));
		});
	}

	/** Removes one attachment of an event and its file. */
	public boolean remove(UUID eventId, UUID attachmentId) {
		Optional<EventAttachment> a = attachments.findByIdAndEventId(attachmentId, eventId);
		a.ifPresent(x -> {
			attachments.delete(x);
			files.delete(x.getFileId());
		});
		return a.isPresent();
	}

	@Override
	public boolean protects(UUID fileId) {
		return attachments.existsByFileId(fileId);
	}

}
