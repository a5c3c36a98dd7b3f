package org.relais.directory.search;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.relais.directory.domain.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's search index: built at start when it is empty (first start, a new node, tests), rebuilt on
 * demand, and kept up to date by Hibernate Search when services change. Changes of an organisation or a location
 * reindex their services through {@link #reindexServicesOf}.
 */
@Component
public class DirectoryIndex {

	private static final Logger log = LoggerFactory.getLogger(DirectoryIndex.class);

	@PersistenceContext
	private EntityManager em;

	@EventListener(ApplicationReadyEvent.class)
	@Transactional(readOnly = true)
	public void buildWhenEmpty() {
		SearchSession session = Search.session(em);
		long indexed = session.search(Service.class).where(f -> f.matchAll()).fetchTotalHitCount();
		long stored = em.createQuery("select count(s) from Service s", Long.class).getSingleResult();
		if (indexed == 0 && stored > 0) {
			log.info("Directory index is empty: indexing {} services", stored);
			reindex();
		}
	}

	/** Rebuilds the whole index (blocking). */
	public void reindex() {
		try {
			long start = System.nanoTime();
			Search.session(em).massIndexer(Service.class).threadsToLoadObjects(2).startAndWait();
			log.info("Directory index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Reindexes the services of an organisation (after its name or status changed), in the current transaction. */
	@Transactional
	public void reindexServicesOfOrganisation(UUID organisationId) {
		reindex(em.createQuery("select s from Service s where s.organisation.id = :id", Service.class)
			.setParameter("id", organisationId)
			.getResultList());
	}

	/** Reindexes the services delivered at a location (after its address, coordinates or hours changed). */
	@Transactional
	public void reindexServicesOf(UUID locationId) {
		reindex(em.createQuery("select s from Service s join s.locations l where l.id = :id", Service.class)
			.setParameter("id", locationId)
			.getResultList());
	}

	private void reindex(List<Service> services) {
		SearchSession session = Search.session(em);
		services.forEach(s -> session.indexingPlan().addOrUpdate(s));
	}

}
