package org.relais.directory;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.Service;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the {@link DirectoryCatalog} which territories' directories changed, once the change is committed:
 * Hibernate reports every written service, location and organisation (their collections too), whatever wrote it
 * (partner pages, imports, freshness confirmations, the one-click saturation).
 */
@Component
class DirectoryChangeListener implements SmartInitializingSingleton, PostInsertEventListener, PostUpdateEventListener,
		PostDeleteEventListener, PostCollectionRecreateEventListener, PostCollectionUpdateEventListener,
		PostCollectionRemoveEventListener {

	/** The territories changed in the current transaction (a transaction resource). */
	private static final Object PENDING = new Object();

	private final EntityManagerFactory emf;

	private final DirectoryCatalog catalog;

	DirectoryChangeListener(EntityManagerFactory emf, DirectoryCatalog catalog) {
		this.emf = emf;
		this.catalog = catalog;
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getEntity());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getEntity());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getEntity());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		changed(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		changed(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		changed(event);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void changed(AbstractCollectionEvent event) {
		changed(event.getAffectedOwnerOrNull());
	}

	private void changed(Object entity) {
		UUID territory = entity instanceof Service s ? s.getTerritoryId()
				: entity instanceof Location l ? l.getTerritoryId()
						: entity instanceof Organisation o ? o.getTerritoryId() : null;
		if (territory == null) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			catalog.changed(territory);
			return;
		}
		@SuppressWarnings("unchecked")
		Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(PENDING);
		if (pending == null) {
			Set<UUID> territories = new HashSet<>();
			TransactionSynchronizationManager.bindResource(PENDING, territories);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
					if (status == STATUS_COMMITTED) {
						territories.forEach(catalog::changed);
					}
				}
			});
			pending = territories;
		}
		pending.add(territory);
	}

}
