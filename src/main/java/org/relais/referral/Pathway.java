package org.relais.referral;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.referral.domain.PathwayNote;
import org.relais.referral.domain.PathwayNoteRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's pathway: the lines every {@link PathwayContributor} gives (referrals here; device requests,
 * mutual-aid actions and appointments from later modules), plus the notes agents write, newest first.
 */
@Service
public class Pathway {

	static final String NOTE_TITLE = "referral.pathway.note.title";

	private final ObjectProvider<PathwayContributor> contributors;

	private final PathwayNoteRepository notes;

	private final Clock clock;

	Pathway(ObjectProvider<PathwayContributor> contributors, PathwayNoteRepository notes, Clock clock) {
		this.contributors = contributors;
		this.notes = notes;
		this.clock = clock;
	}

	/** Every line of the person's pathway, newest first (for the agents of the territory). */
	@Transactional(readOnly = true)
	public List<PathwayEntry> entries(UUID territoryId, UUID beneficiaryId) {
		List<PathwayEntry> all = new ArrayList<>();
		contributors.orderedStream().forEach(c -> all.addAll(c.entries(territoryId, beneficiaryId)));
		all.addAll(notes(territoryId, beneficiaryId));
		all.sort(Comparator.comparing(PathwayEntry::at).reversed());
		return List.copyOf(all);
	}

	/** The agents' notes about a person, newest first. */
	@Transactional(readOnly = true)
	public List<PathwayEntry> notes(UUID territoryId, UUID beneficiaryId) {
		List<PathwayEntry> out = new ArrayList<>();
		for (PathwayNote n : notes.findByTerritoryIdAndBeneficiaryIdOrderByCreatedAtDesc(territoryId, beneficiaryId)) {
			out.add(new PathwayEntry(n.getCreatedAt(), "note", NOTE_TITLE,
					List.of(n.getAuthorName() == null ? "" : n.getAuthorName()), null, n.getBody(), null, null));
		}
		return out;
	}

	/** The lines a member of these organisations may see: those about what their organisations received. */
	@Transactional(readOnly = true)
	public List<PathwayEntry> entriesVisibleTo(UUID territoryId, UUID beneficiaryId, Set<UUID> organisations) {
		return entries(territoryId, beneficiaryId).stream()
			.filter(e -> e.visibleToOrganisationId() != null && organisations.contains(e.visibleToOrganisationId()))
			.toList();
	}

	@Transactional
	public void addNote(UUID territoryId, UUID beneficiaryId, String body, UUID authorId, String authorName) {
		if (body == null || body.isBlank() || body.strip().length() > PathwayNote.MAX_LENGTH) {
			throw new IllegalArgumentException("a note has 1 to " + PathwayNote.MAX_LENGTH + " characters");
		}
		notes.save(new PathwayNote(territoryId, beneficiaryId, body.strip(), authorId, authorName, clock.instant()));
	}

	/** Deletes the notes written about a person (anonymisation or erasure of the person). */
	@Transactional
	public int deleteNotes(UUID beneficiaryId) {
		return notes.deleteByBeneficiaryId(beneficiaryId);
	}

}
