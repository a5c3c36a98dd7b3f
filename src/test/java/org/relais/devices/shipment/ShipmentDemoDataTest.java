package org.relais.devices.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Zürich demo shipments: a batch shipped two weeks ago (one parcel received, one on its way; a request handed
 * over, one received, one shipped) and a batch proposed for the next cut-off with two allocated orders; running the
 * demo again adds nothing.
 */
@SpringBootTest
class ShipmentDemoDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ShipmentDemoData demo;

	private List<String> requestStatuses(String batchStatus) {
		return jdbc.queryForList("select r.status from dev_request r join dev_order o on o.request_id = r.id"
				+ " join dev_shipment_batch b on b.id = o.batch_id where r.reference like 'ZH-GS-V%' and b.status = ?"
				+ " order by r.reference", String.class, batchStatus);
	}

	@Test
	void theDemoHasAShippedAndAProposedBatchAndRunsOnce() throws Exception {
		assertThat(requestStatuses("SHIPPED")).containsExactly("HANDED_OVER", "RECEIVED", "SHIPPED");
		assertThat(requestStatuses("PROPOSED")).containsExactly("ALLOCATED", "ALLOCATED");
		assertThat(jdbc.queryForList("select p.status from dev_shipment_parcel p join dev_shipment_batch b"
				+ " on b.id = p.batch_id join dev_shipment_item i on i.parcel_id = p.id join dev_device d"
				+ " on d.id = i.device_id where d.serial_number like 'DEMO-SHIP-%' and b.status = 'SHIPPED'"
				+ " order by p.status", String.class)).containsExactly("RECEIVED", "RECEIVED", "SHIPPED");
		assertThat(jdbc.queryForList("select state from dev_device where serial_number like 'DEMO-SHIP-%'"
				+ " order by serial_number", String.class)).containsExactly("HANDED_OVER", "DELIVERED_TO_PARTNER",
						"SHIPPED", "RESERVED", "RESERVED", "READY", "READY", "READY");
		int devices = jdbc.queryForObject("select count(*) from dev_device", Integer.class);
		demo.run(null);
		assertThat(jdbc.queryForObject("select count(*) from dev_device", Integer.class)).isEqualTo(devices);
	}

}
