package org.relais.agenda.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.agenda.Agenda;
import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.Recurrence;
import org.relais.agenda.event.EventRepository;
import org.relais.referral.ReferralFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The edit form warns, before saving, that changing a series' times drops its single-date changes (ADR 006). */
@SpringBootTest
@AutoConfigureMockMvc
class EventEditNoticeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Agenda agenda;

	@Autowired
	EventRepository events;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theEditFormSaysHowManySingleDateChangesATimeChangeWouldDrop() throws Exception {
		ReferralFixtures.World w = new ReferralFixtures(context).world();
		LocalDateTime start = LocalDateTime.of(2027, 4, 6, 14, 0);
		UUID id = agenda.create(w.territory(), w.agent().userId(), new EventDraft("Atelier", null, start,
				start.plusHours(2), false, null, null, null, null, null, EventCategory.TRAINING,
				EventVisibility.PARTNERS, null, Recurrence.weekly(1, null, 4)));
		String before = page(id, w);
		assertThat(before).doesNotContain("1 date(s)");
		tx.executeWithoutResult(s -> events.findById(id)
			.orElseThrow()
			.changeOccurrence(start.plusWeeks(1), true, null, null, Instant.now()));
		assertThat(page(id, w)).contains("1 date(s)");
	}

	private String page(UUID id, ReferralFixtures.World w) throws Exception {
		var response = mvc.perform(get("/agenda/events/{id}/edit", id).with(user(w.agent()))
			.header("Accept-Language", "en")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
