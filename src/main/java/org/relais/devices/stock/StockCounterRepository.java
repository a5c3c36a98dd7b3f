package org.relais.devices.stock;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StockCounterRepository extends JpaRepository<StockCounter, String> {

	/** The counter, its row locked until the end of the transaction. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from StockCounter c where c.name = ?1")
	Optional<StockCounter> lock(String name);

}
