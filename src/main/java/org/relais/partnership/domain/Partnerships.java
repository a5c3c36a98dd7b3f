package org.relais.partnership.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.NewPartnerOrganisation;
import org.relais.directory.PartnerOrganisations;
import org.relais.partnership.PartnershipProgressed;
import org.relais.partnership.PartnershipProgressed.Recipient;
import org.relais.partnership.PartnershipStatus;
import org.relais.platform.Role;
import org.relais.platform.StoredFile;
import org.relais.platform.StoredFiles;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryAccounts;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership workflow: apply, review, ask for changes, correct, refuse, send the contract, accept it online or
 * by a signed scan, activate. Each transition checks the source state, records a step and publishes
 * {@link PartnershipProgressed}. Every method takes the territory the caller acts in: a request of another
 * territory is not found.
 */
@Service
public class Partnerships {

	private static final char[] REFERENCE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PartnershipRequestRepository requests;

	private final PartnershipStepRepository steps;

	private final PartnershipLinkRepository links;

	private final PartnershipInvitationRepository invitations;

	private final ContractTemplates templates;

	private final ContractPdf pdf;

	private final StoredFiles files;

	private final TerritoryCatalog territories;

	private final TerritoryAccounts accounts;

	private final PartnerOrganisations organisations;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	Partnerships(PartnershipRequestRepository requests, PartnershipStepRepository steps,
			PartnershipLinkRepository links, PartnershipInvitationRepository invitations, ContractTemplates templates,
			ContractPdf pdf, StoredFiles files, TerritoryCatalog territories, TerritoryAccounts accounts,
			PartnerOrganisations organisations, ApplicationEventPublisher events, MessageSource messages, Clock clock,
			@Value("${relais.base-url}") String baseUrl) {
		this.requests = requests;
		this.steps = steps;
		this.links = links;
		this.invitations = invitations;
		this.templates = templates;
		this.pdf = pdf;
		this.files = files;
		this.territories = territories;
		this.accounts = accounts;
		this.organisations = organisations;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Who acts: a user of the territory (the applicant acts without an account: null id and name). */
	public record Actor(UUID userId, String name) {

		static final Actor APPLICANT = new Actor(null, null);

	}

	/** A new request and the private link token of its status page. */
	public record Submitted(UUID requestId, String reference, String token) {
	}

	// ------------------------------------------------------------------ reading

	@Transactional(readOnly = true)
	public List<PartnershipRequest> list(UUID territoryId) {
		return requests.findByTerritoryIdOrderByUpdatedAtDesc(territoryId);
	}

	@Transactional(readOnly = true)
	public PartnershipRequest get(UUID territoryId, UUID id) {
		return requests.findByIdAndTerritoryId(id, territoryId)
			.orElseThrow(() -> NotFoundException.of("partnership", id));
	}

	/** The request a private link opens, in that territory only. */
	@Transactional(readOnly = true)
	public Optional<PartnershipRequest> byToken(UUID territoryId, String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return links.findByTokenHash(sha256(token.getBytes(StandardCharsets.UTF_8)))
			.flatMap(l -> requests.findByIdAndTerritoryId(l.getRequestId(), territoryId));
	}

	@Transactional(readOnly = true)
	public List<PartnershipStep> history(UUID requestId) {
		return steps.findByRequestIdOrderByAtAsc(requestId);
	}

	@Transactional(readOnly = true)
	public List<PartnershipInvitation> invitationsOf(UUID requestId) {
		return invitations.findByRequestId(requestId);
	}

	/** The bytes of the contract as sent, or of the signed copy, after checking their hash. */
	@Transactional(readOnly = true)
	public Optional<byte[]> document(PartnershipRequest r, boolean signed) {
		UUID fileId = signed ? r.getSignedFileId() : r.getContractFileId();
		String hash = signed ? r.getSignedSha256() : r.getContractSha256();
		if (fileId == null) {
			return Optional.empty();
		}
		byte[] bytes = read(fileId);
		if (!sha256(bytes).equals(hash)) {
			throw new IllegalStateException("stored partnership document changed: " + fileId);
		}
		return Optional.of(bytes);
	}

	/** The content type of the signed copy (a PDF, or the uploaded scan's type). */
	@Transactional(readOnly = true)
	public String signedContentType(PartnershipRequest r) {
		return files.find(r.getSignedFileId()).map(StoredFile::contentType).orElse("application/pdf");
	}

	// ------------------------------------------------------------------ the applicant

	@Transactional
	public Submitted submit(UUID territoryId, Application application) {
		TerritorySummary t = territory(territoryId);
		Instant now = clock.instant();
		PartnershipRequest r = requests.save(new PartnershipRequest(territoryId, reference(), application, now));
		PartnershipStep step = record(r, null, Actor.APPLICANT, null, now);
		String token = newLink(r, now);
		publish(r, t, step, false, List.of(new Recipient(r.getContactName(), r.getContactEmail(), link(t, token))),
				true);
		return new Submitted(r.getId(), r.getReference(), token);
	}

	/** The applicant sends back the corrected application: under review again, the admins are told. */
	@Transactional
	public void resubmit(UUID territoryId, String token, Application application) {
		PartnershipRequest r = byToken(territoryId, token).orElseThrow(() -> NotFoundException.of("partnership", "token"));
		if (r.getStatus() != PartnershipStatus.CHANGES_REQUESTED) {
			throw new PartnershipRejected(null, "partnership.error.state");
		}
		Instant now = clock.instant();
		r.apply(application, now);
		PartnershipStatus from = r.getStatus();
		r.moveTo(PartnershipStatus.UNDER_REVIEW, now);
		PartnershipStep step = record(r, from, Actor.APPLICANT, null, now);
		publish(r, territory(territoryId), step, true, List.of(), true);
	}

	/**
	 * The legal representative accepts the contract on the status page: the typed name, the time, the client
	 * address and the hash of the exact contract bytes are recorded; a signed copy (the contract plus an acceptance
	 * page) is stored with its own hash.
	 */
	@Transactional
	public void acceptOnline(UUID territoryId, String token, String typedName, boolean onBehalf, String clientIp) {
		PartnershipRequest r = byToken(territoryId, token).orElseThrow(() -> NotFoundException.of("partnership", "token"));
		String name = typedName == null ? "" : typedName.strip();
		if (name.isEmpty()) {
			throw new PartnershipRejected("name", "platform.validation.required");
		}
		if (name.length() > 200) {
			throw new PartnershipRejected("name", "platform.validation.tooLong");
		}
		if (!onBehalf) {
			throw new PartnershipRejected("onBehalf", "partnership.accept.error.onBehalf");
		}
		if (r.getStatus() != PartnershipStatus.CONTRACT_SENT) {
			throw new PartnershipRejected(null, "partnership.error.state");
		}
		TerritorySummary t = territory(territoryId);
		byte[] contract = document(r, false).orElseThrow();
		String contractHash = sha256(contract);
		Instant now = clock.instant();
		Locale locale = Languages.locale(r.getContractLanguage());
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZoneId.of(t.timeZone()))
			.format(now);
		List<String> lines = List.of(msg("partnership.pdf.acceptance.title", locale),
				msg("partnership.pdf.acceptance.text", locale, name, r.getOrganisationName(), t.name(locale.getLanguage())),
				msg("partnership.pdf.acceptance.date", locale, when),
				msg("partnership.pdf.acceptance.ip", locale, clientIp == null ? "–" : clientIp),
				msg("partnership.pdf.acceptance.hash", locale, contractHash),
				msg("partnership.pdf.acceptance.reference", locale, r.getReference()));
		byte[] signed = pdf.withAcceptancePage(contract, lines);
		StoredFile stored = store(r, "signed", signed);
		PartnershipStatus from = r.getStatus();
		r.signedOnline(name, clientIp, contractHash, stored.id(), sha256(signed), now);
		PartnershipStep step = record(r, from, Actor.APPLICANT, null, now);
		publish(r, t, step, false, List.of(), true);
	}

