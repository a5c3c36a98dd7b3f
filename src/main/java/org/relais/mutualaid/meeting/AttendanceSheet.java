package org.relais.mutualaid.meeting;

import java.util.List;
import java.util.UUID;

/**
 * The attendance of a meeting: one line per active volunteer (and per volunteer recorded before) and per active
 * association (and per association recorded before), with what was recorded, and the counts.
 */
public record AttendanceSheet(VolunteerMeeting meeting, List<Line> volunteers, List<Line> associations) {

	/** A person or an association, and their presence (null when not recorded yet). */
	public record Line(UUID id, String name, Presence presence) {
	}

	public long count(List<Line> lines, Presence presence) {
		return lines.stream().filter(l -> l.presence() == presence).count();
	}

	public long unrecorded(List<Line> lines) {
		return lines.stream().filter(l -> l.presence() == null).count();
	}

}
