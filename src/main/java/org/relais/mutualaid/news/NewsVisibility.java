package org.relais.mutualaid.news;

/** Who reads an association's news item: everybody (the territory's public page) or the territory's members. */
public enum NewsVisibility {

	PUBLIC, PARTNERS

}
