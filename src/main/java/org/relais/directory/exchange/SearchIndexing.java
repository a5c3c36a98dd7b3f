package org.relais.directory.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.relais.directory.domain.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index during a bulk import. Services created or changed in a chunk are indexed from the entities
 * already in memory when the chunk commits, without waiting for the index (the index writes overlap the next
 * chunk), and the import waits for them at its end. Services changed only through their places or organisation
 * are indexed afterwards in batches (a mass indexing of the territory when they are many). A dry run switches
 * indexing off. Does nothing while services are not indexed.
 */
@Component
class SearchIndexing {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

	/** Beyond this many services, the territory's services are mass-indexed instead of one by one. */
	static final int MASS_THRESHOLD = 2_000;

	private final EntityManagerFactory emf;

	private final EntityManager em;

	private final TransactionTemplate tx;

	SearchIndexing(EntityManagerFactory emf, EntityManager em, PlatformTransactionManager transactions) {
		this.emf = emf;
		this.em = em;
		this.tx = new TransactionTemplate(transactions);
	}

	private boolean servicesIndexed() {
		try {
			return Search.mapping(emf).allIndexedEntities().stream().anyMatch(e -> e.javaClass() == Service.class);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Switches automatic indexing off for the current transaction's session. */
	void pause() {
		if (servicesIndexed()) {
			Search.session(em).indexingPlanFilter(ctx -> ctx.exclude(Service.class));
		}
	}

	/**
	 * Indexes the services of the current transaction when it commits, without waiting for the index: an import
	 * calls {@link #awaitPending()} at its end.
	 */
	void inSession() {
		if (servicesIndexed()) {
			Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
		}
	}

	/** Waits until the index writes submitted so far are done and committed. */
	void awaitPending() {
		if (servicesIndexed()) {
			Search.mapping(emf).scope(Service.class).workspace().flush();
		}
	}

	/** Indexes services written by an import that their own transaction did not index. */
	void reindex(UUID territoryId, Collection<UUID> serviceIds) {
		if (serviceIds.isEmpty() || !servicesIndexed()) {
			return;
		}
		if (serviceIds.size() > MASS_THRESHOLD) {
			try {
				org.hibernate.search.mapper.orm.massindexing.MassIndexer indexer = Search.mapping(emf)
					.scope(Service.class)
					.massIndexer();
				indexer.type(Service.class).reindexOnly("e.territoryId = :territory").param("territory", territoryId);
				indexer.startAndWait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return;
		}
		List<UUID> ids = new ArrayList<>(serviceIds);
		for (int i = 0; i < ids.size(); i += DirectoryImporter.CHUNK) {
			List<UUID> batch = ids.subList(i, Math.min(ids.size(), i + DirectoryImporter.CHUNK));
			tx.executeWithoutResult(s -> {
				SearchSession search = Search.session(em);
				for (Service service : em.createQuery("select s from Service s where s.id in :ids", Service.class)
					.setParameter("ids", batch)
					.getResultList()) {
					search.indexingPlan().addOrUpdate(service);
				}
			});
		}
		log.debug("Indexed {} imported services", ids.size());
	}

}
