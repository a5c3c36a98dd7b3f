package org.relais.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.shared.Languages;
import org.relais.notification.mail.MailTemplates.RenderedMail;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** Every mail renders in every language, with no missing text; the HTML part escapes what people typed. */
class MailTemplatesTest {

	private static final String LINK = "https://relais.example/invitations/tok3n?a=1&b=2";

	private static final String NAME = "Zoë <script>alert(1)</script> & Co";

	private final MailTemplates templates = new MailTemplates(messages(), "https://relais.example/");

	static ReloadableResourceBundleMessageSource messages() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames("classpath:i18n/notification/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.FRENCH);
		return source;
	}

	private static List<OutgoingMail> mails(Locale locale) {
		Map<String, Object> invitation = new HashMap<>();
		invitation.put("territoryName", "Métropole de Lyon");
		invitation.put("invitedBy", "Claire Fontaine");
		invitation.put("link", LINK);
		invitation.put("expiresAt", "7 janvier 2026 à 14:00");
		Map<String, Object> anonymous = new HashMap<>(invitation);
		anonymous.put("invitedBy", null);
		Map<String, Object> reset = Map.of("link", LINK, "expiresAt", "7 janvier 2026 à 14:00");
		Map<String, Object> roles = Map.of("territoryName", "Kanton Zürich", "enabled", true, "roles", "Role A, Role B",
				"link", "https://relais.example/home");
		Map<String, Object> disabled = Map.of("territoryName", "Kanton Zürich", "enabled", false, "roles", "Role A",
				"link", "https://relais.example/home");
		List<OutgoingMail> mails = new java.util.ArrayList<>(List.of(
				mail(locale, "invitation", "notification.mail.invitation.subject", List.of("Métropole de Lyon"),
						invitation),
				mail(locale, "invitation", "notification.mail.invitation.subject", List.of("Métropole de Lyon"),
						anonymous),
				mail(locale, "password-reset", "notification.mail.passwordReset.subject", List.of(), reset),
				mail(locale, "membership-changed", "notification.mail.membership.subject.roles",
						List.of("Kanton Zürich"), roles),
				mail(locale, "membership-changed", "notification.mail.membership.subject.disabled",
						List.of("Kanton Zürich"), disabled)));
		for (String kind : List.of("PASSWORD_CHANGED", "TWO_FACTOR_ENABLED", "TWO_FACTOR_DISABLED",
				"API_TOKEN_CREATED", "OTHER")) {
			mails.add(mail(locale, "security-notice", "notification.mail.security.subject." + kind, List.of(),
					Map.of("kind", kind, "link", "https://relais.example/account")));
		}
		return mails;
	}

	private static OutgoingMail mail(Locale locale, String template, String subjectKey, List<Object> subjectArgs,
			Map<String, Object> variables) {
		return new OutgoingMail(UUID.randomUUID(), "someone@example.org", NAME, locale, template, subjectKey,
				subjectArgs, variables);
	}

	@Test
	void everyMailRendersInEveryLanguage() {
		for (String language : Languages.SUPPORTED) {
			for (OutgoingMail mail : mails(Languages.locale(language))) {
				RenderedMail rendered = templates.render(mail);
				String what = mail.template() + " in " + language;
				assertThat(rendered.subject()).as(what).isNotBlank().doesNotContain("??").doesNotContain("{");
				assertThat(rendered.text()).as(what).doesNotContain("??").doesNotContain("[(").doesNotContainPattern("\\sth:")
					.contains(NAME);
				assertThat(rendered.html()).as(what).doesNotContain("??").doesNotContainPattern("\\sth:")
					.contains("lang=\"" + language + "\"")
					.doesNotContain("<script>")
					.contains("Zoë &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
			}
		}
	}

	@Test
	void invitationCarriesTheLinkTheInviterAndTheTerritoryInTheReadersLanguage() {
		OutgoingMail german = mails(Locale.GERMAN).get(0);
		RenderedMail mail = templates.render(german);
		assertThat(mail.subject()).isEqualTo("Einladung zu Relais – Métropole de Lyon");
		assertThat(mail.text()).contains("Claire Fontaine lädt Sie ein, bei Relais für Métropole de Lyon mitzuarbeiten.")
			.contains(LINK)
			.contains("Einladung annehmen");
		assertThat(mail.html()).contains("href=\"https://relais.example/invitations/tok3n?a=1&amp;b=2\"")
			.contains("Einladung annehmen");

		RenderedMail anonymous = templates.render(mails(Locale.FRENCH).get(1));
		assertThat(anonymous.text()).contains("Une invitation vous est adressée pour rejoindre Métropole de Lyon")
			.doesNotContain("null");
	}

	@Test
	void membershipMailSaysWhatChanged() {
		List<OutgoingMail> english = mails(Locale.ENGLISH);
		RenderedMail roles = templates.render(english.get(3));
		assertThat(roles.text()).contains("Your roles for Kanton Zürich are now: Role A, Role B.")
			.contains("https://relais.example/home");
		RenderedMail disabled = templates.render(english.get(4));
		assertThat(disabled.subject()).isEqualTo("Your Relais account has been disabled: Kanton Zürich");
		assertThat(disabled.text()).contains("You can no longer sign in").doesNotContain("https://relais.example/home");
		assertThat(disabled.html()).doesNotContain("https://relais.example/home");
	}

}
