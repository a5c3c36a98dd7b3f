package org.relais.directory.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an import did (or, in a dry run, would do): every record with its outcome and reasons, and the counts.
 * Messages are keys of the directory bundle with their arguments, translated where the report is shown.
 */
public record ImportReport(String format, String territory, boolean dryRun, Instant startedAt, Instant finishedAt,
		Map<Outcome, Integer> counts, List<Entry> entries, ImportMessage error) {

	/** What happened to one record. */
	public enum Outcome {
		CREATED, UPDATED, UNCHANGED, REJECTED
	}

	/** One record of the file. */
	public record Entry(int position, String kind, String externalId, String name, Outcome outcome,
			List<ImportMessage> reasons, List<ImportMessage> warnings) {
	}

	public int count(Outcome outcome) {
		return counts.getOrDefault(outcome, 0);
	}

	public int total() {
		return entries.size();
	}

	/** True when the file could be read and no record was rejected. */
	public boolean ok() {
		return error == null && count(Outcome.REJECTED) == 0;
	}

}
