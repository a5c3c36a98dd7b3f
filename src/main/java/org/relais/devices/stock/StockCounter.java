package org.relais.devices.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number given in a series of asset tags, donation references or certificate numbers. */
@Entity
@Table(name = "dev_sequence")
class StockCounter {

	@Id
	@Column(length = 40)
	private String name;

	@Column(name = "last_value", nullable = false)
	private int lastValue;

	protected StockCounter() {
	}

	StockCounter(String name) {
		this.name = name;
	}

	int next() {
		return ++lastValue;
	}

}
