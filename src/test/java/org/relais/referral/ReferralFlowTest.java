package org.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.domain.LiaisonQuestion;
import org.relais.directory.domain.QuestionType;
import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The whole referral flow through the pages, as agent@demo.relais referring a person to a service of the demo
 * partner's organisation: the form, consent and bad files refused with nothing written, a double submission giving
 * one referral, the partner answering, illegal moves answered with a message, 404 for everyone else, and the
 * inbox lines and mails (GreenMail) of each step.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralFlowTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	DirectoryCatalog directory;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	RelaisPrincipal agent;

	RelaisPrincipal partner;

	RelaisPrincipal otherPartner;

	RelaisPrincipal swissAgent;

	UUID service;

	String serviceName;

	UUID person;

	String lastName;

	@BeforeEach
	void world() {
		ReferralFixtures fixtures = new ReferralFixtures(context);
		agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		swissAgent = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		UUID lyon = agent.currentTerritoryId();
		UUID organisation = directory.memberOrganisations(partner.userId()).iterator().next();
		serviceName = ReferralFixtures.unique("Aide alimentaire");
		service = fixtures.service(organisation, serviceName, s -> s.setLiaisonForm(List.of(
				new LiaisonQuestion("Situation actuelle", QuestionType.TEXT, null, true),
				new LiaisonQuestion("Besoin d’un interprète", QuestionType.YES_NO, null, false))));
		UUID other = fixtures.organisation(lyon, ReferralFixtures.unique("Autre structure"));
		UUID otherId = fixtures.user(ReferralFixtures.unique("other") + "@ref.example.org", "Olga Other", "fr", lyon,
				Role.PARTNER);
		fixtures.member(other, otherId);
		otherPartner = accounts.findById(otherId).orElseThrow();
		lastName = ReferralFixtures.unique("Martin");
		person = people.create(lyon, new NewBeneficiary("Inès", lastName, false, null, 1984, "69003", null,
				"06 98 76 54 32", null, Set.of("fr"), ContactPreference.PHONE, Set.of(), 10, false, "Secret note"),
				agent.userId()).id();
	}

	private MockMultipartHttpServletRequestBuilder form(String token, boolean consent) {
		MockMultipartHttpServletRequestBuilder b = multipart("/referrals");
		b.param("service", service.toString())
			.param("person", person.toString())
			.param("token", token)
			.param("reason", "Needs food aid")
			.param("preferredContact", "PHONE")
			.param("answers[0]", "Unemployed since June")
			.param("answers[1]", "NO")
			.param("sharedFields", "NAME", "PHONE")
			.param("consentMethod", "ORAL")
			.with(user(agent))
			.with(csrf());
		if (consent) {
			b.param("consent", "true");
		}
		return b;
	}

	private int referrals() {
		return jdbc.queryForObject("select count(*) from ref_referral where beneficiary_id = ?", Integer.class, person);
	}

	private String body(MockHttpServletResponse r) throws Exception {
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void agentRefersPartnerAnswersAndEachStepIsNotified() throws Exception {
		String picker = body(mvc.perform(get("/referrals/new").param("service", service.toString())
			.param("q", lastName)
			.with(user(agent))).andReturn().getResponse());
		assertThat(picker).contains(serviceName, "Inès " + lastName, "/people/new?next=");
		String page = body(mvc.perform(get("/referrals/new").param("service", service.toString())
			.param("person", person.toString())
			.with(user(agent))).andReturn().getResponse());
		assertThat(page).contains("Situation actuelle", "06 98 76 54 32", "name=\"token\"").doesNotContain("Secret note");

		MockHttpServletResponse refused = mvc.perform(form(UUID.randomUUID().toString(), false))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(body(refused)).contains("id=\"consent-error\"", "Sans le consentement de la personne");
		assertThat(referrals()).isZero();
		assertThat(people.consents(agent.currentTerritoryId(), person)).isEmpty();

		MockMultipartHttpServletRequestBuilder fake = form(UUID.randomUUID().toString(), true);
		fake.file(new MockMultipartFile("files", "bilan.pdf", "application/pdf", "not a pdf at all".getBytes()));
		MockHttpServletResponse badFile = mvc.perform(fake).andReturn().getResponse();
		assertThat(badFile.getStatus()).isEqualTo(200);
		assertThat(body(badFile)).contains("id=\"files-error\"");
		assertThat(referrals()).isZero();

		String token = UUID.randomUUID().toString();
		MockMultipartHttpServletRequestBuilder good = form(token, true);
		good.file(new MockMultipartFile("files", "bilan.pdf", "application/pdf", ReferralFixtures.pdf()));
		String location = mvc.perform(good).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/referrals/");
		String again = mvc.perform(form(token, true)).andReturn().getResponse().getRedirectedUrl();
		assertThat(again).isEqualTo(location);
		assertThat(referrals()).isEqualTo(1);
		UUID id = UUID.fromString(location.substring("/referrals/".length()));

		String partnerView = body(mvc.perform(get(location).with(user(partner))).andReturn().getResponse());
		assertThat(partnerView).contains("Inès " + lastName, "06 98 76 54 32", "Unemployed since June",
				"/referrals/" + id + "/accept", "bilan.pdf")
			.doesNotContain("Secret note", "/withdraw");
		UUID attachment = jdbc.queryForObject("select id from ref_referral_attachment where referral_id = ?",
				UUID.class, id);
		UUID file = jdbc.queryForObject("select file_id from ref_referral_attachment where referral_id = ?",
				UUID.class, id);
		MockHttpServletResponse download = mvc
			.perform(get("/referrals/{id}/attachments/{a}", id, attachment).with(user(partner)))
			.andReturn()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(mvc.perform(get("/files/{id}", file).with(user(agent))).andReturn().getResponse().getStatus())
			.as("the platform does not serve a referral's file").isEqualTo(404);

		for (RelaisPrincipal outsider : List.of(otherPartner, swissAgent)) {
			assertThat(mvc.perform(get(location).with(user(outsider))).andReturn().getResponse().getStatus())
				.isEqualTo(404);
			assertThat(mvc.perform(get("/referrals/{id}/attachments/{a}", id, attachment).with(user(outsider)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
			assertThat(mvc.perform(post(location + "/accept").with(user(outsider)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
		}

		MockHttpServletResponse notYours = mvc.perform(post(location + "/accept").with(user(agent)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(notYours.getStatus()).isEqualTo(409);
		assertThat(body(notYours)).contains("Cette action revient à l’autre partie");

		assertThat(mvc.perform(post(location + "/accept").param("message", "Venez lundi").with(user(partner)).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo(location);
		MockHttpServletResponse twice = mvc.perform(post(location + "/accept").with(user(partner)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(twice.getStatus()).isEqualTo(409);
		assertThat(body(twice)).contains("Impossible : l’orientation est acceptée.");
		MockHttpServletResponse noReason = mvc
			.perform(post(location + "/complete").param("outcome", "UNRESOLVED").with(user(partner)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(noReason.getStatus()).isEqualTo(422);
		assertThat(body(noReason)).contains("Expliquez pourquoi", "id=\"COMPLETE-message-error\"", "aria-invalid=\"true\"");
		assertThat(mvc.perform(post(location + "/complete").param("outcome", "RESOLVED").with(user(partner)).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo(location);

		String agentView = body(mvc.perform(get(location).with(user(agent))).andReturn().getResponse());
		assertThat(agentView).contains("Clôturée", "Résolu", "Venez lundi").doesNotContain("/withdraw\"");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(inbox(partner.userId(), id)).containsExactly("notification.referral.sent");
			assertThat(inbox(agent.userId(), id)).containsExactlyInAnyOrder("notification.referral.status.ACCEPTED",
					"notification.referral.status.COMPLETED");
			assertThat(mailsTo("partner@demo.relais", serviceName)).hasSize(1);
			assertThat(mailsTo("agent@demo.relais", serviceName)).hasSize(2);
		});
		MimeMessage mail = mailsTo("partner@demo.relais", serviceName).get(0);
		assertThat(mail.getSubject()).contains(serviceName);
		String text = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
		assertThat(text).contains("/referrals/" + id).doesNotContain(lastName, "06 98");
	}

	@Test
	void theSameFormSentTwiceAtOnceMakesOneReferral() throws Exception {
		String token = UUID.randomUUID().toString();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.Callable<String> send = () -> {
				start.await();
				return mvc.perform(form(token, true)).andReturn().getResponse().getRedirectedUrl();
			};
			var first = pool.submit(send);
			var second = pool.submit(send);
			start.countDown();
			assertThat(first.get()).startsWith("/referrals/").isEqualTo(second.get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(referrals()).isEqualTo(1);
	}

	@Test
	void aPartnerCannotOpenTheFormAndAServiceOfAnotherTerritoryIsUnknown() throws Exception {
		assertThat(mvc.perform(get("/referrals/new").param("service", service.toString()).with(user(partner)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/referrals/new").param("service", service.toString()).with(user(swissAgent)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/referrals/new").param("service", service.toString())
			.param("person", UUID.randomUUID().toString())
			.with(user(agent))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/referrals/{id}", UUID.randomUUID()).with(user(agent)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void theFormAndTheReferralPageRenderInEveryLanguage() throws Exception {
		String location = mvc.perform(form(UUID.randomUUID().toString(), true)).andReturn().getResponse().getRedirectedUrl();
		for (String language : List.of("fr", "de", "it", "en")) {
			for (var request : List.of(
					get("/referrals/new").param("service", service.toString()).param("q", lastName).with(user(agent)),
					get("/referrals/new").param("service", service.toString())
						.param("person", person.toString())
						.with(user(agent)),
					get(location).with(user(agent)), get(location).with(user(partner)))) {
				MockHttpServletResponse r = mvc.perform(request.header("Accept-Language", language))
					.andReturn()
					.getResponse();
				assertThat(r.getStatus()).isEqualTo(200);
				assertThat(body(r)).as(language).doesNotContain("??").contains("lang=\"" + language + "\"");
			}
		}
	}

	private List<String> inbox(UUID userId, UUID referral) {
		return jdbc.queryForList("select message_key from notification where user_id = ? and link = ?", String.class,
				userId, "/referrals/" + referral);
	}

	private List<MimeMessage> mailsTo(String email, String subjectPart) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().contains(email)) && m.getSubject().contains(subjectPart);
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

}
