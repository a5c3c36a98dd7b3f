package org.relais.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relais.people.BeneficiaryAnonymised;
import org.relais.people.BeneficiaryErased;
import org.relais.people.PersonalDataSection;
import org.relais.shared.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the referral module holds on a person, where the person's life cycle reaches it: the referrals as pathway
 * lines (seen by the receiving organisation too), as a section of the right-of-access export, cleared when the
 * person is anonymised and deleted with the notes when the person is erased.
 */
@Component
class ReferralsOfAPerson implements PathwayContributor, PersonalDataSection {

	static final String LINE_TITLE = "referral.pathway.referral.title";

	private final Referrals referrals;

	private final Pathway pathway;

	ReferralsOfAPerson(Referrals referrals, Pathway pathway) {
		this.referrals = referrals;
		this.pathway = pathway;
	}

	@Override
	public List<PathwayEntry> entries(UUID territoryId, UUID beneficiaryId) {
		String lang = Languages.of(LocaleContextHolder.getLocale());
		List<PathwayEntry> lines = new ArrayList<>();
		for (ReferralSummary r : referrals.forPerson(territoryId, beneficiaryId)) {
			lines.add(new PathwayEntry(r.sentAt(), "referral", LINE_TITLE,
					List.of(r.serviceName(lang), r.organisationName() == null ? "" : r.organisationName(),
							r.senderName() == null ? "" : r.senderName()),
					"referral.status." + r.status().name(), null, "/referrals/" + r.id(), r.organisationId()));
		}
		return lines;
	}

	@Override
	public String key() {
		return "referral.export.section";
	}

	@Override
	public List<Map<String, Object>> rows(UUID territoryId, UUID beneficiaryId) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ReferralSummary r : referrals.forPerson(territoryId, beneficiaryId)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", r.id().toString());
			row.put("service", r.serviceName("fr"));
			row.put("organisation", r.organisationName());
			row.put("sent_by", r.senderName());
			row.put("status", r.status().name());
			row.put("refusal_reason", r.refusalReason() == null ? null : r.refusalReason().name());
			row.put("outcome", r.outcome() == null ? null : r.outcome().name());
			row.put("sent_at", r.sentAt() == null ? null : r.sentAt().toString());
			row.put("closed_at", r.closedAt() == null ? null : r.closedAt().toString());
			rows.add(row);
		}
		for (PathwayEntry note : pathway.notes(territoryId, beneficiaryId)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("note", note.text());
			row.put("written_at", note.at().toString());
			rows.add(row);
		}
		return rows;
	}

	@ApplicationModuleListener
	void on(BeneficiaryAnonymised event) {
		referrals.clearPersonalTexts(event.beneficiaryId());
		pathway.deleteNotes(event.beneficiaryId());
	}

	@ApplicationModuleListener
	void on(BeneficiaryErased event) {
		referrals.deleteForPerson(event.beneficiaryId());
		pathway.deleteNotes(event.beneficiaryId());
	}

}
