package org.relais.territory;

/** Official geography levels. Labels: {@code territory.areaKind.<NAME>}. */
public enum AreaKind {

	COMMUNE, INTERCOMMUNALITY, DEPARTEMENT, CANTON, DISTRICT, REGION, COUNTRY

}
