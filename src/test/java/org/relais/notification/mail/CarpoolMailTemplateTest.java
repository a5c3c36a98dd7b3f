package org.relais.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.notification.mail.MailTemplates.RenderedMail;
import org.relais.shared.Languages;

/** The carpool confirmation renders in every language, for the driver (a user or a person of the desk) and the passenger. */
class CarpoolMailTemplateTest {

	private static final String LINK = "https://relais.example/carpool/events/1";

	private final MailTemplates templates = new MailTemplates(MailTemplatesTest.messages(), "https://relais.example/");

	private static OutgoingMail mail(Locale locale, String role, String passenger) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("role", role);
		vars.put("title", "Après-midi jeux");
		vars.put("departure", "samedi 5 décembre 2026, 13:45");
		vars.put("from", "Vaulx-en-Velin");
		vars.put("pickUp", "Villeurbanne");
		vars.put("passenger", passenger);
		vars.put("driver", "Paul Girard");
		vars.put("link", LINK);
		return new OutgoingMail(UUID.randomUUID(), "someone@example.org", "Nadia", locale, "carpool-confirmed",
				"notification.carpool.subject", List.of("Après-midi jeux"), vars);
	}

	@Test
	void theDriverAndThePassengerAreToldInEveryLanguage() {
		for (String language : Languages.SUPPORTED) {
			Locale locale = Languages.locale(language);
			for (String[] c : new String[][] { { "driver", "Lucie" }, { "driver", null }, { "passenger", null } }) {
				RenderedMail m = templates.render(mail(locale, c[0], c[1]));
				String what = c[0] + " " + c[1] + " in " + language;
				assertThat(m.subject()).as(what).contains("Après-midi jeux").doesNotContain("??");
				assertThat(m.text()).as(what).contains(LINK, "Villeurbanne", "Vaulx-en-Velin").doesNotContain("??", "[(");
				assertThat(m.html()).as(what).contains("href=\"" + LINK + "\"").doesNotContain("??");
				if (c[1] != null) {
					assertThat(m.text()).as(what).contains("Lucie");
				}
				if (c[0].equals("passenger")) {
					assertThat(m.text()).as(what).contains("Paul Girard");
				}
			}
		}
	}

}
