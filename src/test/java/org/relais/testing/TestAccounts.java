package org.relais.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritoryKind;
import org.relais.territory.domain.Membership;
import org.relais.territory.domain.MembershipRepository;
import org.relais.territory.domain.Territories;
import org.relais.territory.domain.UserAccount;
import org.relais.territory.domain.UserAccountRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data for the security and account tests: fresh users and territories with unique names, so that tests
 * share one database (H2 or PostgreSQL) without stepping on each other or on the demo accounts.
 */
public final class TestAccounts {

	/** The password of every account made here; strong enough for the password policy. */
	public static final String PASSWORD = "Tangerine tramway sleeps under 7 violet bridges";

	public static final String DEMO_PASSWORD = "relais-demo";

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final PasswordEncoder encoder;

	private final TransactionTemplate tx;

	private final TerritoryCatalog catalog;

	private final Territories territories;

	private final AccountDirectory directory;

	public TestAccounts(ApplicationContext context) {
		this.users = context.getBean(UserAccountRepository.class);
		this.memberships = context.getBean(MembershipRepository.class);
		this.encoder = context.getBean(PasswordEncoder.class);
		this.tx = new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		this.catalog = context.getBean(TerritoryCatalog.class);
		this.territories = context.getBean(Territories.class);
		this.directory = context.getBean(AccountDirectory.class);
	}

	public static String uniqueEmail(String label) {
		return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.relais";
	}

	/** The French demo territory (Métropole de Lyon). */
	public UUID lyon() {
		return catalog.findBySlug("metropole-de-lyon").orElseThrow().id();
	}

	/** The Swiss demo territory (Kanton Zürich). */
	public UUID zurich() {
		return catalog.findBySlug("kanton-zuerich").orElseThrow().id();
	}

	/** A territory of its own, for tests that need to be its only admin. */
	public UUID newTerritory() {
		String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
		return territories
			.create(slug, Map.of("fr", "Commune de test " + slug), "FR", null, null, TerritoryKind.COMMUNE, null, "fr",
					List.of("fr", "de", "it", "en"), "Europe/Paris")
			.id();
	}

	/** A user with {@link #PASSWORD}, French, holding the roles in the territory. */
	public UUID createUser(String email, String displayName, UUID territoryId, Role... roles) {
		return tx.execute(s -> {
			Instant now = Instant.now();
			UserAccount user = users.save(new UserAccount(email, displayName, encoder.encode(PASSWORD), "fr", now));
			for (Role role : roles) {
				memberships.save(new Membership(user.getId(), territoryId, role, now));
			}
			return user.getId();
		});
	}

	public RelaisPrincipal principal(String email) {
		return directory.findByEmail(email).orElseThrow();
	}

	public UserAccount account(UUID userId) {
		return users.findById(userId).orElseThrow();
	}

	public boolean hasPassword(UUID userId, String password) {
		return encoder.matches(password, account(userId).getPasswordHash());
	}

	/** Signed in as this principal, as if the whole sign-in (second factor included) had been done. */
	public static RequestPostProcessor as(RelaisPrincipal principal) {
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	/**
	 * Requests from an address of their own: the sign-in throttle also counts failures per address, and every
	 * MockMvc request otherwise comes from 127.0.0.1.
	 */
	public static RequestPostProcessor fromOwnAddress() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		String ip = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	/** Signs in through the form with a new session; returns the result (a redirect) and keeps the session. */
	public static MvcResult postLogin(MockMvc mvc, MockHttpSession session, String email, String password,
			RequestPostProcessor address) throws Exception {
		return mvc
			.perform(post("/login").param("email", email)
				.param("password", password)
				.session(session)
				.with(csrf())
				.with(address))
			.andReturn();
	}

}