	/** The legal representative uploads a scan of the signed contract (PDF, JPEG or PNG, checked by content). */
	@Transactional
	public void acceptByUpload(UUID territoryId, String token, String fileName, byte[] content, String clientIp) {
		PartnershipRequest r = byToken(territoryId, token).orElseThrow(() -> NotFoundException.of("partnership", "token"));
		if (r.getStatus() != PartnershipStatus.CONTRACT_SENT) {
			throw new PartnershipRejected(null, "partnership.error.state");
		}
		if (content == null || content.length == 0) {
			throw new PartnershipRejected("file", "partnership.upload.error.empty");
		}
		StoredFile stored;
		try {
			stored = files.store(territoryId, fileName == null ? "signed" : fileName, new ByteArrayInputStream(content),
					content.length, Set.of(StoredFiles.Kind.PDF, StoredFiles.Kind.IMAGE), false);
		}
		catch (StoredFiles.FileRejectedException ex) {
			throw new PartnershipRejected("file", ex.messageKey());
		}
		Instant now = clock.instant();
		PartnershipStatus from = r.getStatus();
		r.signedByUpload(clientIp, stored.id(), sha256(content), now);
		PartnershipStep step = record(r, from, Actor.APPLICANT, null, now);
		publish(r, territory(territoryId), step, false, List.of(), true);
	}

