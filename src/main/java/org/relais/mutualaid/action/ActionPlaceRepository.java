package org.relais.mutualaid.action;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionPlaceRepository extends JpaRepository<ActionPlace, UUID> {

}
