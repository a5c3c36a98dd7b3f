package org.relais.agenda.poll;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everyone's answers to a poll and the totals per slot. The best slot has the most "yes", then the most "yes" and
 * "if need be" together, then comes first; there is none while nobody has said yes or if need be to any slot.
 */
record PollTally(List<SlotTotal> slots, List<Row> rows, UUID bestSlotId) {

	/** The totals of one slot. */
	record SlotTotal(UUID slotId, Instant startsAt, Instant endsAt, int yes, int ifNeedBe, int no) {

		public int possible() {
			return yes + ifNeedBe;
		}

	}

	/** One invitee's answers, by slot id (empty until they answer). */
	record Row(UUID inviteeId, UUID userId, String name, boolean answered, Map<UUID, Choice> answers) {

		public Choice answer(UUID slotId) {
			return answers.get(slotId);
		}

	}

	static PollTally of(List<PollSlot> slots, List<PollInvitee> invitees) {
		List<Row> rows = invitees.stream()
			.sorted(Comparator.comparing(PollInvitee::getInvitedAt).thenComparing(PollInvitee::getDisplayName))
			.map(i -> new Row(i.getId(), i.getUserId(), i.getDisplayName(), i.answered(), Map.copyOf(i.getAnswers())))
			.toList();
		List<SlotTotal> totals = slots.stream().map(s -> total(s, rows)).toList();
		UUID best = totals.stream()
			.filter(t -> t.possible() > 0)
			.sorted(Comparator.comparingInt(SlotTotal::yes)
				.reversed()
				.thenComparing(Comparator.comparingInt(SlotTotal::possible).reversed())
				.thenComparing(t -> t.startsAt()))
			.map(t -> t.slotId())
			.findFirst()
			.orElse(null);
		return new PollTally(totals, rows, best);
	}

	private static SlotTotal total(PollSlot slot, List<Row> rows) {
		int yes = 0;
		int ifNeedBe = 0;
		int no = 0;
		for (Row r : rows) {
			Choice c = r.answer(slot.getId());
			if (c == Choice.YES) {
				yes++;
			}
			else if (c == Choice.IF_NEED_BE) {
				ifNeedBe++;
			}
			else if (c == Choice.NO) {
				no++;
			}
		}
		return new SlotTotal(slot.getId(), slot.getStartsAt(), slot.getEndsAt(), yes, ifNeedBe, no);
	}

	public int answeredCount() {
		return (int) rows.stream().filter(Row::answered).count();
	}

	/** Ids of the invitees who said yes or if need be to a slot. */
	public List<UUID> possibleFor(UUID slotId) {
		return rows.stream()
			.filter(r -> r.answer(slotId) == Choice.YES || r.answer(slotId) == Choice.IF_NEED_BE)
			.map(Row::inviteeId)
			.toList();
	}

}
