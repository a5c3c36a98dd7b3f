package org.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.relais.shared.Languages;

/**
 * The module's bundle is complete in French, German, Italian and English, every message formats, and every key
 * the module's templates and code name exists.
 */
class NotificationMessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/notification");

	private static final Path SOURCES = Path.of("src/main/java/org/relais/notification");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{'?(notification\\.[A-Za-z0-9_.]+?)'?[(}\\s]");

	private static final Pattern CODE_KEY = Pattern.compile("\"(notification\\.[A-Za-z0-9_.]+)\"");

	private static final List<String> SECURITY_KINDS = List.of("PASSWORD_CHANGED", "TWO_FACTOR_ENABLED",
			"TWO_FACTOR_DISABLED", "API_TOKEN_CREATED", "OTHER");

	private static final List<String> ROLES = List.of("TERRITORY_ADMIN", "AGENT", "PARTNER", "VOLUNTEER",
			"COORDINATOR", "PLATFORM_ADMIN", "none");

	static Properties bundle(String language) throws IOException {
		Properties p = new Properties();
		try (InputStream in = NotificationMessagesTest.class
			.getResourceAsStream("/i18n/notification/messages_" + language + ".properties")) {
			assertThat(in).as("bundle for %s", language).isNotNull();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				p.load(reader);
			}
		}
		return p;
	}

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		Set<String> french = new TreeSet<>(bundle("fr").stringPropertyNames());
		assertThat(french).isNotEmpty().allMatch(k -> k.startsWith("notification."));
		for (String language : Languages.SUPPORTED) {
			Set<String> keys = new TreeSet<>(bundle(language).stringPropertyNames());
			assertThat(keys).as("keys of %s compared with French", language).isEqualTo(french);
		}
	}

	@Test
	void everyMessageIsTranslatedAndFormats() throws IOException {
		for (String language : Languages.SUPPORTED) {
			Properties p = bundle(language);
			for (String key : p.stringPropertyNames()) {
				String value = p.getProperty(key);
				assertThat(value).as("%s in %s", key, language).isNotBlank().doesNotContain("??").doesNotContain("TODO");
				if (value.contains("{")) {
					// A straight apostrophe quotes text in MessageFormat: it would swallow the arguments.
					assertThat(value).as("%s in %s", key, language).doesNotContain("'");
					String formatted = new MessageFormat(value, Locale.forLanguageTag(language))
						.format(new Object[] { 2L, "B", "C" });
					assertThat(formatted).as("%s in %s", key, language).doesNotContain("{0}").doesNotContain("{1}");
				}
			}
		}
	}

	@Test
	void everyKeyNamedByTemplatesAndCodeExists() throws IOException {
		Set<String> keys = bundle("fr").stringPropertyNames();
		List<String> named = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
				while (m.find()) {
					named.addAll(expand(m.group(1)));
				}
			}
		}
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = CODE_KEY.matcher(Files.readString(file));
				while (m.find()) {
					named.addAll(expand(m.group(1)));
				}
			}
		}
		assertThat(named).hasSizeGreaterThan(40);
		assertThat(keys).containsAll(named);
	}

	/**
	 * A key ending with a dot is a prefix completed at run time: by a role, a referral status, the reason a magic link
	 * was mailed, or a kind of security notice.
	 */
	/** The kinds of appointment notices (AppointmentMails). */
	private static final List<String> BOOKING_KINDS = List.of("booked", "reminder", "cancelled");

	private static List<String> expand(String key) {
		if (!key.endsWith(".")) {
			return List.of(key);
		}
		List<String> completions;
		if (key.contains("role")) {
			completions = ROLES;
		}
		else if (key.startsWith("notification.referral.status.")) {
			completions = java.util.Arrays.stream(org.relais.referral.ReferralStatus.values()).map(Enum::name).toList();
		}
		else if (key.equals("notification.booking.mail.")) {
			// "notification.booking.mail." + kind + "Text" / "Subject" (AppointmentMails)
			completions = BOOKING_KINDS.stream().flatMap(k -> java.util.stream.Stream.of(k + "Text", k + "Subject")).toList();
		}
		else if (key.equals("notification.mutualaid.when.")) {
			// "notification.mutualaid.when." + the request's WhenKind (MutualAidDispatchMails)
			completions = java.util.Arrays.stream(org.relais.mutualaid.WhenKind.values()).map(Enum::name).toList();
		}
		else if (key.equals("notification.booking.sms.")) {
			completions = BOOKING_KINDS;
		}
		else if (key.startsWith("notification.referralLink.subject.")) {
			completions = java.util.Arrays.stream(org.relais.referral.ReferralLinkIssued.Why.values())
				.map(Enum::name)
				.toList();
		}
		else if (key.startsWith("notification.mail.partnership.")) {
			// partnership mails and notices by status (PartnershipMails, PartnershipInboxListener)
			completions = key.contains(".applicant.") ? List.of("REQUESTED", "CHANGES_REQUESTED", "CONTRACT_SENT",
					"ACTIVE", "REFUSED") : List.of("REQUESTED", "RESUBMITTED", "SIGNED");
		}
		else {
			completions = SECURITY_KINDS;
		}
		return completions.stream().map(s -> key + s).toList();
	}

}
