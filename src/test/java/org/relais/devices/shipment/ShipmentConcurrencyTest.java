package org.relais.devices.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceRuleException;
import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.shipment.AllocationRule.Allocation;
import org.relais.devices.shipment.AllocationRule.Plan;
import org.relais.devices.stock.Device;
import org.relais.testing.Concurrently;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two allocations of the same READY device at the same instant, on the real database: the device row is locked,
 * one wins, the other is refused with a message, and nothing of the loser is left (no batch, no parcel, its order
 * waiting, its request ordered, the device reserved once).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ShipmentConcurrencyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Shipments shipments;

	@Test
	void twoStaffPreparingAtOnceGiveOneBatchAndOneCleanRefusal() throws Exception {
		ShipmentWorld w = new ShipmentWorld(context, "CH", "de", "Europe/Zurich");
		DeviceOrder order = w.order(w.organisation);
		Device device = w.device(DeviceType.LAPTOP, KeyboardLayout.CH_DE, LocalDate.now());

		List<MockHttpServletResponse> answers = Concurrently.together(List.of(
				() -> mvc.perform(post("/devices/shipments/prepare").with(user(w.agent)).with(csrf())
					.header("Accept-Language", "de")).andReturn().getResponse(),
				() -> mvc.perform(post("/devices/shipments/prepare").with(user(w.agent)).with(csrf())
					.header("Accept-Language", "de")).andReturn().getResponse()));

		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
		String refused = answers.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).containsAnyOf(text("devices.shipment.error.empty"),
				text("devices.shipment.error.changedMeanwhile"), text("devices.error.notReady", device.getAssetTag(),
						"RESERVED"));
		assertThat(jdbc.queryForObject("select count(*) from dev_shipment_batch where territory_id = ?", Integer.class,
				w.territory)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from dev_shipment_item where device_id = ?", Integer.class,
				device.getId())).isEqualTo(1);
		assertThat(reservations(device)).isEqualTo(1);
		assertThat(steps(order, "ALLOCATED")).isEqualTo(1);
		assertThat(w.reload(order).getStatus()).isEqualTo(DeviceOrder.Status.ALLOCATED);
	}

	@Test
	void theSameDeviceForTwoOrdersGoesToOneAndTheOtherIsLeftUntouched() throws Exception {
		for (int round = 0; round < 3; round++) {
			ShipmentWorld w = new ShipmentWorld(context, "CH", "de", "Europe/Zurich");
			DeviceOrder mine = w.order(w.organisation);
			DeviceOrder theirs = w.order(w.otherOrganisation);
			Device device = w.device(DeviceType.LAPTOP, KeyboardLayout.CH_DE, LocalDate.now());
			LocalDate cutoff = shipments.nextCutoff(w.territory);
			LocalDate later = cutoff.plusWeeks(2);
			List<Object> outcomes = Concurrently.together(List.of(() -> attempt(w, cutoff, mine, device),
					() -> attempt(w, later, theirs, device)));

			List<Object> refusals = outcomes.stream().filter(o -> o instanceof DeviceRuleException).toList();
			assertThat(refusals).as("round %d: %s", round, outcomes).hasSize(1);
			assertThat(((DeviceRuleException) refusals.get(0)).messageKey()).isIn("devices.error.notReady",
					"devices.shipment.error.changedMeanwhile");
			DeviceOrder winner = outcomes.get(0) instanceof UUID ? mine : theirs;
			DeviceOrder loser = winner == mine ? theirs : mine;
			assertThat(w.reload(device).getState()).isEqualTo(DeviceState.RESERVED);
			assertThat(w.reload(device).getOrderId()).isEqualTo(winner.getId());
			assertThat(reservations(device)).isEqualTo(1);
			assertThat(w.reload(winner).getStatus()).isEqualTo(DeviceOrder.Status.ALLOCATED);
			assertThat(w.reload(loser).getStatus()).isEqualTo(DeviceOrder.Status.WAITING);
			assertThat(w.reload(loser).getBatchId()).isNull();
			assertThat(w.request(loser).getStatus()).isEqualTo(DeviceRequestStatus.ORDERED);
			assertThat(steps(loser, "ALLOCATED")).isZero();
			assertThat(jdbc.queryForObject("select count(*) from dev_shipment_batch where territory_id = ?",
					Integer.class, w.territory)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from dev_shipment_item where order_id = ?", Integer.class,
					loser.getId())).isZero();
			assertThat(jdbc.queryForObject("select count(*) from dev_shipment_parcel where territory_id = ?"
					+ " and organisation_id = ?", Integer.class, w.territory, loser.getPartnerOrganisationId()))
				.isZero();
		}
	}

	private Object attempt(ShipmentWorld w, LocalDate cutoff, DeviceOrder order, Device device) {
		try {
			return shipments.prepare(w.territory, cutoff,
					new Plan(List.of(new Allocation(order.getId(), List.of(device.getId()))), List.of()),
					w.agent.userId());
		}
		catch (DeviceRuleException refused) {
			return refused;
		}
	}

	private int reservations(Device device) {
		return jdbc.queryForObject("select count(*) from dev_device_transition where device_id = ? and to_state = ?",
				Integer.class, device.getId(), "RESERVED");
	}

	private int steps(DeviceOrder order, String status) {
		return jdbc.queryForObject("select count(*) from dev_request_step where request_id = ? and status = ?",
				Integer.class, order.getRequestId(), status);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.GERMAN);
	}

}
