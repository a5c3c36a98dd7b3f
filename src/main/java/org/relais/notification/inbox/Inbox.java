package org.relais.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The in-app inbox of each user: adding, listing in the reader's language, marking read. */
@Service
class Inbox {

	static final int PAGE_SIZE = 30;

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<StoredArg>> ARGS = new TypeReference<>() {
	};

	private static final int MAX_ARGS_LENGTH = 2000;

	/** A notification as its reader sees it. */
	record InboxItem(UUID id, String text, String date, String isoDate, String link, boolean unread) {
	}

	private final NotificationRepository notifications;

	private final MessageSource messages;

	private final TerritoryCatalog territories;

	private final Clock clock;

	Inbox(NotificationRepository notifications, MessageSource messages, TerritoryCatalog territories, Clock clock) {
		this.notifications = notifications;
		this.messages = messages;
		this.territories = territories;
		this.clock = clock;
	}

	/** Adds a notification, unless one with this id exists already (a replayed event adds nothing). */
	@Transactional
	void add(UUID id, UUID userId, UUID territoryId, String messageKey, List<StoredArg> args, String link) {
		if (notifications.existsById(id)) {
			return;
		}
		notifications.save(new Notification(id, userId, territoryId, messageKey, encode(args), link,
				clock.instant()));
	}

	@Transactional(readOnly = true)
	long unreadCount(UUID userId) {
		return notifications.countByUserIdAndReadAtIsNull(userId);
	}

	@Transactional(readOnly = true)
	Page<InboxItem> page(UUID userId, int page, Locale locale, ZoneId zone) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
		Map<UUID, Optional<TerritorySummary>> seen = new HashMap<>();
		return notifications.findByUserIdOrderByCreatedAtDescIdDesc(userId, PageRequest.of(page, PAGE_SIZE))
			.map(n -> new InboxItem(n.getId(), text(n, locale, seen), dates.format(n.getCreatedAt()),
					DateTimeFormatter.ISO_INSTANT.format(n.getCreatedAt()), n.getLink(), n.getReadAt() == null));
	}

	/**
	 * Marks one of the user's notifications read and returns where it leads. Anybody else's notification is unknown
	 * here: 404.
	 */
	@Transactional
	Optional<String> markRead(UUID userId, UUID id) {
		Notification n = notifications.findByIdAndUserId(id, userId)
			.orElseThrow(() -> NotFoundException.of("notification", id));
		n.markRead(clock.instant());
		return Optional.ofNullable(n.getLink());
	}

	@Transactional
	int markAllRead(UUID userId) {
		return notifications.markAllRead(userId, clock.instant());
	}

	@Transactional
	int deleteCreatedBefore(Instant before) {
		return notifications.deleteCreatedBefore(before);
	}

	private String text(Notification n, Locale locale, Map<UUID, Optional<TerritorySummary>> seen) {
		Object[] args = decode(n.getMessageArgs()).stream().map(a -> resolve(a, locale, seen)).toArray();
		try {
			return messages.getMessage(n.getMessageKey(), args, locale);
		}
		catch (NoSuchMessageException | IllegalArgumentException ex) {
			log.warn("Notification {} has an unknown message key {}", n.getId(), n.getMessageKey());
			return messages.getMessage("notification.inbox.unknown", null, locale);
		}
	}

	private String resolve(StoredArg arg, Locale locale, Map<UUID, Optional<TerritorySummary>> seen) {
		if (arg.keys() != null) {
			return arg.keys()
				.stream()
				.map(key -> messages.getMessage(key, null, key, locale))
				.collect(Collectors.joining(", "));
		}
		if (arg.territory() != null) {
			return seen.computeIfAbsent(arg.territory(), territories::find)
				.map(t -> t.name(Languages.of(locale)))
				.orElse(arg.text() == null ? "" : arg.text());
		}
		return arg.text() == null ? "" : arg.text();
	}

	static String encode(List<StoredArg> args) {
		if (args == null || args.isEmpty()) {
			return null;
		}
		String json = JSON.writeValueAsString(args);
		if (json.length() > MAX_ARGS_LENGTH) {
			throw new IllegalArgumentException("Message arguments longer than " + MAX_ARGS_LENGTH + " characters");
		}
		return json;
	}

	static List<StoredArg> decode(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			return JSON.readValue(json, ARGS);
		}
		catch (JacksonException ex) {
			log.warn("Unreadable notification arguments: {}", ex.getOriginalMessage());
			return List.of();
		}
	}

}