	// ------------------------------------------------------------------ the territory admin

	@Transactional
	public void startReview(UUID territoryId, UUID id, Actor by) {
		PartnershipRequest r = get(territoryId, id);
		Instant now = clock.instant();
		PartnershipStatus from = r.getStatus();
		if (from != PartnershipStatus.REQUESTED) {
			throw new PartnershipRejected(null, "partnership.error.state");
		}
		r.moveTo(PartnershipStatus.UNDER_REVIEW, now);
		record(r, from, by, null, now);
	}

	/** Asks the applicant for changes (UNDER_REVIEW only); the contact is mailed the message. */
	@Transactional
	public void askChanges(UUID territoryId, UUID id, String message, Actor by) {
		decide(territoryId, id, note(message, "message"), by, PartnershipStatus.CHANGES_REQUESTED);
	}

	/** Refuses the request with a reason, mailed to the contact and the legal representative. */
	@Transactional
	public void refuse(UUID territoryId, UUID id, String reason, Actor by) {
		decide(territoryId, id, note(reason, "reason"), by, PartnershipStatus.REFUSED);
	}

	private void decide(UUID territoryId, UUID id, String text, Actor by, PartnershipStatus target) {
		PartnershipRequest r = get(territoryId, id);
		Instant now = clock.instant();
		PartnershipStatus from = r.getStatus();
		if (target == PartnershipStatus.REFUSED) {
			r.refuse(text, now);
		}
		else {
			r.askChanges(text, now);
		}
		PartnershipStep step = record(r, from, by, text, now);
		TerritorySummary t = territory(territoryId);
		publish(r, t, step, false, target == PartnershipStatus.REFUSED ? both(r, t, now)
				: List.of(recipient(r, t, r.getContactName(), r.getContactEmail(), now)), false);
	}

	/**
	 * Makes the contract from the territory's current template in the organisation's language, stores it with its
	 * hash and the template's version, and mails the legal representative a link to the status page.
	 */
	@Transactional
	public void sendContract(UUID territoryId, UUID id, Actor by) {
		PartnershipRequest r = get(territoryId, id);
		if (r.getStatus() != PartnershipStatus.UNDER_REVIEW) {
			throw new PartnershipRejected(null, "partnership.error.state");
		}
		TerritorySummary t = territory(territoryId);
		String language = Languages.isSupported(r.getLanguage()) ? r.getLanguage() : t.defaultLanguage();
		Locale locale = Languages.locale(language);
		ContractTemplates.Current template = templates.current(territoryId, language);
		Instant now = clock.instant();
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withZone(ZoneId.of(t.timeZone()))
			.format(now);
		String text = ContractTemplates.fill(template.body(),
				ContractTemplates.values(r, t.name(language), date));
		byte[] contract = pdf.contract(text, r.getReference(), locale);
		StoredFile stored = store(r, "contract", contract);
		PartnershipStatus from = r.getStatus();
		r.contractSent(stored.id(), sha256(contract), language, template.version(), now);
		PartnershipStep step = record(r, from, by, null, now);
		publish(r, t, step, false,
				List.of(recipient(r, t, r.getRepresentativeName(), r.getRepresentativeEmail(), now)), false);
	}

	/**
	 * Creates the organisation in the directory (active, with its main location) and invites the legal
	 * representative and the contact as partners of the territory; they become admins of the organisation when
	 * they accept ({@link InvitationAcceptance}).
	 */
	@Transactional
	public void activate(UUID territoryId, UUID id, Actor by) {
		PartnershipRequest r = get(territoryId, id);
		if (r.getStatus() != PartnershipStatus.SIGNED) {
			throw new PartnershipRejected(null, "partnership.error.state");
		}
		TerritorySummary t = territory(territoryId);
		UUID organisationId = organisations.createValidated(new NewPartnerOrganisation(territoryId,
				Languages.isSupported(r.getLanguage()) ? r.getLanguage() : t.defaultLanguage(), r.getOrganisationName(),
				r.getKind(), legalIdScheme(r.getLegalId()), r.getLegalId(), r.getEmail(), r.getPhone(), r.getWebsite(),
				r.getAddress(), r.getPostalCode(), r.getCity(), t.country()), by.userId(), by.name());
		Map<String, String> people = new LinkedHashMap<>();
		people.put(r.getRepresentativeEmail().toLowerCase(Locale.ROOT), r.getRepresentativeName());
		people.putIfAbsent(r.getContactEmail().toLowerCase(Locale.ROOT), r.getContactName());
		people.forEach((email, name) -> {
			UUID invitation = accounts.invite(territoryId, email, name, Set.of(Role.PARTNER), r.getLanguage(), by.name());
			invitations.save(new PartnershipInvitation(r.getId(), invitation, organisationId, email));
		});
		Instant now = clock.instant();
		PartnershipStatus from = r.getStatus();
		r.activated(organisationId, now);
		PartnershipStep step = record(r, from, by, null, now);
		publish(r, t, step, false, both(r, t, now), false);
	}

