package org.relais.mutualaid.carpool;

import org.relais.people.BeneficiaryAnonymised;
import org.relais.people.BeneficiaryErased;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A person anonymised or erased in the people module: their seat requests go. */
@Component
class CarpoolPeopleListener {

	private final Carpools carpools;

	CarpoolPeopleListener(Carpools carpools) {
		this.carpools = carpools;
	}

	@ApplicationModuleListener
	void on(BeneficiaryAnonymised event) {
		carpools.forgetPerson(event.beneficiaryId());
	}

	@ApplicationModuleListener
	void on(BeneficiaryErased event) {
		carpools.forgetPerson(event.beneficiaryId());
	}

}
