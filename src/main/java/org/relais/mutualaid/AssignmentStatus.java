package org.relais.mutualaid;

/**
 * One volunteer's part in an action request. Labels: {@code mutualaid.assignment.status.<NAME>}. {@code OFFERED}
 * when notified; {@code ACCEPTED}; {@code DECLINED} by the volunteer before accepting; {@code WITHDRAWN} when the
 * offer closed (others accepted, delay over, request cancelled); {@code CANCELLED} by the volunteer after accepting
 * (with a reason); {@code DONE} when reported.
 */
public enum AssignmentStatus {

	OFFERED, ACCEPTED, DECLINED, WITHDRAWN, CANCELLED, DONE

}
