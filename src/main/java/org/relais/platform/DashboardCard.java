package org.relais.platform;

import java.util.List;

/**
 * A card on a user's home page. Modules contribute cards through {@link DashboardContributor}; the text is
 * given as message keys so that the card speaks the reader's language.
 *
 * @param titleKey message key of the title
 * @param bodyKey message key of the text
 * @param bodyArgs arguments of the text
 * @param href where the card's link goes, or null
 * @param linkKey message key of the link label, or null
 */
public record DashboardCard(String titleKey, String bodyKey, List<Object> bodyArgs, String href, String linkKey) {
}
