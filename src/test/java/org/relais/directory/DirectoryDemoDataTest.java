package org.relais.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.Taxonomy;
import org.relais.platform.AccountDirectory;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class DirectoryDemoDataTest {

	@Autowired
	ServiceRepository services;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	OrganisationMemberRepository members;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	ApplicationContext context;

	private List<Service> demo() {
		return services.findAll().stream().filter(s -> "relais-demo".equals(s.getSource())).toList();
	}

	@Test
	void theDemoDirectoryCoversEveryNeedCategoryInBothTerritories() {
		List<Service> demo = demo();
		assertThat(demo).hasSizeGreaterThanOrEqualTo(60);
		assertThat(organisations.findAll().stream().filter(o -> "relais-demo".equals(o.getSource())).count())
			.isGreaterThanOrEqualTo(25);
		Set<String> covered = demo.stream()
			.filter(s -> s.getStatus() == ServiceStatus.PUBLISHED)
			.flatMap(s -> s.getNeeds().stream())
			.map(taxonomy::categoryOf)
			.collect(Collectors.toSet());
		assertThat(covered).containsAll(taxonomy.needCategories().stream().map(Taxonomy.Category::code).toList());
		var zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		assertThat(demo.stream().filter(s -> s.getTerritoryId().equals(zurich)))
			.hasSizeGreaterThanOrEqualTo(20)
			.allMatch(s -> s.getName().exactly("de") != null);
	}

	@Test
	void someServicesAreFullStaleClosedOrInDraft() {
		List<Service> demo = demo();
		Instant now = Instant.now();
		assertThat(demo.stream().filter(s -> s.getSaturation().level() == SaturationLevel.FULL).count()).isGreaterThanOrEqualTo(5);
		assertThat(demo.stream().filter(s -> s.isStale(now)).count()).isBetween(6L, 12L);
		assertThat(demo.stream().filter(s -> s.getStatus() == ServiceStatus.TEMPORARILY_CLOSED).count()).isEqualTo(3);
		assertThat(demo.stream().filter(s -> s.getStatus() == ServiceStatus.DRAFT).count()).isEqualTo(2);
		assertThat(demo.stream().filter(s -> s.getStatus() == ServiceStatus.ARCHIVED).count()).isEqualTo(1);
	}

	@Test
	void theDemoPartnerRunsAnOrganisationAndLoadingTwiceDuplicatesNothing() throws Exception {
		var partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		assertThat(members.findByUserIdAndStatus(partner.userId(), MemberStatus.ACTIVE)).hasSize(1);
		long before = services.count();
		ApplicationRunner loader = (ApplicationRunner) context.getBean("directoryDemoData");
		ApplicationArguments none = new DefaultApplicationArguments();
		loader.run(none);
		assertThat(services.count()).isEqualTo(before);
	}

}
