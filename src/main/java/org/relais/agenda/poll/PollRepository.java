package org.relais.agenda.poll;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PollRepository extends JpaRepository<Poll, UUID> {

	Optional<Poll> findByIdAndTerritoryId(UUID id, UUID territoryId);

	/**
	 * Takes the poll's row lock until the transaction ends (a no-op update, portable to H2 and PostgreSQL), so
	 * that answers and closing of one poll happen one after the other: the last answer is always seen as such.
	 */
	@Modifying
	@Query("update Poll p set p.status = p.status where p.id = ?1")
	int lock(UUID id);

	/** The polls of a territory a user organises or is invited to, newest first. */
	@Query("select distinct p from Poll p left join p.invitees i where p.territoryId = ?1"
			+ " and (p.organiserUserId = ?2 or i.userId = ?2) order by p.createdAt desc")
	List<Poll> concerning(UUID territoryId, UUID userId);

	/** The poll whose invitee holds a link with this hash (the invitation's or the reminder's). */
	@Query("select p from Poll p join p.invitees i where i.tokenHash = ?1 or i.reminderTokenHash = ?1")
	Optional<Poll> findByTokenHash(String hash);

	/** Open polls with an invitee invited before {@code before} who has neither answered nor been reminded. */
	@Query("select distinct p.id from Poll p join p.invitees i where p.status = org.relais.agenda.poll.PollStatus.OPEN"
			+ " and i.answeredAt is null and i.remindedAt is null and i.invitedAt <= ?1")
	List<UUID> withRemindersDue(Instant before);

	/** Polls whose every slot ended before {@code before}. */
	@Query("select p.id from Poll p where not exists (select s.id from p.slots s where s.endsAt >= ?1)")
	List<UUID> endedBefore(Instant before);

}
