package org.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.people.People;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.StoredFiles;
import org.relais.referral.ReferralFixtures.World;
import org.relais.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The referral façade on the real database: sending (all or nothing), who sees what, moves and their events. */
@SpringBootTest
@RecordApplicationEvents
class ReferralsTest {

	@Autowired
	Referrals referrals;

	@Autowired
	People people;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	World w;

	@BeforeEach
	void world() {
		w = new ReferralFixtures(context).world();
		signIn(w.agent());
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static void signIn(RelaisPrincipal p) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
	}

	private int count(String table, UUID referral) {
		return jdbc.queryForObject("select count(*) from " + table + " where referral_id = ?", Integer.class, referral);
	}

	private int referralsOf(UUID person) {
		return jdbc.queryForObject("select count(*) from ref_referral where beneficiary_id = ?", Integer.class, person);
	}

	@Test
	void aReferralIsSentWithItsConsentFirstLineAndEventAndTheSameTokenGivesItBack() {
		Referrals.Created created = referrals.create(w.agent(), ReferralFixtures.form(w, "tok-" + UUID.randomUUID()));
		ReferralSummary r = created.referral();
		assertThat(created.existing()).isFalse();
		assertThat(r.status()).isEqualTo(ReferralStatus.SENT);
		assertThat(r.organisationId()).isEqualTo(w.organisation());
		assertThat(r.serviceName("de")).isEqualTo(w.serviceName());
		assertThat(people.hasCurrentConsent(w.territory(), w.person(), "referral:" + w.service())).isTrue();
		assertThat(count("ref_referral_transition", r.id())).isEqualTo(1);
		assertThat(events.stream(ReferralSent.class).filter(e -> e.referralId().equals(r.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.organisationId()).isEqualTo(w.organisation());
				assertThat(e.senderUserId()).isEqualTo(w.agent().userId());
			});
		ReferralDetails d = referrals.find(r.id(), w.agent()).orElseThrow();
		assertThat(d.answers()).extracting(LiaisonAnswer::label).containsExactly("Situation actuelle", "Foyer");
		assertThat(d.sharedFields()).containsExactlyInAnyOrderElementsOf(SharedField.DEFAULT);
		assertThat(d.exclusions()).isEmpty();

		String token = "tok-twice-" + UUID.randomUUID();
		ReferralSummary first = referrals.create(w.agent(), ReferralFixtures.form(w, token)).referral();
		Referrals.Created again = referrals.create(w.agent(), ReferralFixtures.form(w, token));
		assertThat(again.existing()).isTrue();
		assertThat(again.referral().id()).isEqualTo(first.id());
		assertThat(referralsOf(w.person())).isEqualTo(2);
	}

	@Test
	void withoutConsentOrWithBadAnswersNothingIsWritten() {
		NewReferral f = ReferralFixtures.form(w, "tok-" + UUID.randomUUID());
		NewReferral noConsent = new NewReferral(f.beneficiaryId(), f.serviceId(), f.reason(), f.preferredContact(),
				f.availability(), f.answers(), f.sharedFields(), null, null, List.of(), f.idempotencyKey());
		assertThatThrownBy(() -> referrals.create(w.agent(), noConsent)).isInstanceOf(ReferralActionRefused.class)
			.extracting(e -> ((ReferralActionRefused) e).messageKey())
			.isEqualTo("referral.referral.error.consentRequired");
		NewReferral unanswered = new NewReferral(f.beneficiaryId(), f.serviceId(), f.reason(), f.preferredContact(),
				f.availability(), Map.of(1, "Trois"), f.sharedFields(), f.consentMethod(), null, List.of(),
				f.idempotencyKey());
		assertThatThrownBy(() -> referrals.create(w.agent(), unanswered)).isInstanceOf(ReferralActionRefused.class);
		assertThat(referralsOf(w.person())).isZero();
		assertThat(people.consents(w.territory(), w.person())).isEmpty();
	}

