package org.relais.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.LocationRepository;
import org.relais.directory.domain.MemberRole;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a partner changes reaches the directory at once: the professional and public searches (through the search
 * index: the "not full" filter, the saturation facet, the text, the organisation's name, the location's place),
 * the public service page and the field history.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerChangeReachesDirectoryTest {

	static final String PUBLIC = "/t/metropole-de-lyon/directory";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	OrganisationMemberRepository members;

	@Autowired
	ServiceRepository services;

	@Autowired
	LocationRepository locations;

	@Autowired
	PlatformTransactionManager txManager;

	RelaisPrincipal partner;

	RelaisPrincipal agent;

	String tag;

	String serviceName;

	UUID organisationId;

	UUID serviceId;

	@BeforeEach
	void data() {
		partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		tag = "pz" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
		serviceName = "Vestiaire solidaire " + tag;
		TransactionTemplate tx = new TransactionTemplate(txManager);
		organisationId = tx.execute(x -> {
			Organisation o = new Organisation(null, lyon, LocalizedText.of("fr", "Entraide du quartier " + tag),
					Instant.now());
			o.setStatus(OrganisationStatus.ACTIVE);
			return organisations.save(o).getId();
		});
		tx.executeWithoutResult(x -> members.save(new OrganisationMember(organisationId, partner.userId(),
				MemberRole.ADMIN, MemberStatus.ACTIVE, Instant.now())));
		serviceId = tx.execute(x -> {
			Service s = new Service(null, organisations.findById(organisationId).orElseThrow(),
					LocalizedText.of("fr", serviceName), Instant.now());
			s.setStatus(ServiceStatus.PUBLISHED, null);
			s.setNeeds(java.util.Set.of("equipement-et-alimentation--habillement"));
			return services.save(s).getId();
		});
	}

	String body(RequestBuilder request) throws Exception {
		MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
		assertThat(r.getStatus()).as("status").isEqualTo(200);
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	String proSearch(String query) throws Exception {
		return body(get("/directory?" + query).with(user(agent)).header("Accept-Language", "fr"));
	}

	String publicSearch(String query) throws Exception {
		return body(get(PUBLIC + "?" + query).header("Accept-Language", "fr"));
	}

	@Test
	void theDemoPartnerKeepsTheSolidarityGroceryOfTheDemoData() throws Exception {
		String dashboard = body(get("/partner").with(user(partner)).header("Accept-Language", "fr"));
		assertThat(dashboard).contains("Les Paniers du Rhône", "Épicerie solidaire", "Vestiaire solidaire");
	}

	@Test
	void aServiceSetFullByItsPartnerShowsFullInSearchOnThePublicPageAndInItsHistory() throws Exception {
		assertThat(proSearch("q=" + tag + "&notFull=true")).contains(serviceName);
		assertThat(publicSearch("q=" + tag + "&notFull=true")).contains(serviceName);

		String summaryTag = "qy" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
		MockHttpServletResponse saved = mvc.perform(post("/partner/services/{id}", serviceId)
			.param("nameFr", serviceName)
			.param("summaryFr", "Vêtements pour toute la famille " + summaryTag)
			.param("needs", "equipement-et-alimentation--habillement")
			.param("status", "PUBLISHED")
			.param("saturation", "FULL")
			.param("verificationMonths", "6")
			.with(user(partner))
			.with(csrf())).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);

		// the search index has the change: "not full" leaves it out, the facet counts it full
		assertThat(proSearch("q=" + tag + "&notFull=true")).doesNotContain(serviceName);
		assertThat(publicSearch("q=" + tag + "&notFull=true")).doesNotContain(serviceName);
		String all = proSearch("q=" + tag);
		assertThat(all).contains(serviceName, "Complet (1)");
		assertThat(publicSearch("q=" + tag)).contains(serviceName, "Complet");
		assertThat(proSearch("q=" + summaryTag)).contains(serviceName);

		// the public page
		String page = body(get(PUBLIC + "/services/{id}", serviceId).header("Accept-Language", "fr"));
		assertThat(page).contains(serviceName, "Complet", "Vêtements pour toute la famille " + summaryTag);

		// the history
		String history = body(get("/partner/services/{id}/history", serviceId).with(user(partner))
			.header("Accept-Language", "fr"));
		assertThat(history).contains("Saturation", "AVAILABLE", "FULL", "Résumé",
				"Vêtements pour toute la famille " + summaryTag, partner.displayName());
	}

	@Test
	void theOneClickSaturationReachesTheSearchToo() throws Exception {
		mvc.perform(post("/partner/services/{id}/saturation", serviceId).param("level", "FULL")
			.with(user(partner))
			.with(csrf()));
		assertThat(proSearch("q=" + tag + "&notFull=true")).doesNotContain(serviceName);
		mvc.perform(post("/partner/services/{id}/saturation", serviceId).param("level", "LIMITED")
			.with(user(partner))
			.with(csrf()));
		assertThat(proSearch("q=" + tag + "&notFull=true")).contains(serviceName, "Places limitées (1)");
	}

	@Test
	void renamingTheOrganisationReindexesItsServices() throws Exception {
		String orgTag = "ox" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
		assertThat(proSearch("q=" + orgTag)).doesNotContain(serviceName);
		MockHttpServletResponse r = mvc.perform(post("/partner/organisations/{id}", organisationId)
			.param("nameFr", "Entraide " + orgTag)
			.param("kind", "ASSOCIATION")
			.with(user(partner))
			.with(csrf())).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(302);
		assertThat(proSearch("q=" + orgTag)).contains(serviceName);
	}

	@Test
	void movingALocationReindexesTheServicesDeliveredThere() throws Exception {
		MockHttpServletResponse created = mvc.perform(post("/partner/locations/new")
			.param("organisation", organisationId.toString())
			.param("name", "Local " + tag)
			.param("address", "3 place Bellecour")
			.param("postalCode", "69002")
			.param("city", "Lyon")
			.param("latitude", "45.7578")
			.param("longitude", "4.8320")
			.with(user(partner))
			.with(csrf())).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		UUID locationId = locations.findByOrganisationId(organisationId).get(0).getId();
		String nearBellecour = "q=" + tag + "&near=45.7578,4.8320&radius=2";
		assertThat(proSearch(nearBellecour)).doesNotContain(serviceName);

		// the partner delivers the service there
		assertThat(mvc.perform(post("/partner/services/{id}", serviceId)
			.param("nameFr", serviceName)
			.param("status", "PUBLISHED")
			.param("saturation", "AVAILABLE")
			.param("verificationMonths", "6")
			.param("locations", locationId.toString())
			.with(user(partner))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(proSearch(nearBellecour)).contains(serviceName);

		// then the place moves to Villeurbanne, 5 km away
		assertThat(mvc.perform(post("/partner/locations/{id}", locationId)
			.param("name", "Local " + tag)
			.param("address", "1 place Lazare-Goujon")
			.param("postalCode", "69100")
			.param("city", "Villeurbanne")
			.param("latitude", "45.7665")
			.param("longitude", "4.8795")
			.with(user(partner))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(proSearch(nearBellecour)).doesNotContain(serviceName);
		assertThat(proSearch("q=" + tag + "&near=45.7665,4.8795&radius=2")).contains(serviceName);
	}

}
