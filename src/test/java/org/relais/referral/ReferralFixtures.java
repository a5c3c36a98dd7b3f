package org.relais.referral;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.domain.LiaisonQuestion;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Organisation;
import org.relais.directory.freshness.FreshnessFixtures;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.QuestionType;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.people.BeneficiarySummary;
import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.territory.TerritoryKind;
import org.relais.territory.domain.Territories;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referral test data: a territory of its own with an agent, an organisation with a partner member (German) and a
 * service whose liaison form has a required question, another organisation with its own partner, a service that
 * excludes young people, and a person. Unique names, so tests share the database.
 */
public final class ReferralFixtures {

	public record World(UUID territory, RelaisPrincipal agent, RelaisPrincipal partner, RelaisPrincipal otherPartner,
			UUID organisation, String organisationName, UUID otherOrganisation, UUID service, String serviceName,
			UUID seniorsService, UUID person, String personLastName) {
	}

	private final Territories territories;

	private final FreshnessFixtures freshness;

	private final OrganisationRepository organisations;

	private final ServiceRepository services;

	private final People people;

	private final AccountDirectory accounts;

	private final TransactionTemplate tx;

	public ReferralFixtures(ApplicationContext context) {
		this.territories = context.getBean(Territories.class);
		this.freshness = new FreshnessFixtures(context);
		this.organisations = context.getBean(OrganisationRepository.class);
		this.services = context.getBean(ServiceRepository.class);
		this.people = context.getBean(People.class);
		this.accounts = context.getBean(AccountDirectory.class);
		this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	public static String unique(String label) {
		return label + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public World world() {
		String slug = unique("ref").toLowerCase();
		UUID t = territories.create(slug, Map.of("fr", "Territoire " + slug), "FR", null, null, TerritoryKind.COMMUNE,
				null, "fr", List.of("fr", "de", "it", "en"), "Europe/Paris").id();
		RelaisPrincipal agent = accounts.findById(user(unique("agent") + "@ref.example.org", "Agathe Agent", "fr", t,
				Role.AGENT)).orElseThrow();
		String orgName = unique("Les Paniers");
		UUID org = organisation(t, orgName);
		UUID other = organisation(t, unique("Autre structure"));
		UUID partnerId = user(unique("partner") + "@ref.example.org", "Paul Partner", "de", t, Role.PARTNER);
		UUID otherId = user(unique("other") + "@ref.example.org", "Olga Other", "fr", t, Role.PARTNER);
		member(org, partnerId);
		member(other, otherId);
		String serviceName = unique("Épicerie solidaire");
		UUID service = service(org, serviceName, s -> s.setLiaisonForm(List.of(
				new LiaisonQuestion("Situation actuelle", QuestionType.TEXT, null, true),
				new LiaisonQuestion("Foyer", QuestionType.CHOICE, "Seul\nCouple", false),
				new LiaisonQuestion("Interprète", QuestionType.YES_NO, null, false))));
		UUID seniors = service(org, unique("Club seniors"), s -> s.setAgeRange(60, null));
		String last = unique("Durand");
		BeneficiarySummary person = people.create(t, new NewBeneficiary("Amira", last, false, null, 1990, "69001",
				null, "06 12 34 56 78", "amira@example.org", Set.of("fr"), ContactPreference.PHONE,
				Set.of("personnes-exilees"), 10, false, "Confidential note"), agent.userId());
		return new World(t, agent, accounts.findById(partnerId).orElseThrow(),
				accounts.findById(otherId).orElseThrow(), org, orgName, other, service, serviceName, seniors,
				person.id(), last);
	}

	/** A form for the world's service, answered, with the default shared fields and an oral consent. */
	public static NewReferral form(World w, String token) {
		return new NewReferral(w.person(), w.service(), "Needs food aid for the family", ContactPreference.PHONE,
				"Mornings", Map.of(0, "Unemployed since June", 1, "Couple"), Set.copyOf(SharedField.DEFAULT),
				ConsentMethod.ORAL, null, List.of(), token);
	}

	public static NewReferral.Upload upload(String name, byte[] bytes) {
		return new NewReferral.Upload(name, bytes.length, () -> new ByteArrayInputStream(bytes));
	}

	/** The smallest valid PDF that content detection knows as a PDF. */
	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	public UUID user(String email, String name, String language, UUID territory, Role... roles) {
		return freshness.user(email, name, language, territory, roles);
	}

	public UUID organisation(UUID territory, String name) {
		return freshness.organisation(territory, name);
	}

	public void member(UUID organisation, UUID user) {
		freshness.member(organisation, user, MemberStatus.ACTIVE);
	}

	public UUID service(UUID organisation, String name, java.util.function.Consumer<Service> edit) {
		return tx.execute(s -> {
			Organisation o = organisations.findById(organisation).orElseThrow();
			Service service = new Service(null, o, LocalizedText.of("fr", name), Instant.now());
			service.setNeeds(Set.of("alimentation"));
			service.setStatus(ServiceStatus.PUBLISHED, null);
			service.assure(null, "fixture", Instant.now());
			edit.accept(service);
			return services.save(service).getId();
		});
	}

}
