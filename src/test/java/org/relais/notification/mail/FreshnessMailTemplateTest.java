package org.relais.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.directory.FreshnessReminderDue;
import org.relais.directory.FreshnessReminderDue.ServiceToConfirm;
import org.relais.notification.mail.MailTemplates.RenderedMail;
import org.relais.shared.Languages;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** The freshness mail renders in every language, monthly or for a campaign, with its link and nothing missing. */
class FreshnessMailTemplateTest {

	private static final String LINK = "https://relais.example/directory/confirm/abc.123.sig?lang=";

	private final MailTemplates templates = new MailTemplates(messages(), "https://relais.example/");

	/** Captures what the listener would send. */
	private final List<OutgoingMail> sent = new ArrayList<>();

	private final DirectoryMails listener = new DirectoryMails(new MailDelivery(null, null, null, null) {
		@Override
		void deliver(OutgoingMail mail) {
			sent.add(mail);
		}
	}, "Europe/Paris");

	private static ReloadableResourceBundleMessageSource messages() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames("classpath:i18n/notification/messages", "classpath:i18n/directory/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.FRENCH);
		return source;
	}

	private static FreshnessReminderDue event(String language, LocalDate deadline, String message) {
		return new FreshnessReminderDue(UUID.randomUUID(), UUID.randomUUID(), "editor@example.org", "Zoë Martin",
				language, "Métropole de Lyon",
				List.of(new ServiceToConfirm("Accueil de jour", "Maison <b>des</b> solidarités",
						Instant.parse("2026-10-15T10:00:00Z")), new ServiceToConfirm("Colis", "Épicerie", null)),
				LINK + language, Instant.parse("2026-12-01T08:00:00Z"), deadline, message);
	}

	@Test
	void theMonthlyAndTheCampaignMailRenderInEveryLanguage() {
		for (String language : Languages.SUPPORTED) {
			listener.on(event(language, null, null));
			listener.on(event(language, LocalDate.of(2026, 12, 15), "Avant <script>l’été</script>"));
		}
		assertThat(sent).hasSize(8);
		for (OutgoingMail mail : sent) {
			RenderedMail rendered = templates.render(mail);
			String lang = mail.locale().getLanguage();
			assertThat(rendered.subject()).doesNotContain("??", "{0}");
			for (String part : List.of(rendered.text(), rendered.html())) {
				assertThat(part).as("%s %s", lang, mail.subjectKey())
					.doesNotContain("??", "{0}", "{1}")
					.contains("Accueil de jour", "Colis", "Zoë Martin", LINK + lang);
			}
			assertThat(rendered.html()).contains("href=\"" + LINK + lang + "\"")
				.contains("Maison &lt;b&gt;des&lt;/b&gt; solidarités")
				.doesNotContain("<script>");
		}
		RenderedMail germanCampaign = templates.render(sent.get(3));
		assertThat(germanCampaign.subject())
			.isEqualTo("Relais – Métropole de Lyon: Bitte bestätigen Sie Ihre Angebote bis 15. Dezember 2026");
		assertThat(germanCampaign.text()).contains("Avant <script>l’été</script>", "zu überprüfen seit 15. Oktober 2026");
		RenderedMail italianMonthly = templates.render(sent.get(4));
		assertThat(italianMonthly.subject()).isEqualTo("Relais: 2 servizio/i da verificare");
		assertThat(italianMonthly.text()).startsWith("Buongiorno Zoë Martin").contains("1 dicembre 2026");
	}

}
