package org.relais.referral.partner;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.NewReferral;
import org.relais.referral.ReferralAction;
import org.relais.referral.ReferralFixtures;
import org.relais.referral.ReferralFixtures.World;
import org.relais.referral.Referrals;
import org.relais.referral.SharedField;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The referral fixtures' world plus an organisation without any account (with an email address) and its service;
 * sends and answers referrals as the world's users would.
 */
public final class PartnerWorld {

	public final World w;

	public final UUID bareOrganisation;

	public final String bareName;

	public final String bareEmail;

	public final UUID bareService;

	public final String bareServiceName;

	private final Referrals referrals;

	public PartnerWorld(ApplicationContext context) {
		ReferralFixtures fixtures = new ReferralFixtures(context);
		this.w = fixtures.world();
		this.referrals = context.getBean(Referrals.class);
		this.bareName = ReferralFixtures.unique("Vestiaire sans compte");
		this.bareOrganisation = fixtures.organisation(w.territory(), bareName);
		this.bareEmail = ReferralFixtures.unique("vestiaire").toLowerCase() + "@asso.example.org";
		context.getBean(JdbcTemplate.class)
			.update("update dir_organisation set email = ? where id = ?", bareEmail, bareOrganisation);
		this.bareServiceName = ReferralFixtures.unique("Vestiaire solidaire");
		this.bareService = fixtures.service(bareOrganisation, bareServiceName, s -> {
		});
	}

	/** Sends a referral of the world's person to a service (the world's liaison answers for the world's service). */
	public UUID send(UUID service, NewReferral.Upload... uploads) {
		signIn(w.agent());
		try {
			Map<Integer, String> answers = service.equals(w.service()) ? Map.of(0, "Unemployed since June", 1, "Couple")
					: Map.of();
			NewReferral form = new NewReferral(w.person(), service, "Needs warm clothes", ContactPreference.PHONE,
					"Mornings", answers, Set.copyOf(SharedField.DEFAULT), ConsentMethod.ORAL, null, List.of(uploads),
					ReferralFixtures.unique("tok"));
			return referrals.create(w.agent(), form).referral().id();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	void act(UUID referral, RelaisPrincipal by, ReferralAction action) {
		signIn(by);
		try {
			referrals.act(referral, by, action);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static void signIn(RelaisPrincipal p) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
	}

}
