package org.relais.people.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.people.DemoPeople;
import org.relais.people.People;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PeopleDemoDataTest {

	@Autowired
	PeopleDemoData demo;

	@Autowired
	People people;

	@Autowired
	TerritoryCatalog territories;

	@Test
	void theDemoPeopleAreThereOnceInTheirTerritory() {
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		UUID zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		assertThat(PeopleDemoData.names(PeopleDemoData.LYON)).isEqualTo(DemoPeople.LYON);
		assertThat(PeopleDemoData.names(PeopleDemoData.ZURICH)).isEqualTo(DemoPeople.ZURICH);
		for (String name : DemoPeople.LYON) {
			assertThat(people.search(lyon, name, 5)).as(name).hasSize(1);
			assertThat(people.search(zurich, name, 5)).as(name).isEmpty();
		}
		for (String name : DemoPeople.ZURICH) {
			assertThat(people.search(zurich, name, 5)).as(name).hasSize(1);
		}
		assertThat(demo.load()).as("a second run adds nobody").isZero();
	}

}
