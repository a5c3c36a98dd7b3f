package org.relais.agenda.poll;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the poll pages show, in the reader's language and the territory's time zone: the poll, each slot with its
 * totals (the best one marked in words, not by colour alone), everyone's answers, and the reader's own answers.
 */
record PollPage(UUID id, String title, String descriptionHtml, String place, String organiserName, boolean open,
		UUID eventId, UUID chosenSlotId, List<SlotView> slots, List<PollTally.Row> rows, UUID bestSlotId,
		int answered, int invited, Map<UUID, Choice> mine, String myName, boolean organiser) {

	/** A slot as shown: its label in the reader's language and its totals. */
	record SlotView(UUID id, String day, String hours, String label, int yes, int ifNeedBe, int no, boolean best,
			boolean chosen) {
	}

	static PollPage of(Poll poll, PollInvitee reader, boolean organiser, String place, Locale locale) {
		PollTally tally = Polls.tally(poll);
		ZoneId zone = poll.zone();
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).withZone(zone);
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
		List<SlotView> slots = tally.slots().stream().map(t -> {
			String hours = time.format(t.startsAt()) + " – " + time.format(t.endsAt());
			return new SlotView(t.slotId(), day.format(t.startsAt()), hours, day.format(t.startsAt()) + ", " + hours,
					t.yes(), t.ifNeedBe(), t.no(), t.slotId().equals(tally.bestSlotId()),
					t.slotId().equals(poll.getChosenSlotId()));
		}).toList();
		Map<UUID, Choice> mine = reader == null ? Map.of() : Map.copyOf(reader.getAnswers());
		return new PollPage(poll.getId(), poll.getTitle(), PollText.html(poll.getDescription()), place,
				poll.getOrganiserName(), poll.isOpen(), poll.getEventId(), poll.getChosenSlotId(), slots, tally.rows(),
				tally.bestSlotId(), tally.answeredCount(), tally.rows().size(), mine,
				reader == null ? null : reader.getDisplayName(), organiser);
	}

	/** The slot the close form preselects: the best one, else the first. */
	public UUID preselected() {
		return bestSlotId != null ? bestSlotId : slots.isEmpty() ? null : slots.get(0).id();
	}

	/** The reader's answer to a slot, by name, or empty before their first answer. */
	public String myChoice(UUID slotId) {
		Choice c = mine.get(slotId);
		return c == null ? "" : c.name();
	}

	public List<Choice> choices() {
		return List.of(Choice.values());
	}

	/** A line of the polls list: the poll, its first and last slot, and whether the reader organises it. */
	record Line(UUID id, String title, String organiserName, boolean open, boolean organiser, String firstSlot,
			int answered, int invited) {

		static Line of(Poll poll, UUID reader, Locale locale) {
			DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale)
				.withZone(poll.zone());
			Instant first = poll.getSlots().isEmpty() ? null : poll.getSlots().get(0).getStartsAt();
			int answered = (int) poll.getInvitees().stream().filter(PollInvitee::answered).count();
			return new Line(poll.getId(), poll.getTitle(), poll.getOrganiserName(), poll.isOpen(),
					poll.getOrganiserUserId().equals(reader), first == null ? "" : f.format(first), answered,
					poll.getInvitees().size());
		}

	}

}
