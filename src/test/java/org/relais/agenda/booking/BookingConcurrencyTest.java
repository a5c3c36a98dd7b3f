package org.relais.agenda.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two inhabitants submit the same slot at the same instant, on the real database: the unique key of a booked slot
 * lets exactly one through; the other gets the "just taken" message on the form (409), never a server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BookingConcurrencyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void twoSimultaneousBookingsOfOneSlotGiveOneAppointment() throws Exception {
		BookingWorld w = new BookingWorld(context);
		for (int round = 0; round < 3; round++) {
			ZonedDateTime slot = w.free().get(round);
			CountDownLatch ready = new CountDownLatch(2);
			CountDownLatch go = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (String name : List.of("Alice Premier", "Bruno Second")) {
				answers.add(pool.submit(() -> {
					var request = post("/t/metropole-de-lyon/appointments/{id}/book", w.schedule)
						.header("Accept-Language", "fr")
						.param("slot", slot.toInstant().toString())
						.param("name", name)
						.param("phone", "06 12 34 56 78")
						.with(BookingWorld.fromAnAddress())
						.with(csrf());
					ready.countDown();
					go.await();
					return mvc.perform(request).andReturn().getResponse();
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			String refusedBody = null;
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse r = answer.get(60, TimeUnit.SECONDS);
				statuses.add(r.getStatus());
				if (r.getStatus() != 302) {
					refusedBody = r.getContentAsString(StandardCharsets.UTF_8);
				}
			}
			pool.shutdown();
			assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(302, 409);
			assertThat(refusedBody).contains(messages.getMessage("agenda.booking.error.slot.taken", null, Locale.FRENCH));
			assertThat(jdbc.queryForObject(
					"select count(*) from agd_appointment where schedule_id = ? and slot_start = ?", Integer.class,
					w.schedule, java.sql.Timestamp.from(slot.toInstant()))).isEqualTo(1);
			// the database itself refuses a second holder of the slot, whatever the application checked before
			String key = jdbc.queryForObject("select active_key from agd_appointment where schedule_id = ?"
					+ " and slot_start = ?", String.class, w.schedule, java.sql.Timestamp.from(slot.toInstant()));
			assertThat(key).isEqualTo(Appointment.key(w.schedule, slot.toInstant()));
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> jdbc.update("insert into agd_appointment (id, territory_id, organisation_id,"
						+ " schedule_id, slot_start, slot_end, status, active_key, reference, cancel_token, language,"
						+ " booked_at, version) select ?, territory_id, organisation_id, schedule_id, slot_start, slot_end,"
						+ " status, active_key, ?, ?, language, booked_at, 0 from agd_appointment where active_key = ?",
						java.util.UUID.randomUUID(), "DUP-" + java.util.UUID.randomUUID().toString().substring(0, 8), "dup-token-" + java.util.UUID.randomUUID(), key))
				.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		}
	}

}
