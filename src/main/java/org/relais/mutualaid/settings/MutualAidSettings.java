package org.relais.mutualaid.settings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How a territory runs mutual aid: home visits in pairs by default, how many volunteers are notified at once, how
 * long they have to accept before the request goes back to the desk, the volunteer meetings' interval (3 to 6
 * months), and whether wellbeing concerns also go to the medico-social partner following the person.
 */
@Entity
@Table(name = "ma_settings")
public class MutualAidSettings {

	public static final int MIN_TOP_N = 1;

	public static final int MAX_TOP_N = 50;

	public static final int MIN_DELAY_HOURS = 1;

	public static final int MAX_DELAY_HOURS = 24 * 14;

	public static final int MIN_MEETING_MONTHS = 3;

	public static final int MAX_MEETING_MONTHS = 6;

	@Id
	@Column(name = "territory_id")
	private UUID territoryId;

	@Column(name = "two_person_home_visits", nullable = false)
	private boolean twoPersonHomeVisits;

	@Column(name = "dispatch_top_n", nullable = false)
	private int dispatchTopN;

	@Column(name = "acceptance_delay_hours", nullable = false)
	private int acceptanceDelayHours;

	@Column(name = "meeting_interval_months", nullable = false)
	private int meetingIntervalMonths;

	@Column(name = "concerns_to_partner", nullable = false)
	private boolean concernsToPartner;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private UUID updatedBy;

	@Version
	private long version;

	protected MutualAidSettings() {
	}

	/** The defaults: no pairs, 5 volunteers notified, 48 hours to accept, a meeting every 3 months. */
	public MutualAidSettings(UUID territoryId, Instant now) {
		this.territoryId = territoryId;
		this.twoPersonHomeVisits = false;
		this.dispatchTopN = 5;
		this.acceptanceDelayHours = 48;
		this.meetingIntervalMonths = 3;
		this.concernsToPartner = false;
		this.updatedAt = now;
	}

	public void change(boolean twoPersonHomeVisits, int dispatchTopN, int acceptanceDelayHours,
			int meetingIntervalMonths, boolean concernsToPartner, UUID by, Instant now) {
		this.twoPersonHomeVisits = twoPersonHomeVisits;
		this.dispatchTopN = dispatchTopN;
		this.acceptanceDelayHours = acceptanceDelayHours;
		this.meetingIntervalMonths = meetingIntervalMonths;
		this.concernsToPartner = concernsToPartner;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public boolean isTwoPersonHomeVisits() {
		return twoPersonHomeVisits;
	}

	public int getDispatchTopN() {
		return dispatchTopN;
	}

	public int getAcceptanceDelayHours() {
		return acceptanceDelayHours;
	}

	public int getMeetingIntervalMonths() {
		return meetingIntervalMonths;
	}

	public boolean isConcernsToPartner() {
		return concernsToPartner;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
