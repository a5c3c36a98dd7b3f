package org.relais.subscription.billing;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionSettingsRepository extends JpaRepository<SubscriptionSettings, Integer> {

}
