package org.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;

/**
 * The referral pages, mails and code name only keys that exist in French, German, Italian and English, and every
 * code shown from an enum has its label (the platform's guard covers the platform, territory and notification
 * prefixes; this one covers referrals).
 */
class ReferralMessagesTest {

	private static final List<String> LANGUAGES = List.of("fr", "de", "it", "en");

	private static final Pattern KEY = Pattern
		.compile("(?:referral\\.(?:referral|status|refusal|outcome)|notification\\.referral)\\.[A-Za-z0-9_.]+[A-Za-z0-9_]");

	private static Set<String> keys(String bundle, String language) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n/" + bundle + "/messages_" + language
				+ ".properties"), StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p.stringPropertyNames();
	}

	private static Set<String> named() throws IOException {
		Set<String> named = new TreeSet<>();
		List<Path> files = new ArrayList<>();
		for (String root : List.of("src/main/resources/templates/referral", "src/main/java/org/relais/referral",
				"src/main/resources/templates/notification/mail")) {
			try (Stream<Path> s = Files.walk(Path.of(root))) {
				s.filter(Files::isRegularFile).forEach(files::add);
			}
		}
		for (Path f : files) {
			Matcher m = KEY.matcher(Files.readString(f));
			while (m.find()) {
				String key = m.group();
				// prefixes completed with a code at run time, e.g. 'referral.status.' + status
				if (!key.endsWith(".CODE") && !Files.readString(f).contains(key + ".'")
						&& !Files.readString(f).contains(key + ".\"")) {
					named.add(key);
				}
			}
		}
		return named;
	}

	@Test
	void everyKeyNamedExistsInEveryLanguage() throws IOException {
		Set<String> named = named();
		assertThat(named).hasSizeGreaterThan(60);
		for (String language : LANGUAGES) {
			Set<String> all = new TreeSet<>(keys("referral", language));
			all.addAll(keys("notification", language));
			Set<String> missing = new TreeSet<>(named);
			missing.removeAll(all);
			assertThat(missing).as("keys missing in " + language).isEmpty();
		}
	}

	@Test
	void everyCodeHasItsLabelInEveryLanguage() throws IOException {
		List<String> expected = new ArrayList<>();
		for (ReferralStatus s : ReferralStatus.values()) {
			expected.add("referral.status." + s);
			expected.add("referral.referral.error.notFrom." + s);
		}
		for (RefusalReason r : RefusalReason.values()) {
			expected.add("referral.refusal." + r);
		}
		for (Outcome o : Outcome.values()) {
			expected.add("referral.outcome." + o);
		}
		for (Exclusion e : Exclusion.values()) {
			expected.add("referral.referral.exclusion." + e);
		}
		for (SharedField f : SharedField.values()) {
			expected.add("referral.referral.field." + f);
		}
		for (ContactPreference c : ContactPreference.values()) {
			expected.add("referral.referral.contact." + c);
		}
		for (ConsentMethod c : ConsentMethod.values()) {
			expected.add("referral.referral.consentMethod." + c);
		}
		for (ReferralAction.Kind k : ReferralAction.Kind.values()) {
			expected.add("referral.referral.action." + k);
			expected.add("referral.referral.flash." + k);
			expected.add("referral.referral.action.message." + k);
		}
		List<String> notifications = new ArrayList<>();
		for (ReferralStatus s : ReferralStatus.values()) {
			notifications.add("notification.referral.status." + s);
		}
		for (String language : LANGUAGES) {
			assertThat(keys("referral", language)).as(language).containsAll(expected);
			assertThat(keys("notification", language)).as(language).containsAll(notifications);
		}
	}

}
