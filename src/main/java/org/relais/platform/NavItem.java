package org.relais.platform;

/** An entry of the main navigation: a message key, a link, and a rank (lower comes first). */
public record NavItem(String labelKey, String href, int rank) {
}
