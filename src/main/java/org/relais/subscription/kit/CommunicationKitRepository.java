package org.relais.subscription.kit;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommunicationKitRepository extends JpaRepository<CommunicationKit, UUID> {

}
