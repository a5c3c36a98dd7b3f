package org.relais.territory;

/** The scale of a territory. Labels: {@code territory.kind.<NAME>}. */
public enum TerritoryKind {

	COMMUNE, INTERCOMMUNALITY, DEPARTEMENT, CANTON, DISTRICT, REGION, COUNTRY, PROGRAMME

}
