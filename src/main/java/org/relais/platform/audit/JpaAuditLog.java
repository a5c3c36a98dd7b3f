package org.relais.platform.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditEntry;
import org.relais.platform.AuditLog;
import org.relais.platform.ClientIp;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit entries in their own transaction, so that a failed login is recorded even though it rolls back. */
@Service
class JpaAuditLog implements AuditLog {

	private static final Logger log = LoggerFactory.getLogger("org.relais.audit");

	private final AuditEventRepository events;

	private final Clock clock;

	JpaAuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditAction action, String target, String detail) {
		RelaisPrincipal user = CurrentUser.get().orElse(null);
		UUID territory = user != null ? user.currentTerritoryId() : null;
		write(action, territory == null ? List.of() : List.of(territory), user, user != null ? user.email() : null,
				target, detail);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditAction action, Collection<UUID> territoryIds, String actorEmail, String target,
			String detail) {
		write(action, territoryIds, CurrentUser.get().orElse(null), actorEmail, target, detail);
	}

	private void write(AuditAction action, Collection<UUID> territoryIds, RelaisPrincipal user, String actorEmail,
			String target, String detail) {
		String ip = ClientIp.current();
		UUID actorId = user != null ? user.userId() : null;
		String email = actorEmail != null ? actorEmail : (user != null ? user.email() : null);
		var now = clock.instant();
		if (territoryIds.isEmpty()) {
			events.save(new AuditEvent(now, null, actorId, email, action, target, detail, ip));
		}
		for (UUID t : territoryIds) {
			events.save(new AuditEvent(now, t, actorId, email, action, target, detail, ip));
		}
		log.info("audit {} actor={} target={} ip={}", action, email, target, ip);
	}

	@Transactional(readOnly = true)
	Page<AuditEntry> forTerritory(UUID territoryId, Pageable page) {
		return events.findByTerritoryIdOrderByOccurredAtDesc(territoryId, page).map(AuditEvent::toEntry);
	}

	@Transactional(readOnly = true)
	Page<AuditEntry> instanceWide(Pageable page) {
		return events.findByTerritoryIdIsNullOrderByOccurredAtDesc(page).map(AuditEvent::toEntry);
	}

}