	// ------------------------------------------------------------------ helpers

	private static String note(String text, String field) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty()) {
			throw new PartnershipRejected(field, "platform.validation.required");
		}
		if (t.length() > 4000) {
			throw new PartnershipRejected(field, "platform.validation.tooLong");
		}
		return t;
	}

	/** SIRET (14 digits), RNA (W and 9 digits), Swiss UID (CHE…) or Belgian BCE (10 digits); else none. */
	static String legalIdScheme(String legalId) {
		if (legalId == null) {
			return null;
		}
		String c = legalId.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
		if (c.matches("CHE\\d{9}")) {
			return "CHE";
		}
		if (c.matches("\\d{14}")) {
			return "SIRET";
		}
		if (c.matches("W\\d{9}")) {
			return "RNA";
		}
		return c.matches("[01]\\d{9}") ? "BCE" : null;
	}

	private List<Recipient> both(PartnershipRequest r, TerritorySummary t, Instant now) {
		List<Recipient> out = new ArrayList<>();
		out.add(recipient(r, t, r.getContactName(), r.getContactEmail(), now));
		if (!r.getRepresentativeEmail().equalsIgnoreCase(r.getContactEmail())) {
			out.add(recipient(r, t, r.getRepresentativeName(), r.getRepresentativeEmail(), now));
		}
		return out;
	}

	private Recipient recipient(PartnershipRequest r, TerritorySummary t, String name, String email, Instant now) {
		return new Recipient(name, email, link(t, newLink(r, now)));
	}

	private String newLink(PartnershipRequest r, Instant now) {
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		links.save(new PartnershipLink(r.getId(), sha256(token.getBytes(StandardCharsets.UTF_8)), now));
		return token;
	}

	private String link(TerritorySummary t, String token) {
		return baseUrl + "/t/" + t.slug() + "/partners/join/" + token;
	}

	private PartnershipStep record(PartnershipRequest r, PartnershipStatus from, Actor by, String note, Instant now) {
		return steps.save(new PartnershipStep(r.getId(), from, r.getStatus(), by.userId(), by.name(), note, now));
	}

	private void publish(PartnershipRequest r, TerritorySummary t, PartnershipStep step, boolean resubmitted,
			List<Recipient> applicants, boolean toAdmins) {
		events.publishEvent(new PartnershipProgressed(step.getId(), r.getId(), r.getTerritoryId(), r.getReference(),
				r.getOrganisationName(), t.name(r.getLanguage()), r.getStatus(), resubmitted, r.getLanguage(),
				step.getNote(), applicants, toAdmins ? accounts.territoryAdmins(t.id()) : List.of(),
				baseUrl + "/admin/partnerships/" + r.getId()));
	}

	private StoredFile store(PartnershipRequest r, String what, byte[] bytes) {
		return files.store(r.getTerritoryId(), what + "-" + r.getReference() + ".pdf", new ByteArrayInputStream(bytes),
				bytes.length, Set.of(StoredFiles.Kind.PDF), false);
	}

	private byte[] read(UUID fileId) {
		var resource = files.content(fileId).orElseThrow(() -> NotFoundException.of("file", fileId));
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private TerritorySummary territory(UUID territoryId) {
		return territories.find(territoryId).orElseThrow(() -> NotFoundException.of("territory", territoryId));
	}

	private String reference() {
		String ref;
		do {
			StringBuilder b = new StringBuilder("PTS-");
			for (int i = 0; i < 6; i++) {
				b.append(REFERENCE_CHARS[RANDOM.nextInt(REFERENCE_CHARS.length)]);
			}
			ref = b.toString();
		}
		while (requests.existsByReference(ref));
		return ref;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
