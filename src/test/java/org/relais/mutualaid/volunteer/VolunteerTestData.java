package org.relais.mutualaid.volunteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.Availability;
import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.charter.Charters;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.testing.TestAccounts;
import org.springframework.context.ApplicationContext;

/**
 * Volunteers for the tests: a territory of their own (its charter, its coordinator and admin), volunteers with an
 * account, small PDFs, the plain text of a mail.
 */
public final class VolunteerTestData {

	private final TestAccounts accounts;

	private final VolunteerRepository volunteers;

	private final Charters charters;

	private final AccountDirectory directory;

	public final UUID territory;

	public final RelaisPrincipal coordinator;

	public final RelaisPrincipal admin;

	public final Charter charter;

	public VolunteerTestData(ApplicationContext context) {
		this.accounts = new TestAccounts(context);
		this.volunteers = context.getBean(VolunteerRepository.class);
		this.charters = context.getBean(Charters.class);
		this.directory = context.getBean(AccountDirectory.class);
		this.territory = accounts.newTerritory();
		String c = TestAccounts.uniqueEmail("coordinator");
		accounts.createUser(c, "Coralie Coordination", territory, Role.COORDINATOR);
		this.coordinator = directory.findByEmail(c).orElseThrow();
		String a = TestAccounts.uniqueEmail("admin");
		accounts.createUser(a, "Adèle Administration", territory, Role.TERRITORY_ADMIN);
		this.admin = directory.findByEmail(a).orElseThrow();
		this.charter = charters.publish(territory, Map.of("fr", "Article 1 — Confidentialité.", "en",
				"Article 1 — Confidentiality."), null);
	}

	/** A PENDING volunteer with an account (role VOLUNTEER), accepting these action types. */
	public Volunteer volunteer(String firstName, ActionType... types) {
		String email = TestAccounts.uniqueEmail(firstName.toLowerCase());
		UUID user = accounts.createUser(email, firstName + " Test", territory, Role.VOLUNTEER);
		Volunteer v = new Volunteer(territory, firstName, "Test", email, "fr", Instant.now());
		EnumSet<ActionType> set = EnumSet.noneOf(ActionType.class);
		set.addAll(List.of(types));
		v.offer(Availability.always(), set, false, 10);
		v.linkAccount(user);
		return volunteers.save(v);
	}

	public RelaisPrincipal principal(Volunteer v) {
		return directory.findByEmail(v.getEmail()).orElseThrow();
	}

	public static byte[] pdf(String text) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document doc = new Document();
			PdfWriter.getInstance(doc, out);
			doc.open();
			doc.add(new Paragraph(text));
			doc.close();
			return out.toByteArray();
		}
		catch (com.lowagie.text.DocumentException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text part of a mail. */
	public static String text(MimeMessage mail) {
		try {
			return plain(mail);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String plain(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multi) {
			for (int i = 0; i < multi.getCount(); i++) {
				BodyPart p = multi.getBodyPart(i);
				String found = plain(p);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
