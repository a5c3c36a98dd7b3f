package org.relais.mutualaid.carpool;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.agenda.Agenda;
import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventVisibility;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.Availability;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.charter.Charters;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofDocumentRepository;
import org.relais.mutualaid.proof.ProofType;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.testing.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carpooling test data in Lyon, unique per run: drivers (an account, an ACTIVE volunteer accepting carpooling who
 * signed the current charter, with verified documents), members, people of the desk and public events in two
 * weeks organised by the territory (their destination is then the territory's first area centre, the Métropole's).
 */
public class CarpoolWorld {

	public final UUID lyon;

	public final RelaisPrincipal agent;

	private final TestAccounts accounts;

	private final TransactionTemplate tx;

	private final VolunteerRepository volunteers;

	private final ProofDocumentRepository proofs;

	private final Charters charters;

	private final Agenda agenda;

	private final People people;

	public record Driver(Volunteer volunteer, RelaisPrincipal principal) {
	}

	public CarpoolWorld(ApplicationContext context) {
		this.accounts = new TestAccounts(context);
		this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		this.volunteers = context.getBean(VolunteerRepository.class);
		this.proofs = context.getBean(ProofDocumentRepository.class);
		this.charters = context.getBean(Charters.class);
		this.agenda = context.getBean(Agenda.class);
		this.people = context.getBean(People.class);
		this.lyon = accounts.lyon();
		this.agent = accounts.principal("agent@demo.relais");
	}

	/** A driver leaving from the commune; without a licence, the driving licence is missing. */
	public Driver driver(String firstName, String communeCode, boolean licence) {
		String email = TestAccounts.uniqueEmail("driver");
		UUID user = accounts.createUser(email, firstName + " Conducteur", lyon, Role.VOLUNTEER);
		Volunteer v = tx.execute(s -> {
			Instant now = Instant.now();
			Volunteer x = new Volunteer(lyon, firstName, "Conducteur", email, "fr", now);
			x.contact(null, null, null, communeCode, null, null);
			x.offer(Availability.parse(""), EnumSet.of(ActionType.CARPOOL, ActionType.VISIT), true, 20);
			x.linkAccount(user);
			x.moveTo(VolunteerStatus.ACTIVE, null, now);
			volunteers.save(x);
			Charter charter = charters.current(lyon)
				.orElseGet(() -> charters.publish(lyon, Map.of("fr", "Charte du bénévole (tests)"), null));
			charters.sign(lyon, x.getId(), charter.getId(), "fr");
			for (String code : licence ? Set.of(ProofType.LIABILITY_INSURANCE, ProofType.DRIVING_LICENCE,
					ProofType.CAR_INSURANCE) : Set.of(ProofType.LIABILITY_INSURANCE, ProofType.CAR_INSURANCE)) {
				ProofDocument d = new ProofDocument(lyon, x.getId(), code, UUID.randomUUID(), code + ".pdf",
						LocalDate.now().plusYears(1), now);
				d.verify(null, now);
				proofs.save(d);
			}
			return x;
		});
		return new Driver(v, accounts.principal(email));
	}

	/** A member of the territory without a volunteer record. */
	public RelaisPrincipal member(String name) {
		String email = TestAccounts.uniqueEmail("member");
		accounts.createUser(email, name, lyon, Role.VOLUNTEER);
		return accounts.principal(email);
	}

	/** A person of the desk, with a unique last name. */
	public UUID person(String lastName) {
		return people.create(lyon, new NewBeneficiary("Odette", lastName, false, null, 1941, "69100", "69266", null,
				null, Set.of(), null, Set.of(), null, false, null), agent.userId()).id();
	}

	/** A public event of the territory in two weeks at 14:00. */
	public UUID event(String title) {
		LocalDateTime start = LocalDate.now().plusDays(14).atTime(LocalTime.of(14, 0));
		return agenda.create(lyon, agent.userId(), new EventDraft(title, "Jeux et goûter.", start, start.plusHours(3),
				false, null, null, "Place de la mairie", null, null, EventCategory.PUBLIC_EVENT, EventVisibility.PUBLIC,
				null, null));
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
	}

}
