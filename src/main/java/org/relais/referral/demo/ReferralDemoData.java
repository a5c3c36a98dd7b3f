package org.relais.referral.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LiaisonField;
import org.relais.directory.ServiceEligibility;
import org.relais.people.BeneficiarySummary;
import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;
import org.relais.people.DemoPeople;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.NewReferral;
import org.relais.referral.Outcome;
import org.relais.referral.ReferralAction;
import org.relais.referral.Referrals;
import org.relais.referral.RefusalReason;
import org.relais.referral.SharedField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo referrals, made through the {@link Referrals} façade as the demo agents and partners would: in Lyon one in
 * every state (sent, accepted, refused, waitlisted, completed resolved and unresolved, withdrawn, expired), most to
 * the demo partner's organisation so that {@code partner@demo.relais} has an inbox; a few in Zürich. Each has a form
 * token derived from its demo line, so a restart adds nothing.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class ReferralDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferralDemoData.class);

	/** What happens to a demo referral after it is sent. */
	enum Then {

		NOTHING, ACCEPT, REFUSE, WAITLIST, RESOLVED, UNRESOLVED, WITHDRAW, EXPIRE

	}

	private final Referrals referrals;

	private final People people;

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	private final Clock clock;

	ReferralDemoData(Referrals referrals, People people, DirectoryCatalog directory, AccountDirectory accounts,
			Clock clock) {
		this.referrals = referrals;
		this.people = people;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int made = 0;
		made += territory("agent@demo.relais", "partner@demo.relais", DemoPeople.LYON,
				List.of(Then.NOTHING, Then.ACCEPT, Then.REFUSE, Then.WAITLIST, Then.RESOLVED, Then.UNRESOLVED,
						Then.WITHDRAW, Then.EXPIRE, Then.NOTHING, Then.ACCEPT));
		made += territory("agent@ch.demo.relais", null, DemoPeople.ZURICH,
				List.of(Then.NOTHING, Then.WITHDRAW, Then.EXPIRE));
		if (made > 0) {
			log.info("Demo referrals: {} made", made);
		}
	}

	private int territory(String agentEmail, String partnerEmail, List<String> names, List<Then> plan) {
		Optional<RelaisPrincipal> agent = accounts.findByEmail(agentEmail);
		if (agent.isEmpty() || agent.get().currentTerritoryId() == null) {
			return 0;
		}
		RelaisPrincipal partner = partnerEmail == null ? null : accounts.findByEmail(partnerEmail).orElse(null);
		UUID territory = agent.get().currentTerritoryId();
		Set<UUID> own = partner == null ? Set.of() : directory.memberOrganisations(partner.userId());
		List<ServiceEligibility> all = directory.eligibility(territory);
		List<ServiceEligibility> partners = all.stream().filter(s -> own.contains(s.organisationId())).toList();
		List<ServiceEligibility> others = all.stream().filter(s -> !own.contains(s.organisationId())).limit(4).toList();
		if (partners.isEmpty() && others.isEmpty()) {
			return 0;
		}
		int made = 0;
		var previous = SecurityContextHolder.getContext().getAuthentication();
		try {
			for (int i = 0; i < plan.size(); i++) {
				String name = names.get(i % names.size());
				Optional<BeneficiarySummary> person = people.search(territory, lastName(name), 10)
					.stream()
					.filter(p -> name.equals(p.firstName() + " " + p.lastName()))
					.findFirst();
				if (person.isEmpty()) {
					continue;
				}
				// two referrals out of three go to the demo partner, so that its inbox shows every state
				ServiceEligibility service = !partners.isEmpty() && (i % 3 != 2 || others.isEmpty())
						? partners.get(i % partners.size()) : others.get(i % others.size());
				signIn(agent.get());
				var created = referrals.create(agent.get(),
						new NewReferral(person.get().id(), service.serviceId(), REASONS.get(i % REASONS.size()),
								ContactPreference.PHONE, "Lundi et jeudi matin", answers(territory, service),
								Set.copyOf(SharedField.DEFAULT), ConsentMethod.ORAL,
								"Seule structure adaptée dans le quartier (démonstration).", List.of(),
								"demo-" + territory + "-" + i));
				if (created.existing()) {
					continue;
				}
				made++;
				UUID id = created.referral().id();
				RelaisPrincipal receiver = partner != null ? partner : null;
				switch (plan.get(i)) {
					case ACCEPT -> answer(id, receiver, service, ReferralAction.accept("Rendez-vous proposé mardi."));
					case REFUSE -> answer(id, receiver, service,
							ReferralAction.refuse(RefusalReason.NOT_ELIGIBLE, "Hors de notre zone d’intervention."));
					case WAITLIST -> answer(id, receiver, service, ReferralAction.waitlist("Place dans trois semaines."));
					case RESOLVED -> {
						answer(id, receiver, service, ReferralAction.accept(null));
						answer(id, receiver, service, ReferralAction.complete(Outcome.RESOLVED, "Colis remis."));
					}
					case UNRESOLVED -> {
						answer(id, receiver, service, ReferralAction.accept(null));
						answer(id, receiver, service,
								ReferralAction.complete(Outcome.UNRESOLVED, "La personne n’est pas venue au rendez-vous."));
					}
					case WITHDRAW -> {
						signIn(agent.get());
						referrals.act(id, agent.get(), ReferralAction.withdraw("Solution trouvée par la famille."));
					}
					case EXPIRE -> referrals.expire(id, clock.instant());
					case NOTHING -> {
					}
				}
			}
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
		return made;
	}

	/** The receiving organisation answers: as the demo partner when it is a member, else as the organisation. */
	private void answer(UUID id, RelaisPrincipal partner, ServiceEligibility service, ReferralAction action) {
		if (partner != null && directory.memberOrganisations(partner.userId()).contains(service.organisationId())) {
			signIn(partner);
			referrals.act(id, partner, action);
		}
		else {
			referrals.actForOrganisation(id, service.organisationId(), service.organisationName(), action);
		}
	}

	/** Plausible answers to the service's liaison questions. */
	private Map<Integer, String> answers(UUID territory, ServiceEligibility service) {
		Map<Integer, String> answers = new HashMap<>();
		for (LiaisonField q : referrals.liaisonForm(territory, service.serviceId())) {
			String v = switch (q.type()) {
				case "CHOICE" -> q.choices().isEmpty() ? null : q.choices().get(0);
				case "YES_NO" -> "YES";
				case "DATE" -> LocalDate.now(clock).plusDays(7).toString();
				default -> "Voir le motif de l’orientation.";
			};
			if (v != null) {
				answers.put(q.position(), v);
			}
		}
		return answers;
	}

	private static void signIn(RelaisPrincipal user) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	private static String lastName(String name) {
		return name.substring(name.indexOf(' ') + 1);
	}

	private static final List<String> REASONS = List.of(
			"Besoin d’une aide alimentaire en attendant l’ouverture des droits.",
			"Accompagnement pour les démarches en ligne (CAF, impôts).",
			"Recherche d’un logement d’urgence pour la semaine prochaine.",
			"Cours de français pour préparer une formation.");

}
