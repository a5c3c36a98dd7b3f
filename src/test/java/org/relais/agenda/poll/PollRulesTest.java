package org.relais.agenda.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The pure rules of polls: which slot is best, and how typed slots become instants in the territory's zone across
 * the changes of summer time (Europe/Paris, Europe/Zurich).
 */
class PollRulesTest {

	static final Instant NOW = Instant.parse("2026-01-10T09:00:00Z");

	static PollSlot slot(String start) {
		Instant s = Instant.parse(start);
		return new PollSlot(s, s.plusSeconds(3600));
	}

	static PollInvitee answered(String name, List<PollSlot> slots, Choice... choices) {
		PollInvitee i = new PollInvitee(null, name + "@example.org", name, "fr", UUID.randomUUID().toString(), NOW);
		Map<UUID, Choice> answers = new java.util.HashMap<>();
		for (int k = 0; k < choices.length; k++) {
			answers.put(slots.get(k).getId(), choices[k]);
		}
		i.answer(answers, null, NOW);
		return i;
	}

	@Test
	void theBestSlotHasTheMostYesThenTheMostPossibleThenComesFirst() {
		List<PollSlot> slots = List.of(slot("2026-02-03T13:00:00Z"), slot("2026-02-04T13:00:00Z"),
				slot("2026-02-05T13:00:00Z"));
		PollTally tally = PollTally.of(slots, List.of(
				answered("a", slots, Choice.YES, Choice.YES, Choice.IF_NEED_BE),
				answered("b", slots, Choice.NO, Choice.IF_NEED_BE, Choice.YES),
				answered("c", slots, Choice.IF_NEED_BE, Choice.NO, Choice.NO)));
		// yes: 1, 1, 1 - possible: 2, 2, 2 - the first one wins
		assertThat(tally.bestSlotId()).isEqualTo(slots.get(0).getId());
		assertThat(tally.slots().get(1).ifNeedBe()).isEqualTo(1);
		assertThat(tally.possibleFor(slots.get(2).getId())).hasSize(2);

		PollTally moreYes = PollTally.of(slots, List.of(
				answered("a", slots, Choice.IF_NEED_BE, Choice.IF_NEED_BE, Choice.YES),
				answered("b", slots, Choice.IF_NEED_BE, Choice.IF_NEED_BE, Choice.NO)));
		assertThat(moreYes.bestSlotId()).isEqualTo(slots.get(2).getId());

		PollTally morePossible = PollTally.of(slots, List.of(
				answered("a", slots, Choice.NO, Choice.YES, Choice.YES),
				answered("b", slots, Choice.NO, Choice.NO, Choice.IF_NEED_BE)));
		assertThat(morePossible.bestSlotId()).isEqualTo(slots.get(2).getId());

		PollTally nobody = PollTally.of(slots, List.of(answered("a", slots, Choice.NO, Choice.NO, Choice.NO),
				new PollInvitee(null, "x@example.org", "x", "fr", "h", NOW)));
		assertThat(nobody.bestSlotId()).isNull();
		assertThat(nobody.answeredCount()).isEqualTo(1);
	}

	@Test
	void slotsAreWallClockTimesOfTheTerritoryAcrossSummerTime() {
		PollForm form = new PollForm();
		form.setTitle("DST");
		form.setEmails("someone@example.org");
		form.setSlots(List.of(row("2026-03-28", "10:00", "11:00"), row("2026-03-30", "10:00", "11:00"),
				row("27.10.2026", "9.30", "10:30")));
		PollDraft paris = PollFormCheck.check(form, new BeanPropertyBindingResult(form, "pollForm"), UUID.randomUUID(),
				ZoneId.of("Europe/Paris"), NOW, null, "fr");
		assertThat(paris.slots()).extracting(PollDraft.Slot::startsAt)
			.containsExactly(Instant.parse("2026-03-28T09:00:00Z"), Instant.parse("2026-03-30T08:00:00Z"),
					Instant.parse("2026-10-27T08:30:00Z"));
		PollDraft zurich = PollFormCheck.check(form, new BeanPropertyBindingResult(form, "pollForm"),
				UUID.randomUUID(), ZoneId.of("Europe/Zurich"), NOW, null, "de");
		assertThat(zurich.slots().get(1).endsAt()).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
	}

	@Test
	void blankRowsAreLeftOutAndAHalfFilledRowIsNamed() {
		PollForm form = new PollForm();
		form.setTitle("Rows");
		form.setEmails("someone@example.org");
		form.setSlots(List.of(row("", "", ""), row("2026-03-02", "", "12:00"), row("2026-02-30", "10:00", "11:00")));
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "pollForm");
		assertThat(PollFormCheck.check(form, result, UUID.randomUUID(), ZoneId.of("Europe/Paris"), NOW, null, "fr"))
			.isNull();
		assertThat(result.getFieldError("slots[1].start").getCode()).isEqualTo("agenda.poll.error.startRequired");
		assertThat(result.getFieldError("slots[2].date").getCode()).isEqualTo("agenda.poll.error.dateInvalid");
		assertThat(result.getFieldErrors("slots[0].date")).isEmpty();
	}

	static PollForm.SlotRow row(String date, String start, String end) {
		PollForm.SlotRow r = new PollForm.SlotRow();
		r.setDate(date);
		r.setStart(start);
		r.setEnd(end);
		return r;
	}

}
