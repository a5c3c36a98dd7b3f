package org.relais.mutualaid.meeting;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.association.AssociationProfileRepository;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lyon's last volunteer meeting, four months ago (so that the next one is due within weeks, as the meetings page
 * says), with the attendance of the demo volunteers found by address (missing ones are left out) and of the first
 * active association. Does nothing when Lyon already has a meeting.
 */
@Component
@Order(78)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class MeetingsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MeetingsDemoData.class);

	/** Who came, by address: present, excused or absent. */
	private static final Map<String, Presence> ATTENDANCE = attendance();

	private final Meetings meetings;

	private final VolunteerMeetingRepository repository;

	private final VolunteerRepository volunteers;

	private final AssociationProfileRepository associations;

	private final MutualAid mutualAid;

	private final AccountDirectory accounts;

	private final TransactionTemplate tx;

	MeetingsDemoData(Meetings meetings, VolunteerMeetingRepository repository, VolunteerRepository volunteers,
			AssociationProfileRepository associations, MutualAid mutualAid, AccountDirectory accounts,
			TransactionTemplate tx) {
		this.meetings = meetings;
		this.repository = repository;
		this.volunteers = volunteers;
		this.associations = associations;
		this.mutualAid = mutualAid;
		this.accounts = accounts;
		this.tx = tx;
	}

	private static Map<String, Presence> attendance() {
		Map<String, Presence> m = new LinkedHashMap<>();
		m.put("volunteer@demo.relais", Presence.PRESENT);
		m.put("martine.bertrand@example.org", Presence.PRESENT);
		m.put("paul.girard@example.org", Presence.PRESENT);
		m.put("amina.haddad@example.org", Presence.EXCUSED);
		m.put("jeanne.roux@example.org", Presence.PRESENT);
		m.put("marc.lefevre@example.org", Presence.ABSENT);
		m.put("claire.dumas@example.org", Presence.PRESENT);
		m.put("lea.fournier@example.org", Presence.EXCUSED);
		return m;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<RelaisPrincipal> coordinator = accounts.findByEmail("coordinator@demo.relais");
		if (coordinator.isEmpty() || coordinator.get().currentTerritoryId() == null) {
			return;
		}
		UUID lyon = coordinator.get().currentTerritoryId();
		if (!repository.findByTerritoryIdOrderByStartsAtDesc(lyon).isEmpty()) {
			return;
		}
		UUID by = coordinator.get().userId();
		tx.executeWithoutResult(s -> {
			VolunteerMeeting meeting = meetings.schedule(lyon, by,
					new MeetingDraft("Réunion des bénévoles", mutualAid.today(lyon).minusMonths(4), LocalTime.of(18, 0),
							MeetingDraft.DEFAULT_MINUTES, null, "Maison des associations, 28 rue Denfert-Rochereau,"
									+ " 69004 Lyon",
							"Tour de table, retours sur les visites, présentation de la charte v2."));
			Map<UUID, Presence> people = new LinkedHashMap<>();
			ATTENDANCE.forEach((email, presence) -> volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, email)
				.filter(v -> v.getStatus() == VolunteerStatus.ACTIVE)
				.map(Volunteer::getId)
				.ifPresent(id -> people.put(id, presence)));
			Map<UUID, Presence> orgs = new LinkedHashMap<>();
			List<UUID> active = associations.findByTerritoryIdAndActiveTrue(lyon)
				.stream()
				.map(a -> a.getOrganisationId())
				.toList();
			if (!active.isEmpty()) {
				orgs.put(active.get(0), Presence.PRESENT);
			}
			meetings.record(lyon, meeting.getId(), people, orgs, by, "fr");
			log.info("Demo: Lyon's volunteer meeting of {} with {} volunteers and {} associations recorded",
					meeting.getHeldOn(), people.size(), orgs.size());
		});
	}

}
