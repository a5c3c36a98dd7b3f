package org.relais.subscription.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.subscription.billing.Billing;
import org.relais.subscription.billing.SubscriptionOverview;
import org.relais.subscription.kit.Kits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lyon's communication kit (the desk on 04 72 00 00 00, a tagline in French, flyers renewed two months ago) and its
 * subscription (an intercommunality billed for its population) with this year's invoice issued by the platform
 * admin. Each part does nothing when it exists.
 */
@Component
@Order(78)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class SubscriptionDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionDemoData.class);

	private final Kits kits;

	private final Billing billing;

	private final AccountDirectory accounts;

	SubscriptionDemoData(Kits kits, Billing billing, AccountDirectory accounts) {
		this.kits = kits;
		this.billing = billing;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<RelaisPrincipal> admin = accounts.findByEmail("admin@demo.relais");
		if (admin.isEmpty() || admin.get().currentTerritoryId() == null) {
			return;
		}
		var lyon = admin.get().currentTerritoryId();
		if (kits.kit(lyon).isEmpty()) {
			SubscriptionOverview o = billing.overview(lyon);
			LocalDate renewed = billing.today(o.territory()).minusMonths(2);
			kits.save(lyon, "04 72 00 00 00", Map.of("fr", "Ensemble contre l’isolement des aînés"), renewed,
					admin.get().userId());
			log.info("Demo: Lyon's communication kit set up");
		}
		SubscriptionOverview overview = billing.overview(lyon);
		if (overview.current() == null && overview.priced()) {
			var platform = accounts.findByEmail("platform@demo.relais").map(RelaisPrincipal::userId).orElse(null);
			var invoice = billing.issue(lyon, platform);
			log.info("Demo: Lyon's subscription invoice {} issued", invoice.getNumber());
		}
	}

}
