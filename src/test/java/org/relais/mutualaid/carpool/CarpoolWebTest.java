package org.relais.mutualaid.carpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.mutualaid.MutualAidException;
import org.relais.platform.RelaisPrincipal;
import org.relais.testing.Concurrently;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Carpooling through its pages: a driver offers seats, a member and the desk ask for seats, the proposal is
 * confirmed and the seat count drops; the refusals (no valid licence, too many seats, a seat beyond capacity, two
 * confirmations of the last seat at once) write nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CarpoolWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Carpools carpools;

	CarpoolWorld w;

	@BeforeEach
	void world() {
		w = new CarpoolWorld(context);
	}

	@Test
	void aDriverOffersSeatsAMemberAndTheDeskAskAndTheProposalIsConfirmed() throws Exception {
		UUID event = w.event(CarpoolWorld.unique("Après-midi jeux"));
		CarpoolWorld.Driver driver = w.driver("Paul", "69256", true);
		mvc.perform(get("/carpool").with(user(driver.principal()))).andExpect(status().isOk());
		mvc.perform(offer(driver.principal(), event, "69256", "3"))
			.andExpect(redirectedUrl("/carpool/events/" + event));
		CarpoolOffer offer = carpools.offers(w.lyon, event).get(0);
		assertThat(offer.getSeats()).isEqualTo(3);
		assertThat(offer.getDetourPercent()).isEqualTo(CarpoolMatching.DEFAULT_DETOUR_PERCENT);

		RelaisPrincipal member = w.member("Lucie Passagère");
		mvc.perform(get("/carpool").with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/volunteer/missions"))));
		mvc.perform(get("/t/metropole-de-lyon/events/{id}", event))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/carpool/events/" + event)));
		mvc.perform(post("/carpool/events/{id}", event).param("action", "ask").param("commune", "69266")
			.with(user(member)).with(csrf())).andExpect(redirectedUrl("/carpool/events/" + event));
		String lastName = CarpoolWorld.unique("Sanslien").replace(" ", "");
		UUID person = w.person(lastName);
		mvc.perform(get("/carpool/events/{id}", event).param("q", lastName).with(user(w.agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("person=" + person)));
		mvc.perform(post("/carpool/events/{id}", event).param("action", "askFor").param("person", person.toString())
			.param("commune", "69266").with(user(w.agent)).with(csrf()))
			.andExpect(redirectedUrl("/carpool/events/" + event));
		// the same person twice: refused
		mvc.perform(post("/carpool/events/{id}", event).param("action", "askFor").param("person", person.toString())
			.param("commune", "69266").with(user(w.agent)).with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(text("mutualaid.carpool.error.already"))));

		List<Carpools.Proposal> proposals = carpools.proposals(w.lyon, event);
		assertThat(proposals).hasSize(2);
		String page = mvc.perform(get("/carpool/events/{id}", event).with(user(driver.principal())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Lucie").contains("Odette");
		// another member sees neither the requests of others nor the proposals
		String other = mvc.perform(get("/carpool/events/{id}", event).with(user(w.member("Autre Membre"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(other).doesNotContain("Lucie").doesNotContain("Odette");

		CarpoolSeat personSeat = proposals.stream().filter(p -> person.equals(p.seat().getPersonId())).findFirst()
			.orElseThrow().seat();
		mvc.perform(confirm(driver.principal(), event, personSeat.getId(), offer.getId()))
			.andExpect(redirectedUrl("/carpool/events/" + event));
		assertThat(carpools.offer(w.lyon, offer.getId()).orElseThrow().seatsLeft()).isEqualTo(2);
		assertThat(carpools.seat(w.lyon, personSeat.getId()).orElseThrow().getStatus())
			.isEqualTo(CarpoolSeatStatus.CONFIRMED);

		// the member's seat confirmed by the staff: the member and the driver find it in their notifications
		mvc.perform(confirm(w.agent, event, carpools.seatsOf(w.lyon, member.userId()).get(0).getId(), offer.getId()))
			.andExpect(redirectedUrl("/carpool/events/" + event));
		assertThat(carpools.offer(w.lyon, offer.getId()).orElseThrow().seatsLeft()).isEqualTo(1);
		// the driver: one for the person of the desk, one for the member
		for (var expected : java.util.Map.of(member.userId(), 1, driver.principal().userId(), 2).entrySet()) {
			long deadline = System.currentTimeMillis() + 20_000;
			while (notifications(expected.getKey()) < expected.getValue() && System.currentTimeMillis() < deadline) {
				Thread.sleep(200);
			}
			assertThat(notifications(expected.getKey())).isEqualTo(expected.getValue());
		}

		// the member cancels their seat; a stranger cannot cancel the offer
		CarpoolSeat memberSeat = carpools.seatsOf(w.lyon, member.userId()).get(0);
		mvc.perform(post("/carpool/offers/{id}/cancel", offer.getId()).with(user(member)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/carpool/seats/{id}/cancel", memberSeat.getId()).with(user(member)).with(csrf()))
			.andExpect(redirectedUrl("/carpool/events/" + event));
		assertThat(carpools.seat(w.lyon, memberSeat.getId()).orElseThrow().getStatus())
			.isEqualTo(CarpoolSeatStatus.CANCELLED);
		assertThat(carpools.offer(w.lyon, offer.getId()).orElseThrow().seatsLeft()).isEqualTo(2);
		// the driver cancels: the person's seat waits again
		mvc.perform(post("/carpool/offers/{id}/cancel", offer.getId()).with(user(driver.principal())).with(csrf()))
			.andExpect(redirectedUrl("/carpool/events/" + event));
		assertThat(carpools.seat(w.lyon, personSeat.getId()).orElseThrow().getStatus())
			.isEqualTo(CarpoolSeatStatus.REQUESTED);
	}

	@Test
	void aDriverWithoutAValidLicenceCannotOfferSeats() throws Exception {
		UUID event = w.event(CarpoolWorld.unique("Loto"));
		CarpoolWorld.Driver driver = w.driver("Sans", "69029", false);
		mvc.perform(offer(driver.principal(), event, "69029", "2"))
			.andExpect(status().is(422))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(text("mutualaid.carpool.error.notDriver"))));
		assertThat(carpools.offers(w.lyon, event)).isEmpty();
	}

	@Test
	void badOffersAreRefusedNextToTheirField() throws Exception {
		UUID event = w.event(CarpoolWorld.unique("Loto"));
		CarpoolWorld.Driver driver = w.driver("Jean", "69029", true);
		mvc.perform(offer(driver.principal(), event, "69029", "9"))
			.andExpect(status().is(422))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(text("mutualaid.carpool.error.seats", 1, 8))));
		mvc.perform(offer(driver.principal(), event, "99999", "2")).andExpect(status().is(422));
		mvc.perform(post("/carpool/events/{id}", event).param("action", "offer").param("commune", "69029")
			.param("departure", "pas une date").param("seats", "2").with(user(driver.principal())).with(csrf()))
			.andExpect(status().is(422));
		// after the event's start
		mvc.perform(post("/carpool/events/{id}", event).param("action", "offer").param("commune", "69029")
			.param("departure", LocalDate.now().plusDays(15) + "T10:00").param("seats", "2")
			.with(user(driver.principal())).with(csrf()))
			.andExpect(status().is(422));
		assertThat(carpools.offers(w.lyon, event)).isEmpty();
		// a member without volunteer record cannot offer; a non-staff cannot ask for a person
		mvc.perform(offer(w.member("Pas Bénévole"), event, "69029", "2")).andExpect(status().is(422));
		mvc.perform(post("/carpool/events/{id}", event).param("action", "askFor")
			.param("person", w.person(CarpoolWorld.unique("P").replace(" ", "")).toString()).param("commune", "69266")
			.with(user(driver.principal())).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/carpool/events/{id}", UUID.randomUUID()).with(user(driver.principal())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSeatBeyondCapacityIsRefusedAndNothingIsWritten() throws Exception {
		UUID event = w.event(CarpoolWorld.unique("Goûter"));
		CarpoolWorld.Driver driver = w.driver("Marc", "69256", true);
		mvc.perform(offer(driver.principal(), event, "69256", "1")).andExpect(status().is3xxRedirection());
		CarpoolOffer offer = carpools.offers(w.lyon, event).get(0);
		CarpoolSeat first = carpools.ask(w.lyon, event, null, w.person(CarpoolWorld.unique("A").replace(" ", "")),
				"69266", w.agent.userId());
		CarpoolSeat second = carpools.ask(w.lyon, event, null, w.person(CarpoolWorld.unique("B").replace(" ", "")),
				"69266", w.agent.userId());
		mvc.perform(confirm(w.agent, event, first.getId(), offer.getId())).andExpect(status().is3xxRedirection());
		mvc.perform(confirm(w.agent, event, second.getId(), offer.getId()))
			.andExpect(status().is(422))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(text("mutualaid.carpool.error.full", 1))));
		assertThat(carpools.seat(w.lyon, second.getId()).orElseThrow().getStatus())
			.isEqualTo(CarpoolSeatStatus.REQUESTED);
		assertThat(carpools.offer(w.lyon, offer.getId()).orElseThrow().getSeatsTaken()).isEqualTo(1);
	}

	@Test
	void anErasedPersonsSeatGoesAndFreesItsPlace() throws Exception {
		UUID event = w.event(CarpoolWorld.unique("Thé dansant"));
		CarpoolWorld.Driver driver = w.driver("Rémi", "69256", true);
		CarpoolOffer offer = carpools.offer(w.lyon, event, driver.volunteer().getId(), "69256",
				LocalDate.now().plusDays(14).atTime(13, 0), 2, null);
		UUID person = w.person(CarpoolWorld.unique("E").replace(" ", ""));
		CarpoolSeat seat = carpools.ask(w.lyon, event, null, person, "69266", w.agent.userId());
		carpools.confirm(w.lyon, seat.getId(), offer.getId());
		assertThat(context.getBean(org.relais.people.People.class).erase(w.lyon, person)).isTrue();
		long deadline = System.currentTimeMillis() + 20_000;
		while (carpools.seat(w.lyon, seat.getId()).isPresent() && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
		assertThat(carpools.seat(w.lyon, seat.getId())).isEmpty();
		assertThat(carpools.offer(w.lyon, offer.getId()).orElseThrow().seatsLeft()).isEqualTo(2);
	}

	@Test
	void twoConfirmationsOfTheLastSeatAtOnceGiveOneSeat() throws Exception {
		for (int round = 0; round < 3; round++) {
			UUID event = w.event(CarpoolWorld.unique("Bal"));
			CarpoolWorld.Driver driver = w.driver("Luc", "69256", true);
			CarpoolOffer offer = carpools.offer(w.lyon, event, driver.volunteer().getId(), "69256",
					LocalDate.now().plusDays(14).atTime(13, 0), 1, null);
			CarpoolSeat a = carpools.ask(w.lyon, event, null, w.person(CarpoolWorld.unique("C").replace(" ", "")),
					"69266", w.agent.userId());
			CarpoolSeat b = carpools.ask(w.lyon, event, null, w.person(CarpoolWorld.unique("D").replace(" ", "")),
					"69266", w.agent.userId());
			List<Object> outcomes = Concurrently.together(List.of(() -> attempt(a, offer), () -> attempt(b, offer)));
			assertThat(outcomes.stream().filter(o -> o instanceof MutualAidException).toList()).as("round %d", round)
				.hasSize(1);
			assertThat(((MutualAidException) outcomes.stream().filter(o -> o instanceof MutualAidException)
				.findFirst().orElseThrow()).messageKey()).isEqualTo("mutualaid.carpool.error.full");
			assertThat(carpools.offer(w.lyon, offer.getId()).orElseThrow().getSeatsTaken()).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from ma_carpool_seat where offer_id = ? and status = ?",
					Integer.class, offer.getId(), "CONFIRMED")).isEqualTo(1);
		}
	}

	private int notifications(UUID userId) {
		return jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key like ?",
				Integer.class, userId, "notification.carpool.%");
	}

	private Object attempt(CarpoolSeat seat, CarpoolOffer offer) {
		try {
			return carpools.confirm(w.lyon, seat.getId(), offer.getId()).getId();
		}
		catch (MutualAidException refused) {
			return refused;
		}
	}

	private org.springframework.test.web.servlet.RequestBuilder offer(RelaisPrincipal p, UUID event, String commune,
			String seats) {
		return post("/carpool/events/{id}", event).param("action", "offer").param("commune", commune)
			.param("departure", LocalDate.now().plusDays(14) + "T13:00").param("seats", seats)
			.with(user(p)).with(csrf());
	}

	private org.springframework.test.web.servlet.RequestBuilder confirm(RelaisPrincipal p, UUID event, UUID seat,
			UUID offer) {
		return post("/carpool/events/{id}", event).param("action", "confirm").param("seat", seat.toString())
			.param("offer", offer.toString()).with(user(p)).with(csrf());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.FRENCH);
	}

}