	@Test
	void anExcludedServiceNeedsAJustificationAndKeepsItsCodes() {
		NewReferral f = ReferralFixtures.form(w, "tok-" + UUID.randomUUID());
		NewReferral seniors = new NewReferral(f.beneficiaryId(), w.seniorsService(), f.reason(), f.preferredContact(),
				null, Map.of(), f.sharedFields(), f.consentMethod(), " ", List.of(), f.idempotencyKey());
		assertThatThrownBy(() -> referrals.create(w.agent(), seniors)).isInstanceOf(ReferralActionRefused.class)
			.extracting(e -> ((ReferralActionRefused) e).field())
			.isEqualTo("justification");
		NewReferral justified = new NewReferral(f.beneficiaryId(), w.seniorsService(), f.reason(),
				f.preferredContact(), null, Map.of(), f.sharedFields(), f.consentMethod(), "Lives with her grandmother",
				List.of(), f.idempotencyKey());
		UUID id = referrals.create(w.agent(), justified).referral().id();
		ReferralDetails d = referrals.find(id, w.agent()).orElseThrow();
		assertThat(d.exclusions()).containsExactly(Exclusion.AGE_BELOW_MINIMUM);
		assertThat(d.justification()).isEqualTo("Lives with her grandmother");
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsWritten() {
		NewReferral f = ReferralFixtures.form(w, "tok-" + UUID.randomUUID());
		NewReferral withFiles = new NewReferral(f.beneficiaryId(), f.serviceId(), f.reason(), f.preferredContact(),
				f.availability(), f.answers(), f.sharedFields(), f.consentMethod(), null,
				List.of(ReferralFixtures.upload("ok.pdf", ReferralFixtures.pdf()),
						ReferralFixtures.upload("fake.pdf", "just text, not a PDF".getBytes())),
				f.idempotencyKey());
		assertThatThrownBy(() -> referrals.create(w.agent(), withFiles))
			.isInstanceOf(StoredFiles.FileRejectedException.class);
		assertThat(referralsOf(w.person())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from stored_file where original_name = 'ok.pdf' and "
				+ "territory_id = ?", Integer.class, w.territory())).isZero();
	}

	@Test
	void aPdfIsKeptAndServedOnlyThroughTheReferral() {
		NewReferral f = ReferralFixtures.form(w, "tok-" + UUID.randomUUID());
		NewReferral withFile = new NewReferral(f.beneficiaryId(), f.serviceId(), f.reason(), f.preferredContact(),
				f.availability(), f.answers(), f.sharedFields(), f.consentMethod(), null,
				List.of(ReferralFixtures.upload("bilan.pdf", ReferralFixtures.pdf())), f.idempotencyKey());
		UUID id = referrals.create(w.agent(), withFile).referral().id();
		ReferralDetails d = referrals.find(id, w.partner()).orElseThrow();
		List<ReferralAttachmentView> files = referrals.attachments(d);
		assertThat(files).singleElement().satisfies(a -> {
			assertThat(a.name()).isEqualTo("bilan.pdf");
			assertThat(a.contentType()).isEqualTo("application/pdf");
		});
		assertThat(referrals.attachment(d, files.get(0).id())).isPresent();
		assertThat(referrals.attachment(d, UUID.randomUUID())).isEmpty();

		referrals.clearPersonalTexts(w.person());
		ReferralDetails cleared = referrals.find(id, w.agent()).orElseThrow();
		assertThat(cleared.reason()).isNull();
		assertThat(cleared.answers()).isEmpty();
		assertThat(referrals.attachments(cleared)).isEmpty();
		assertThat(cleared.status()).isEqualTo(ReferralStatus.SENT);
	}

