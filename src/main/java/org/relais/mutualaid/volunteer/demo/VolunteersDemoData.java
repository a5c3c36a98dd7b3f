package org.relais.mutualaid.volunteer.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.Availability;
import org.relais.mutualaid.GeoPoint;
import org.relais.mutualaid.Places;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.charter.CharterRepository;
import org.relais.mutualaid.charter.CharterSignature;
import org.relais.mutualaid.charter.CharterSignatureRepository;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofDocumentRepository;
import org.relais.mutualaid.proof.ProofType;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.StoredFiles;
import org.relais.territory.TerritorySummary;
import org.relais.territory.TerritoryCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Lyon volunteers of the mutual-aid demo (the brief's table): the charter, version 1 then version 2 published
 * last month, in French, English, German and Italian; fifteen volunteers with their states, grids, action types,
 * signatures and proof documents (small generated PDFs), Jeanne Roux and Marc Lefèvre vouched for by "Voisins
 * solidaires de Bron"; Lucien Morel is volunteer@demo.relais. A volunteer already there (by email) is left alone.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class VolunteersDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VolunteersDemoData.class);

	/** What the demo shows of a volunteer's documents. */
	enum Docs {

		/** Liability insurance verified. */
		INSURANCE,
		/** Insurance, driving licence and car insurance verified. */
		DRIVER,
		/** Insurance verified, expired last month. */
		EXPIRED,
		/** Insurance verified, expiring in 20 days (the reminder is due). */
		EXPIRING,
		/** Insurance sent, awaiting verification. */
		AWAITING,
		/** Nothing. */
		NONE

	}

	/** A volunteer of the table; {@code charter} is the last version signed (0: none). */
	record Row(String email, String first, String last, VolunteerStatus status, String postalCode, String commune,
			String street, String phone, Set<ActionType> types, boolean car, int km, String availability, Docs docs,
			int charter, boolean vouchedByBron, String note) {
	}

	private static final String BRON = "Voisins solidaires de Bron";

	private final TerritoryCatalog territories;

	private final VolunteerRepository volunteers;

	private final CharterRepository charters;

	private final CharterSignatureRepository signatures;

	private final ProofDocumentRepository documents;

	private final StoredFiles files;

	private final Places places;

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	private final MutualAid mutualAid;

	private final Clock clock;

	VolunteersDemoData(TerritoryCatalog territories, VolunteerRepository volunteers, CharterRepository charters,
			CharterSignatureRepository signatures, ProofDocumentRepository documents, StoredFiles files, Places places,
			DirectoryCatalog directory, AccountDirectory accounts, MutualAid mutualAid, Clock clock) {
		this.territories = territories;
		this.volunteers = volunteers;
		this.charters = charters;
		this.signatures = signatures;
		this.documents = documents;
		this.files = files;
		this.places = places;
		this.directory = directory;
		this.accounts = accounts;
		this.mutualAid = mutualAid;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		TerritorySummary lyon = territories.findBySlug("metropole-de-lyon").orElse(null);
		if (lyon == null) {
			return;
		}
		UUID t = lyon.id();
		Instant now = clock.instant();
		List<Charter> versions = charters.findByTerritoryIdOrderByVersionNumberDesc(t);
		if (versions.isEmpty()) {
			Charter v1 = charters.save(new Charter(t, 1, DemoCharter.version1(), null, now.minus(Duration.ofDays(200))));
			Charter v2 = charters.save(new Charter(t, 2, DemoCharter.version2(), null, now.minus(Duration.ofDays(32))));
			versions = List.of(v2, v1);
		}
		Charter v2 = versions.stream().filter(c -> c.getVersionNumber() == 2).findFirst().orElse(versions.get(0));
		Charter v1 = versions.stream().filter(c -> c.getVersionNumber() == 1).findFirst().orElse(versions.get(0));
		UUID bron = directory.organisations(t, "fr")
			.stream()
			.filter(o -> BRON.equals(o.name()))
			.map(OrganisationRef::id)
			.findFirst()
			.orElse(null);
		UUID coordinator = accounts.findByEmail("coordinator@demo.relais").map(RelaisPrincipal::userId).orElse(null);
		LocalDate today = mutualAid.today(t);
		int made = 0;
		for (Row row : rows()) {
			if (volunteers.findByTerritoryIdAndEmailIgnoreCase(t, row.email()).isPresent()) {
				continue;
			}
			Instant joined = now.minus(Duration.ofDays(row.status() != VolunteerStatus.PENDING ? 240
					: row.docs() == Docs.NONE ? 2 : 5));
			Volunteer v = new Volunteer(t, row.first(), row.last(), row.email(), "fr", joined);
			GeoPoint at = places.locate(t, row.postalCode(), row.commune()).orElse(null);
			v.contact(row.phone(), row.street(), row.postalCode(), row.commune(), at == null ? null : at.latitude(),
					at == null ? null : at.longitude());
			v.offer(Availability.parse(row.availability()), row.types(), row.car(), row.km());
			if (row.email().equals("volunteer@demo.relais")) {
				accounts.findByEmail(row.email()).ifPresent(a -> v.linkAccount(a.userId()));
			}
			if (row.vouchedByBron() && bron != null) {
				v.vouch(bron, joined.plus(Duration.ofDays(3)));
			}
			Instant activated = joined.plus(Duration.ofDays(10));
			switch (row.status()) {
				case ACTIVE -> v.moveTo(VolunteerStatus.ACTIVE, null, activated);
				case SUSPENDED -> {
					v.moveTo(VolunteerStatus.ACTIVE, null, activated);
					v.moveTo(VolunteerStatus.SUSPENDED, row.note(), now.minus(Duration.ofDays(12)));
				}
				case LEFT -> {
					v.moveTo(VolunteerStatus.ACTIVE, null, activated);
					v.moveTo(VolunteerStatus.LEFT, row.note(), now.minus(Duration.ofDays(60)));
				}
				case PENDING -> {
				}
			}
			volunteers.save(v);
			if (row.charter() >= 1 && row.docs() != Docs.AWAITING) {
				signatures.save(new CharterSignature(v.getId(), v1, "fr", v1.getPublishedAt().plus(Duration.ofDays(5))));
			}
			if (row.charter() >= 2) {
				Instant signed = row.status() == VolunteerStatus.PENDING ? now.minus(Duration.ofDays(4))
						: now.minus(Duration.ofDays(25));
				signatures.save(new CharterSignature(v.getId(), v2, "fr", signed));
			}
			documents(v, row, today, coordinator, joined);
			made++;
		}
		if (made > 0) {
			log.info("Demo volunteers: {} made in Lyon", made);
		}
	}

	private void documents(Volunteer v, Row row, LocalDate today, UUID coordinator, Instant joined) {
		Instant verified = joined.plus(Duration.ofDays(9));
		switch (row.docs()) {
			case INSURANCE -> verified(v, ProofType.LIABILITY_INSURANCE, today.plusMonths(7), coordinator, verified);
			case DRIVER -> {
				verified(v, ProofType.LIABILITY_INSURANCE, today.plusMonths(7), coordinator, verified);
				verified(v, ProofType.DRIVING_LICENCE, today.plusYears(9), coordinator, verified);
				verified(v, ProofType.CAR_INSURANCE, today.plusMonths(5), coordinator, verified);
			}
			case EXPIRED -> verified(v, ProofType.LIABILITY_INSURANCE, today.minusMonths(1), coordinator, verified);
			case EXPIRING -> verified(v, ProofType.LIABILITY_INSURANCE, today.plusDays(20), coordinator, verified);
			case AWAITING -> documents.save(document(v, ProofType.LIABILITY_INSURANCE, today.plusMonths(11),
					clock.instant().minus(Duration.ofDays(1))));
			case NONE -> {
			}
		}
	}

	private void verified(Volunteer v, String code, LocalDate expiresOn, UUID coordinator, Instant at) {
		ProofDocument d = document(v, code, expiresOn, at.minus(Duration.ofDays(2)));
		d.verify(coordinator, at);
		documents.save(d);
	}

	private ProofDocument document(Volunteer v, String code, LocalDate expiresOn, Instant uploaded) {
		String name = switch (code) {
			case ProofType.DRIVING_LICENCE -> "permis-de-conduire";
			case ProofType.CAR_INSURANCE -> "assurance-auto";
			default -> "attestation-responsabilite-civile";
		};
		byte[] pdf = pdf(v, code, expiresOn);
		UUID fileId = files.store(v.getTerritoryId(), name + "-" + v.getLastName().toLowerCase() + ".pdf",
				new ByteArrayInputStream(pdf), pdf.length, Set.of(StoredFiles.Kind.PDF), false).id();
		return new ProofDocument(v.getTerritoryId(), v.getId(), code, fileId,
				name + "-" + v.getLastName().toLowerCase() + ".pdf", expiresOn, uploaded);
	}

	/** A one-page attestation, clearly marked as a demo document. */
	private static byte[] pdf(Volunteer v, String code, LocalDate expiresOn) {
		String title = switch (code) {
			case ProofType.DRIVING_LICENCE -> "Permis de conduire (document de démonstration)";
			case ProofType.CAR_INSURANCE -> "Attestation d’assurance automobile (document de démonstration)";
			default -> "Attestation d’assurance responsabilité civile (document de démonstration)";
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document();
		PdfWriter.getInstance(doc, out);
		doc.open();
		doc.add(new Paragraph(title, new Font(Font.HELVETICA, 14, Font.BOLD)));
		doc.add(new Paragraph("Titulaire : " + v.displayName()));
		doc.add(new Paragraph("Valable jusqu’au : " + expiresOn));
		doc.add(new Paragraph("Assureur fictif — Mutuelle de démonstration Relais"));
		doc.close();
		return out.toByteArray();
	}

	private static Set<ActionType> types(ActionType... t) {
		EnumSet<ActionType> set = EnumSet.noneOf(ActionType.class);
		set.addAll(List.of(t));
		return set;
	}

	static List<Row> rows() {
		String lyon = "69123";
		String villeurbanne = "69266";
		String venissieux = "69259";
		String vaulx = "69256";
		String bron = "69029";
		return List.of(
				new Row("volunteer@demo.relais", "Lucien", "Morel", VolunteerStatus.ACTIVE, "69003", lyon,
						"14 rue Paul Bert", "06 11 22 33 01",
						types(ActionType.VISIT, ActionType.WALK, ActionType.SHOPPING, ActionType.PHONE_CALL,
								ActionType.CARPOOL),
						true, 12, "MONDAY_AFTERNOON,WEDNESDAY_MORNING,WEDNESDAY_AFTERNOON,FRIDAY_AFTERNOON,SATURDAY_MORNING",
						Docs.DRIVER, 2, false, null),
				new Row("martine.bertrand@example.org", "Martine", "Bertrand", VolunteerStatus.ACTIVE, "69007", lyon,
						"8 rue de Marseille", "06 11 22 33 02",
						types(ActionType.VISIT, ActionType.READING, ActionType.PHONE_CALL), false, 4,
						"TUESDAY_AFTERNOON,THURSDAY_AFTERNOON,FRIDAY_MORNING", Docs.INSURANCE, 2, false, null),
				new Row("paul.girard@example.org", "Paul", "Girard", VolunteerStatus.ACTIVE, "69100", villeurbanne,
						"22 cours Émile Zola", "06 11 22 33 03",
						types(ActionType.VISIT, ActionType.WALK, ActionType.ACCOMPANIMENT, ActionType.CARPOOL), true, 15,
						"MONDAY_MORNING,TUESDAY_MORNING,THURSDAY_MORNING,SATURDAY_AFTERNOON", Docs.DRIVER, 2, false,
						null),
				new Row("amina.haddad@example.org", "Amina", "Haddad", VolunteerStatus.ACTIVE, "69200", venissieux,
						"5 avenue Jean Cagne", "06 11 22 33 04",
						types(ActionType.SHOPPING, ActionType.ERRANDS, ActionType.DIGITAL_HELP), false, 5,
						"WEDNESDAY_AFTERNOON,SATURDAY_MORNING,SATURDAY_AFTERNOON", Docs.INSURANCE, 2, false, null),
				new Row("jeanne.roux@example.org", "Jeanne", "Roux", VolunteerStatus.ACTIVE, "69500", bron,
						"17 avenue Franklin Roosevelt", "06 11 22 33 05",
						types(ActionType.VISIT, ActionType.WALK, ActionType.READING), false, 3,
						"MONDAY_AFTERNOON,TUESDAY_AFTERNOON,WEDNESDAY_AFTERNOON,THURSDAY_AFTERNOON", Docs.INSURANCE, 2,
						true, null),
				new Row("marc.lefevre@example.org", "Marc", "Lefèvre", VolunteerStatus.ACTIVE, "69500", bron,
						"40 rue Guillaume Roux", "06 11 22 33 06",
						types(ActionType.VISIT, ActionType.CARPOOL, ActionType.ACCOMPANIMENT), true, 20,
						"MONDAY_MORNING,WEDNESDAY_MORNING,FRIDAY_MORNING,FRIDAY_AFTERNOON", Docs.DRIVER, 2, true, null),
				new Row("sophie.blanc@example.org", "Sophie", "Blanc", VolunteerStatus.ACTIVE, "69003", lyon,
						"3 rue Servient", "06 11 22 33 07", types(ActionType.VISIT, ActionType.WALK, ActionType.SHOPPING),
						false, 4, "TUESDAY_EVENING,THURSDAY_EVENING,SUNDAY_AFTERNOON", Docs.EXPIRED, 2, false, null),
				new Row("yannick.perrin@example.org", "Yannick", "Perrin", VolunteerStatus.PENDING, "69120", vaulx,
						"9 avenue Gabriel Péri", "06 11 22 33 08", types(ActionType.VISIT, ActionType.DIGITAL_HELP),
						false, 6, "WEDNESDAY_AFTERNOON,SATURDAY_MORNING", Docs.AWAITING, 2, false, null),
				new Row("claire.dumas@example.org", "Claire", "Dumas", VolunteerStatus.ACTIVE, "69008", lyon,
						"61 avenue des Frères Lumière", "06 11 22 33 09", types(ActionType.PHONE_CALL, ActionType.READING),
						false, 3, "MONDAY_EVENING,TUESDAY_EVENING,WEDNESDAY_EVENING,THURSDAY_EVENING", Docs.EXPIRING, 2,
						false, null),
				new Row("henri.bonnet@example.org", "Henri", "Bonnet", VolunteerStatus.ACTIVE, "69100", villeurbanne,
						"12 rue Francis de Pressensé", "06 11 22 33 10",
						types(ActionType.SHOPPING, ActionType.ERRANDS, ActionType.WALK), false, 5,
						"MONDAY_MORNING,TUESDAY_MORNING,WEDNESDAY_MORNING,THURSDAY_MORNING,FRIDAY_MORNING",
						Docs.INSURANCE, 1, false, null),
				new Row("lea.fournier@example.org", "Léa", "Fournier", VolunteerStatus.ACTIVE, "69007", lyon,
						"27 rue de Gerland", "06 11 22 33 11", types(ActionType.DIGITAL_HELP, ActionType.VISIT), false, 6,
						"WEDNESDAY_AFTERNOON,SATURDAY_AFTERNOON,SUNDAY_MORNING", Docs.INSURANCE, 2, false, null),
				new Row("omar.benali@example.org", "Omar", "Benali", VolunteerStatus.SUSPENDED, "69200", venissieux,
						"30 boulevard Ambroise Croizat", "06 11 22 33 12", types(ActionType.VISIT), false, 4,
						"TUESDAY_AFTERNOON,FRIDAY_AFTERNOON", Docs.INSURANCE, 2, false,
						"Suspendu en attendant un entretien avec la coordination (deux visites manquées sans prévenir)."),
				new Row("nicole.garnier@example.org", "Nicole", "Garnier", VolunteerStatus.LEFT, "69005", lyon,
						"6 montée du Gourguillon", "06 11 22 33 13", types(ActionType.WALK), false, 3,
						"MONDAY_AFTERNOON,THURSDAY_AFTERNOON", Docs.NONE, 1, false,
						"A déménagé en Bretagne ; remerciée pour ses deux années d’engagement."),
				new Row("thomas.morin@example.org", "Thomas", "Morin", VolunteerStatus.PENDING, "69006", lyon,
						"45 cours Vitton", "06 11 22 33 14", types(ActionType.WALK, ActionType.SHOPPING), false, 5,
						"SATURDAY_MORNING,SUNDAY_MORNING", Docs.NONE, 0, false, null),
				new Row("isabelle.petit@example.org", "Isabelle", "Petit", VolunteerStatus.ACTIVE, "69100",
						villeurbanne, "88 avenue Roger Salengro", "06 11 22 33 15",
						types(ActionType.VISIT, ActionType.ACCOMPANIMENT, ActionType.WALK), false, 8,
						"MONDAY_AFTERNOON,WEDNESDAY_MORNING,FRIDAY_AFTERNOON", Docs.INSURANCE, 2, false, null));
	}

}
