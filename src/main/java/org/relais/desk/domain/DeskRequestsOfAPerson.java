package org.relais.desk.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.desk.DeskRequestType;
import org.relais.people.PersonalDataSection;
import org.relais.referral.PathwayContributor;
import org.relais.referral.PathwayEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's desk requests in their pathway (type, channel, reference; the status as the second line), seen by the
 * agents of the territory only, and as a section of the right-of-access export.
 */
@Component
class DeskRequestsOfAPerson implements PathwayContributor, PersonalDataSection {

	static final String LINE_TITLE = "desk.pathway.title";

	private final DeskRequestRepository requests;

	private final DeskTypes types;

	private final MessageSource messages;

	DeskRequestsOfAPerson(DeskRequestRepository requests, DeskTypes types, MessageSource messages) {
		this.requests = requests;
		this.types = types;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PathwayEntry> entries(UUID territoryId, UUID beneficiaryId) {
		Locale locale = LocaleContextHolder.getLocale();
		List<PathwayEntry> lines = new ArrayList<>();
		for (DeskRequest r : requests.findByTerritoryIdAndPersonIdOrderByCreatedAtDesc(territoryId, beneficiaryId)) {
			String type = types.byCode(r.getTypeCode())
				.map(DeskRequestType::labelKey)
				.map(k -> messages.getMessage(k, null, k, locale))
				.orElse(r.getTypeCode());
			String channel = messages.getMessage("desk.channel." + r.getChannel().name(), null, locale);
			lines.add(new PathwayEntry(r.getCreatedAt(), "desk", LINE_TITLE, List.of(type, channel, r.getReference()),
					"desk.status." + r.getStatus().name(), r.getSummary(), "/desk/requests/" + r.getId(), null));
		}
		return lines;
	}

	@Override
	public String key() {
		return "desk.export.section";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Map<String, Object>> rows(UUID territoryId, UUID beneficiaryId) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DeskRequest r : requests.findByTerritoryIdAndPersonIdOrderByCreatedAtDesc(territoryId, beneficiaryId)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("reference", r.getReference());
			row.put("type", r.getTypeCode());
			row.put("channel", r.getChannel().name());
			row.put("status", r.getStatus().name());
			row.put("dueDate", r.getDueDate().toString());
			row.put("summary", r.getSummary());
			row.put("createdAt", r.getCreatedAt().toString());
			rows.add(row);
		}
		return rows;
	}

}
