package org.relais.directory.freshness;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.MemberRole;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.platform.Role;
import org.relais.territory.TerritoryKind;
import org.relais.territory.domain.Membership;
import org.relais.territory.domain.MembershipRepository;
import org.relais.territory.domain.Territories;
import org.relais.territory.domain.UserAccount;
import org.relais.territory.domain.UserAccountRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Freshness test data with unique names: territories, partner accounts, organisations with their members,
 * services assured at a chosen date, and confirmation links. Public so that the browser tests can use it.
 */
public final class FreshnessFixtures {

	private final Territories territories;

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final OrganisationRepository organisations;

	private final OrganisationMemberRepository members;

	private final ServiceRepository services;

	private final FreshnessLinkRepository links;

	private final LinkSigner signer;

	private final TransactionTemplate tx;

	public FreshnessFixtures(ApplicationContext context) {
		this.territories = context.getBean(Territories.class);
		this.users = context.getBean(UserAccountRepository.class);
		this.memberships = context.getBean(MembershipRepository.class);
		this.organisations = context.getBean(OrganisationRepository.class);
		this.members = context.getBean(OrganisationMemberRepository.class);
		this.services = context.getBean(ServiceRepository.class);
		this.links = context.getBean(FreshnessLinkRepository.class);
		this.signer = context.getBean(LinkSigner.class);
		this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	public static String unique(String label) {
		return label + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A territory of its own, in a country and time zone. */
	public UUID territory(String country, String zone) {
		String slug = unique("fresh").toLowerCase();
		return territories
			.create(slug, Map.of("fr", "Territoire " + slug, "de", "Gebiet " + slug), country, null, null,
					TerritoryKind.COMMUNE, null, "fr", List.of("fr", "de", "it", "en"), zone)
			.id();
	}

	/** An account (without password) holding the roles in the territory. */
	public UUID user(String email, String name, String language, UUID territory, Role... roles) {
		return tx.execute(s -> {
			Instant now = Instant.now();
			UserAccount user = users.save(new UserAccount(email, name, null, language, now));
			for (Role role : roles) {
				memberships.save(new Membership(user.getId(), territory, role, now));
			}
			return user.getId();
		});
	}

	public UUID organisation(UUID territory, String name) {
		return tx.execute(s -> {
			Organisation o = new Organisation(null, territory, LocalizedText.of("fr", name), Instant.now());
			o.setStatus(OrganisationStatus.ACTIVE);
			return organisations.save(o).getId();
		});
	}

	public void member(UUID organisation, UUID user, MemberStatus status) {
		tx.executeWithoutResult(s -> members
			.save(new OrganisationMember(organisation, user, MemberRole.MEMBER, status, Instant.now())));
	}

	/** A published service, last assured at the given instant, with a verification period in months. */
	public UUID service(UUID organisation, String name, Instant assuredAt, int months) {
		return tx.execute(s -> {
			Organisation o = organisations.findById(organisation).orElseThrow();
			Service service = new Service(null, o, LocalizedText.of("fr", name), assuredAt);
			service.setStatus(ServiceStatus.PUBLISHED, null);
			service.setVerificationMonths(months);
			service.assure(null, "fixture", assuredAt);
			return services.save(service).getId();
		});
	}

	public Service reload(UUID service) {
		return tx.execute(s -> {
			Service found = services.findById(service).orElseThrow();
			found.getOrganisation().getName();
			return found;
		});
	}

	/** The path of a confirmation link for these services, valid until the given instant. */
	public String link(UUID user, Set<UUID> serviceIds, Instant expiresAt) {
		Instant expiry = expiresAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		FreshnessLink link = tx
			.execute(s -> links.save(new FreshnessLink(user, serviceIds, null, Instant.now(), expiry)));
		return "/directory/confirm/" + signer.sign(link.getId(), expiry);
	}

}
