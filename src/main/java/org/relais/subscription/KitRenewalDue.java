package org.relais.subscription;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Three months passed since the territory's flyers were last renewed (or since its communication kit was set up):
 * the notification module reminds these users (its coordinators, else its admins) by mail in their language and in
 * their inbox, linking to the kit page.
 *
 * @param reminderId identifies this reminder: mails and notifications derive their ids from it
 * @param since the last renewal date, or null when the flyers were never renewed since the kit was set up
 * @param link the absolute address of the kit page
 */
public record KitRenewalDue(UUID reminderId, UUID territoryId, String territoryName, LocalDate since,
		List<UUID> recipients, String link) {

	public KitRenewalDue {
		recipients = List.copyOf(recipients);
	}

}
