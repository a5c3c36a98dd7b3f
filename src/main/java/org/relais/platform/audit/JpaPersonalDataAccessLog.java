package org.relais.platform.audit;

import java.time.Clock;
import java.util.UUID;

import org.relais.platform.ClientIp;
import org.relais.platform.CurrentUser;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaPersonalDataAccessLog implements PersonalDataAccessLog {

	private final PersonalDataAccessRepository reads;

	private final Clock clock;

	JpaPersonalDataAccessLog(PersonalDataAccessRepository reads, Clock clock) {
		this.reads = reads;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRead(String subjectType, UUID subjectId, String what) {
		RelaisPrincipal user = CurrentUser.require();
		reads.save(new PersonalDataAccess(clock.instant(), user.currentTerritoryId(), user.userId(), user.email(),
				subjectType, subjectId, what, ClientIp.current()));
	}

}
