package org.relais.mutualaid.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.Availability;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.charter.Charters;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofDocumentRepository;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.territory.AreaKind;
import org.relais.territory.domain.Territories;
import org.relais.testing.TestAccounts;
import org.springframework.context.ApplicationContext;

/**
 * A territory of its own for the dispatch tests: two communes (Testville, and Loinville about 80 km away), a
 * published charter, an agent, a person in Testville, and volunteers made on demand (active, charter signed,
 * insurance verified or expired, available any time, in Testville or Loinville, with or without an account).
 */
public class DispatchWorld {

	public final UUID territory;

	public final String communeCode;

	public final String postalCode;

	public final UUID person;

	public final RelaisPrincipal agent;

	public final Charter charter;

	private final TestAccounts accounts;

	private final VolunteerRepository volunteers;

	private final ProofDocumentRepository proofs;

	private final Charters charters;

	private final String suffix = UUID.randomUUID().toString().substring(0, 6);

	public DispatchWorld(ApplicationContext context) {
		this.accounts = new TestAccounts(context);
		this.volunteers = context.getBean(VolunteerRepository.class);
		this.proofs = context.getBean(ProofDocumentRepository.class);
		this.charters = context.getBean(Charters.class);
		this.territory = accounts.newTerritory();
		this.communeCode = "T" + suffix;
		this.postalCode = String.format("9%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10000));
		Territories territories = context.getBean(Territories.class);
		territories.addArea(territory, null, AreaKind.COMMUNE, communeCode, "Testville " + suffix, List.of(postalCode),
				45.0, 4.0, 1000);
		territories.addArea(territory, null, AreaKind.COMMUNE, "U" + suffix, "Loinville " + suffix, List.of("98888"),
				45.6, 4.6, 1000);
		String agentEmail = TestAccounts.uniqueEmail("ma-agent");
		accounts.createUser(agentEmail, "Agent " + suffix, territory, Role.AGENT);
		this.agent = accounts.principal(agentEmail);
		signIn(agent);
		this.charter = charters.publish(territory, Map.of("fr", "Charte de test " + suffix), null);
		this.person = context.getBean(People.class)
			.create(territory, new NewBeneficiary("Odette", "Isolée-" + suffix, false, null, 1938, postalCode,
					communeCode, "04 78 00 00 00", null, Set.of("fr"), null, Set.of(), null, false, null), null)
			.id();
	}

	/** An active volunteer in Testville (or far away), with a verified insurance valid (or expired). */
	public Volunteer volunteer(String firstName, boolean insuranceValid, boolean near, boolean withAccount,
			ActionType... types) {
		String email = TestAccounts.uniqueEmail("ma-" + firstName.toLowerCase(java.util.Locale.ROOT));
		Instant now = Instant.now();
		Volunteer v = new Volunteer(territory, firstName, "Bénévole-" + suffix, email, "fr", now);
		v.contact("06 11 22 33 44", null, near ? postalCode : "98888", near ? communeCode : "U" + suffix,
				near ? 45.0 : 45.6, near ? 4.0 : 4.6);
		v.offer(Availability.always(),
				types.length == 0 ? EnumSet.of(ActionType.VISIT, ActionType.PHONE_CALL) : EnumSet.of(types[0], types),
				false, 10);
		v.moveTo(VolunteerStatus.ACTIVE, null, now);
		if (withAccount) {
			v.linkAccount(accounts.createUser(email, firstName + " Bénévole", territory, Role.VOLUNTEER));
		}
		volunteers.save(v);
		charters.sign(territory, v.getId(), charter.getId(), "fr");
		ProofDocument insurance = new ProofDocument(territory, v.getId(), "LIABILITY_INSURANCE", UUID.randomUUID(),
				"assurance.pdf", insuranceValid ? LocalDate.now().plusYears(1) : LocalDate.now().minusDays(20), now);
		insurance.verify(null, now);
		proofs.save(insurance);
		return v;
	}

	/** Signs the user in on this thread (people's records are read by someone: the read is logged). */
	public static void signIn(RelaisPrincipal user) {
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
					user, null, user.getAuthorities()));
	}

	public RelaisPrincipal principalOf(Volunteer v) {
		return accounts.principal(v.getEmail());
	}

	/** Expires a volunteer's insurance now (e.g. after an offer was made). */
	public void expireInsurance(Volunteer v) {
		for (ProofDocument d : proofs.findByVolunteerIdOrderByUploadedAtDesc(v.getId())) {
			proofs.delete(d);
			ProofDocument expired = new ProofDocument(territory, v.getId(), d.getProofCode(), UUID.randomUUID(),
					"assurance.pdf", LocalDate.now().minusDays(1), Instant.now());
			expired.verify(null, Instant.now());
			proofs.save(expired);
		}
	}

}
