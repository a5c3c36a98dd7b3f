package org.relais.mutualaid.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.directory.PartnerOrganisations;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.news.AssociationNewsRepository;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The association's space and news: the demo association's admin (partner@demo.relais, Les Paniers du Rhône) sets
 * its action types, vouches for a member who is a volunteer, writes news read on the territory's public page (or by
 * its members only); anybody else gets a 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssociationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	AssociationProfileRepository profiles;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	AssociationNewsRepository news;

	@Autowired
	DirectoryCatalog directory;

	@Autowired
	PartnerOrganisations partnerOrganisations;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theAssociationSetsItsActionTypes() throws Exception {
		TestAccounts accounts = new TestAccounts(context);
		RelaisPrincipal partner = accounts.principal("partner@demo.relais");
		UUID paniers = org(accounts.lyon(), "Les Paniers du Rhône");
		mvc.perform(get("/partner/mutualaid/association").with(user(partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Les Paniers du Rhône")));
		mvc.perform(post("/partner/mutualaid/association").param("org", paniers.toString()).param("active", "true")
			.param("actionTypes", "SHOPPING", "ERRANDS").with(user(partner)).with(csrf()))
			.andExpect(redirectedUrl("/partner/mutualaid/association?org=" + paniers));
		AssociationProfile profile = profiles.findById(paniers).orElseThrow();
		assertThat(profile.isActive()).isTrue();
		assertThat(profile.getActionTypes()).containsExactlyInAnyOrder(ActionType.SHOPPING, ActionType.ERRANDS);
		// taking part without any action type: refused, nothing changed
		mvc.perform(post("/partner/mutualaid/association").param("org", paniers.toString()).param("active", "true")
			.with(user(partner)).with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString(text("mutualaid.association.error.types"))));
		assertThat(profiles.findById(paniers).orElseThrow().getActionTypes()).hasSize(2);
		// another association of the territory that is not the partner's
		mvc.perform(get("/partner/mutualaid/association").param("org", org(accounts.lyon(), "Toit Partagé").toString())
			.with(user(partner))).andExpect(status().isNotFound());
	}

	@Test
	void aNonAssociationPartnerAndAnAgentGetA404() throws Exception {
		TestAccounts accounts = new TestAccounts(context);
		for (String email : new String[] { "care@demo.relais", "agent@demo.relais" }) {
			RelaisPrincipal p = accounts.principal(email);
			mvc.perform(get("/partner/mutualaid/association").with(user(p))).andExpect(status().isNotFound());
			mvc.perform(get("/partner/mutualaid/news").with(user(p))).andExpect(status().isNotFound());
			mvc.perform(get("/partner/mutualaid/news/new").with(user(p))).andExpect(status().isNotFound());
		}
	}

	@Test
	void theAssociationVouchesForAMemberAndCannotForOneVouchedElsewhere() throws Exception {
		TestAccounts accounts = new TestAccounts(context);
		UUID lyon = accounts.lyon();
		RelaisPrincipal partner = accounts.principal("partner@demo.relais");
		UUID paniers = org(lyon, "Les Paniers du Rhône");
		UUID voisins = org(lyon, "Voisins solidaires de Bron");
		Volunteer member = memberVolunteer(accounts, lyon, paniers, null);
		Volunteer elsewhere = memberVolunteer(accounts, lyon, paniers, voisins);
		String page = mvc.perform(get("/partner/mutualaid/association").param("org", paniers.toString())
			.with(user(partner))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(member.displayName()).contains(elsewhere.displayName());
		mvc.perform(vouch(partner, paniers, member.getId(), "vouch"))
			.andExpect(redirectedUrl("/partner/mutualaid/association?org=" + paniers));
		assertThat(volunteers.findById(member.getId()).orElseThrow().getVouchingOrganisationId()).isEqualTo(paniers);
		mvc.perform(get("/partner/mutualaid/association").param("org", paniers.toString()).with(user(partner)))
			.andExpect(content().string(containsString(text("mutualaid.association.vouchedBy", "Les Paniers du Rhône"))));
		mvc.perform(vouch(partner, paniers, elsewhere.getId(), "vouch"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString(
					text("mutualaid.association.error.vouchedElsewhere", elsewhere.displayName()))));
		assertThat(volunteers.findById(elsewhere.getId()).orElseThrow().getVouchingOrganisationId())
			.isEqualTo(voisins);
		mvc.perform(vouch(partner, paniers, member.getId(), "withdraw"))
			.andExpect(redirectedUrl("/partner/mutualaid/association?org=" + paniers));
		assertThat(volunteers.findById(member.getId()).orElseThrow().getVouchingOrganisationId()).isNull();
		// a volunteer who is not a member
		Volunteer stranger = memberVolunteer(accounts, lyon, null, null);
		mvc.perform(vouch(partner, paniers, stranger.getId(), "vouch")).andExpect(status().is(422));
		assertThat(volunteers.findById(stranger.getId()).orElseThrow().getVouchingOrganisationId()).isNull();
	}

	@Test
	void newsArePublishedPubliclyOrForMembersAndBadInputIsRefused() throws Exception {
		TestAccounts accounts = new TestAccounts(context);
		UUID lyon = accounts.lyon();
		RelaisPrincipal partner = accounts.principal("partner@demo.relais");
		UUID paniers = org(lyon, "Les Paniers du Rhône");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(multipart("/partner/mutualaid/news/new").file(new MockMultipartFile("image", "panier.png",
				"image/png", png())).param("org", paniers.toString()).param("title", "Distribution " + tag)
			.param("body", "Jeudi, paniers de légumes.").param("visibility", "PUBLIC").with(user(partner)).with(csrf()))
			.andExpect(redirectedUrl("/partner/mutualaid/news"));
		mvc.perform(post("/partner/mutualaid/news/new").param("org", paniers.toString()).param("title", "Interne " + tag)
			.param("body", "Réunion des partenaires.").param("visibility", "PARTNERS").with(user(partner)).with(csrf()))
			.andExpect(redirectedUrl("/partner/mutualaid/news"));
		mvc.perform(get("/t/metropole-de-lyon/news"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Distribution " + tag)))
			.andExpect(content().string(not(containsString("Interne " + tag))));
		mvc.perform(get("/mutualaid/news").with(user(accounts.principal("agent@demo.relais"))))
			.andExpect(content().string(containsString("Interne " + tag)));
		UUID publicId = news.findByTerritoryIdAndOrganisationIdOrderByPublishedOnDescCreatedAtDesc(lyon, paniers)
			.stream().filter(n -> n.getTitle().equals("Distribution " + tag)).findFirst().orElseThrow().getId();
		UUID internalId = news.findByTerritoryIdAndOrganisationIdOrderByPublishedOnDescCreatedAtDesc(lyon, paniers)
			.stream().filter(n -> n.getTitle().equals("Interne " + tag)).findFirst().orElseThrow().getId();
		assertThat(news.findById(publicId).orElseThrow().getImageFileId()).isNotNull();
		mvc.perform(get("/t/metropole-de-lyon/news/{id}", publicId)).andExpect(status().isOk());
		mvc.perform(get("/t/metropole-de-lyon/news/{id}", internalId)).andExpect(status().isNotFound());
		mvc.perform(get("/t/kanton-zuerich/news/{id}", publicId)).andExpect(status().isNotFound());
		// a news item dated later is not shown yet
		mvc.perform(post("/partner/mutualaid/news/new").param("org", paniers.toString()).param("title", "Demain " + tag)
			.param("body", "Plus tard.").param("visibility", "PUBLIC")
			.param("publishedOn", LocalDate.now().plusDays(3).toString()).with(user(partner)).with(csrf()))
			.andExpect(redirectedUrl("/partner/mutualaid/news"));
		mvc.perform(get("/t/metropole-de-lyon/news")).andExpect(content().string(not(containsString("Demain " + tag))));

		long before = news.count();
		// an image that is not an image
		mvc.perform(multipart("/partner/mutualaid/news/new").file(new MockMultipartFile("image", "photo.png",
				"image/png", "%PDF-1.4 pas une image".getBytes())).param("org", paniers.toString())
			.param("title", "Mauvaise image").param("body", "Texte").param("visibility", "PUBLIC").with(user(partner))
			.with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		// a title too long, an empty text, a bad date, no visibility
		mvc.perform(post("/partner/mutualaid/news/new").param("org", paniers.toString()).param("title", "x".repeat(201))
			.param("body", "Texte").param("visibility", "PUBLIC").with(user(partner)).with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString(text("mutualaid.news.error.title", 200))));
		mvc.perform(post("/partner/mutualaid/news/new").param("org", paniers.toString()).param("title", "Titre")
			.param("body", " ").param("visibility", "PUBLIC").with(user(partner)).with(csrf()))
			.andExpect(status().is(422));
		mvc.perform(post("/partner/mutualaid/news/new").param("org", paniers.toString()).param("title", "Titre")
			.param("body", "Texte").param("publishedOn", "31/02").param("visibility", "PUBLIC").with(user(partner))
			.with(csrf()))
			.andExpect(status().is(422));
		mvc.perform(post("/partner/mutualaid/news/new").param("org", paniers.toString()).param("title", "Titre")
			.param("body", "Texte").param("visibility", "SECRET").with(user(partner)).with(csrf()))
			.andExpect(status().is(422));
		assertThat(news.count()).isEqualTo(before);

		// editing, then deleting; another association's member gets a 404
		mvc.perform(get("/partner/mutualaid/news/{id}", publicId).with(user(partner))).andExpect(status().isOk());
		mvc.perform(post("/partner/mutualaid/news/{id}", publicId).param("title", "Distribution changée " + tag)
			.param("body", "Vendredi.").param("visibility", "PUBLIC").with(user(partner)).with(csrf()))
			.andExpect(redirectedUrl("/partner/mutualaid/news"));
		assertThat(news.findById(publicId).orElseThrow().getTitle()).isEqualTo("Distribution changée " + tag);
		RelaisPrincipal otherMember = otherAssociationMember(accounts, lyon);
		mvc.perform(get("/partner/mutualaid/news/{id}", publicId).with(user(otherMember)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/partner/mutualaid/news/{id}/delete", publicId).with(user(otherMember)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/partner/mutualaid/news/{id}/delete", publicId).with(user(partner)).with(csrf()))
			.andExpect(redirectedUrl("/partner/mutualaid/news"));
		assertThat(news.findById(publicId)).isEmpty();
	}

	private RelaisPrincipal otherAssociationMember(TestAccounts accounts, UUID lyon) {
		String email = TestAccounts.uniqueEmail("toit");
		UUID user = accounts.createUser(email, "Membre Toit", lyon, Role.PARTNER);
		partnerOrganisations.addAdmin(org(lyon, "Toit Partagé"), user, null);
		return accounts.principal(email);
	}

	/** A volunteer with an account, member of the organisation (when given), vouched by another (when given). */
	private Volunteer memberVolunteer(TestAccounts accounts, UUID lyon, UUID memberOf, UUID vouchedBy) {
		String email = TestAccounts.uniqueEmail("membre");
		UUID user = accounts.createUser(email, "Membre Bénévole", lyon, Role.VOLUNTEER);
		if (memberOf != null) {
			partnerOrganisations.addAdmin(memberOf, user, null);
		}
		return new TransactionTemplate(transactions).execute(s -> {
			Volunteer v = new Volunteer(lyon, "Alix", "Membre" + email.substring(7, 13), email, "fr", Instant.now());
			v.linkAccount(user);
			if (vouchedBy != null) {
				v.vouch(vouchedBy, Instant.now());
			}
			return volunteers.save(v);
		});
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder vouch(RelaisPrincipal p,
			UUID org, UUID volunteer, String action) {
		return (post("/partner/mutualaid/association/vouching").param("org", org.toString())
			.param("volunteer", volunteer.toString()).param("action", action).with(user(p)).with(csrf()));
	}

	private UUID org(UUID lyon, String name) {
		return directory.organisations(lyon, "fr").stream().filter(o -> o.name().equals(name)).findFirst()
			.map(OrganisationRef::id).orElseThrow();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.FRENCH);
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