	@Test
	void onlyTheTerritoryAndTheReceivingOrganisationSeeAReferral() {
		UUID id = referrals.create(w.agent(), ReferralFixtures.form(w, "tok-" + UUID.randomUUID())).referral().id();
		assertThat(referrals.find(id, w.partner())).isPresent();
		assertThat(referrals.find(id, w.otherPartner())).isEmpty();
		assertThat(referrals.find(id, w.agent().withCurrentTerritory(UUID.randomUUID()))).isEmpty();
		assertThat(referrals.findForOrganisation(id, w.organisation())).isPresent();
		assertThat(referrals.findForOrganisation(id, w.otherOrganisation())).isEmpty();
		assertThat(referrals.forPerson(w.territory(), w.person())).extracting(ReferralSummary::id).containsExactly(id);
		assertThat(referrals.forPerson(UUID.randomUUID(), w.person())).isEmpty();
		assertThatThrownBy(() -> referrals.act(id, w.otherPartner(), ReferralAction.accept(null)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void eachSideMakesItsOwnMovesEachWritingALineAndAnEvent() {
		UUID id = referrals.create(w.agent(), ReferralFixtures.form(w, "tok-" + UUID.randomUUID())).referral().id();
		assertThatThrownBy(() -> referrals.act(id, w.agent(), ReferralAction.accept(null)))
			.isInstanceOf(ReferralActionRefused.class)
			.extracting(e -> ((ReferralActionRefused) e).messageKey())
			.isEqualTo("referral.referral.error.notYourSide");
		assertThatThrownBy(() -> referrals.act(id, w.partner(), ReferralAction.withdraw(null)))
			.isInstanceOf(ReferralActionRefused.class);
		referrals.act(id, w.partner(), ReferralAction.accept("See you Monday"));
		assertThatThrownBy(() -> referrals.act(id, w.partner(), ReferralAction.waitlist(null)))
			.isInstanceOf(ReferralActionRefused.class)
			.extracting(e -> ((ReferralActionRefused) e).messageKey())
			.isEqualTo("referral.referral.error.notFrom.ACCEPTED");
		ReferralSummary done = referrals.act(id, w.partner(),
				ReferralAction.complete(Outcome.UNRESOLVED, "Needs housing too"));
		assertThat(done.status()).isEqualTo(ReferralStatus.COMPLETED);
		assertThat(done.outcome()).isEqualTo(Outcome.UNRESOLVED);
		ReferralDetails d = referrals.find(id, w.agent()).orElseThrow();
		assertThat(referrals.history(d)).extracting(ReferralTransitionView::to)
			.containsExactly(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED);
		assertThat(referrals.history(d).get(2).actorName()).isEqualTo("Paul Partner");
		assertThat(events.stream(ReferralStatusChanged.class).filter(e -> e.referralId().equals(id)))
			.extracting(ReferralStatusChanged::to, ReferralStatusChanged::reasonCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ReferralStatus.ACCEPTED, null),
					org.assertj.core.groups.Tuple.tuple(ReferralStatus.COMPLETED, "UNRESOLVED"));
		assertThatThrownBy(() -> referrals.act(id, w.agent(), ReferralAction.withdraw(null)))
			.isInstanceOf(ReferralActionRefused.class);
	}

	@Test
	void theSenderWithdrawsTheSystemExpiresAndErasureRemovesEverything() {
		UUID a = referrals.create(w.agent(), ReferralFixtures.form(w, "tok-" + UUID.randomUUID())).referral().id();
		UUID b = referrals.create(w.agent(), ReferralFixtures.form(w, "tok-" + UUID.randomUUID())).referral().id();
		assertThat(referrals.act(a, w.agent(), ReferralAction.withdraw("Found a place elsewhere")).status())
			.isEqualTo(ReferralStatus.WITHDRAWN);
		assertThat(referrals.expire(b, java.time.Instant.now()).orElseThrow().status())
			.isEqualTo(ReferralStatus.EXPIRED);
		assertThat(referrals.expire(b, java.time.Instant.now())).isEmpty();
		assertThat(referrals.deleteForPerson(w.person())).isEqualTo(2);
		assertThat(referralsOf(w.person())).isZero();
		assertThat(count("ref_referral_transition", a)).isZero();
	}

}
