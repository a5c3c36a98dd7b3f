package org.relais.platform;

import java.util.Collection;
import java.util.UUID;

/**
 * The audit log of security and administration events: who (taken from the current request's user), what,
 * when, from which IP. Each entry is filed under the territories whose administrators may read it.
 */
public interface AuditLog {

	/** Records an event in the current user's territory. */
	void record(AuditAction action, String target, String detail);

	/** Records an event for given territories (empty: instance-wide, seen by platform admins only). */
	void record(AuditAction action, Collection<UUID> territoryIds, String actorEmail, String target, String detail);

}
