package org.relais.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.settings.DeviceSettings;

/** The programme's core rules, without a database: categories, states, request steps, orders, cadence. */
class DevicesCoreRulesTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void categoryIsSuggestedFromTheSituationMigrationFirst() {
		assertThat(DeviceCategory.suggest(Set.of("personnes-exilees", "beneficiaires-des-minimas-sociaux")))
			.isEqualTo(DeviceCategory.MIGRATION);
		assertThat(DeviceCategory.suggest(Set.of("beneficiaires-des-minimas-sociaux", "demandeurs-emploi")))
			.isEqualTo(DeviceCategory.SOCIAL_AID);
		assertThat(DeviceCategory.suggest(Set.of("demandeurs-emploi"))).isEqualTo(DeviceCategory.WORK_INTEGRATION);
		assertThat(DeviceCategory.suggest(Set.of("seniors"))).isEqualTo(DeviceCategory.OTHER);
		assertThat(DeviceCategory.suggest(null)).isEqualTo(DeviceCategory.OTHER);
	}

	@Test
	void devicesFollowTheirLifecycleOnly() {
		assertThat(DeviceState.RECEIVED.canGoTo(DeviceState.IN_REFURBISHMENT)).isTrue();
		assertThat(DeviceState.RECEIVED.canGoTo(DeviceState.RESERVED)).isFalse();
		assertThat(DeviceState.READY.canGoTo(DeviceState.RESERVED)).isTrue();
		assertThat(DeviceState.RESERVED.canGoTo(DeviceState.HANDED_OVER)).isFalse();
		assertThat(DeviceState.RECYCLED.next()).isEmpty();
		for (DeviceState s : DeviceState.values()) {
			assertThat(s.next()).as("transitions of %s", s).isNotNull();
		}
	}

	@Test
	void aDeclinedRequestGoesBackToTheDeskWithoutPartner() {
		DeviceRequest r = new DeviceRequest(UUID.randomUUID(), null, "ANF-1", UUID.randomUUID(),
				DeviceCategory.SOCIAL_AID, null, null, NOW);
		UUID org = UUID.randomUUID();
		r.routeTo(org, false, NOW);
		assertThat(r.getPartnerOrganisationId()).isEqualTo(org);
		r.decline("Pas de notre ressort", null, NOW);
		assertThat(r.getStatus()).isEqualTo(DeviceRequestStatus.TO_ROUTE);
		assertThat(r.getPartnerOrganisationId()).isNull();
		assertThat(r.getDeclineReason()).isEqualTo("Pas de notre ressort");
		assertThatThrownBy(() -> r.moveTo(DeviceRequestStatus.SHIPPED, NOW)).isInstanceOf(DeviceRuleException.class)
			.hasMessageContaining("devices.error.status");
		r.routeTo(org, true, NOW);
		assertThatThrownBy(() -> r.reclassify(DeviceCategory.OTHER)).isInstanceOf(DeviceRuleException.class);
		r.approve("Needs it for job search", null, NOW);
		r.moveTo(DeviceRequestStatus.ORDERED, NOW);
		r.moveTo(DeviceRequestStatus.ALLOCATED, NOW);
		r.moveTo(DeviceRequestStatus.SHIPPED, NOW);
		r.moveTo(DeviceRequestStatus.RECEIVED, NOW);
		assertThat(r.getClosedAt()).isNull();
		r.moveTo(DeviceRequestStatus.HANDED_OVER, NOW);
		assertThat(r.getClosedAt()).isEqualTo(NOW);
	}

	@Test
	void anOrderFollowsItsParcelAndCostsItsQuantity() {
		DeviceOrder o = new DeviceOrder(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), DeviceType.TABLET,
				KeyboardLayout.CH_DE, 2, "charger", Financing.SOCIAL_AID, new BigDecimal("150.00"), "CHF", "Molkenstrasse 5",
				null, NOW);
		assertThat(o.getKeyboardLayout()).as("a tablet has no keyboard layout").isNull();
		assertThat(o.total()).isEqualByComparingTo("300.00");
		assertThatThrownBy(o::ship).isInstanceOf(DeviceRuleException.class);
		o.allocate(UUID.randomUUID());
		o.release();
		assertThat(o.getBatchId()).isNull();
		assertThat(o.getStatus()).isEqualTo(DeviceOrder.Status.WAITING);
		assertThatThrownBy(() -> new DeviceOrder(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				DeviceType.LAPTOP, KeyboardLayout.CH_DE, 0, null, Financing.FREE, BigDecimal.TEN, "CHF", "x", null, NOW))
			.isInstanceOf(DeviceRuleException.class);
	}

	@Test
	void cutOffsComeEveryCadenceOnTheirWeekday() {
		// anchor Monday 2 Nov 2026; cut-off on Wednesday every two weeks: 4 Nov, 18 Nov, 2 Dec…
		DeviceSettings s = new DeviceSettings(UUID.randomUUID(), BigDecimal.TEN, "CHF", LocalDate.of(2026, 11, 2), NOW);
		assertThat(s.getCutoffWeekday()).isEqualTo(DayOfWeek.WEDNESDAY);
		assertThat(s.nextCutoff(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 4));
		assertThat(s.nextCutoff(LocalDate.of(2026, 11, 4))).isEqualTo(LocalDate.of(2026, 11, 4));
		assertThat(s.nextCutoff(LocalDate.of(2026, 11, 5))).isEqualTo(LocalDate.of(2026, 11, 18));
		assertThat(s.nextCutoff(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 12, 2));
		s.change(BigDecimal.TEN, "CHF", false, 1, DayOfWeek.FRIDAY, null, NOW);
		assertThat(s.nextCutoff(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(s.nextCutoff(LocalDate.of(2026, 10, 1))).as("before the anchor: the first cut-off")
			.isEqualTo(LocalDate.of(2026, 11, 6));
	}

}
