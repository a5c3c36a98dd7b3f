package org.relais.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, lets the JDBC driver send a batch of inserts as multi-row statements
 * ({@code reWriteBatchedInserts}): bulk writes such as directory imports then cost one round trip per batch
 * instead of one per row. An operator's own setting in {@code RELAIS_DB_URL} wins. Other databases are left alone.
 */
@Component
class PostgresBatching implements BeanPostProcessor {

	static final String PROPERTY = "reWriteBatchedInserts";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource ds && applies(ds.getJdbcUrl())
				&& !ds.getDataSourceProperties().containsKey(PROPERTY)) {
			ds.addDataSourceProperty(PROPERTY, "true");
		}
		return bean;
	}

	static boolean applies(String jdbcUrl) {
		return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.contains(PROPERTY);
	}

}
