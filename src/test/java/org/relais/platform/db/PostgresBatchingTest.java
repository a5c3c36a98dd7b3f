package org.relais.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresBatchingTest {

	private final PostgresBatching batching = new PostgresBatching();

	private HikariDataSource pool(String url) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(url);
		batching.postProcessBeforeInitialization(ds, "dataSource");
		return ds;
	}

	@Test
	void postgresqlSendsBatchesAsMultiRowInserts() {
		try (HikariDataSource ds = pool("jdbc:postgresql://localhost:5432/relais")) {
			assertThat(ds.getDataSourceProperties()).containsEntry(PostgresBatching.PROPERTY, "true");
		}
	}

	@Test
	void theOperatorsOwnSettingAndOtherDatabasesAreLeftAlone() {
		try (HikariDataSource ds = pool("jdbc:postgresql://db/relais?reWriteBatchedInserts=false")) {
			assertThat(ds.getDataSourceProperties()).doesNotContainKey(PostgresBatching.PROPERTY);
		}
		try (HikariDataSource ds = pool("jdbc:h2:file:./data/db/relais")) {
			assertThat(ds.getDataSourceProperties()).doesNotContainKey(PostgresBatching.PROPERTY);
		}
	}

}
