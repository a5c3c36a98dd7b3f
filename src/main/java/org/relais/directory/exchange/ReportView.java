package org.relais.directory.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** An import report with every message translated, as the API answers it. */
record ReportView(String format, String territory, boolean dryRun, java.time.Instant startedAt,
		java.time.Instant finishedAt, Map<ImportReport.Outcome, Integer> counts, int total, Message error,
		List<Entry> entries) {

	/** A message: its key, its arguments and its text in the reader's language. */
	record Message(String key, List<String> args, String text) {
	}

	/** One record. */
	record Entry(int position, String kind, String externalId, String name, ImportReport.Outcome outcome,
			List<Message> reasons, List<Message> warnings) {
	}

	static ReportView of(ImportReport r, MessageSource messages, Locale locale) {
		return new ReportView(r.format(), r.territory(), r.dryRun(), r.startedAt(), r.finishedAt(), r.counts(),
				r.total(), r.error() == null ? null : message(r.error(), messages, locale),
				r.entries()
					.stream()
					.map(e -> new Entry(e.position(), e.kind(), e.externalId(), e.name(), e.outcome(),
							e.reasons().stream().map(m -> message(m, messages, locale)).toList(),
							e.warnings().stream().map(m -> message(m, messages, locale)).toList()))
					.toList());
	}

	static Message message(ImportMessage m, MessageSource messages, Locale locale) {
		return new Message(m.key(), m.args(), messages.getMessage(m.key(), m.argsArray(), m.key(), locale));
	}

}
